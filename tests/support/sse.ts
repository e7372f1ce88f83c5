// Reads a server-sent event stream into a list of {event, data}.
export async function readEvents(res: Response): Promise<{ event: string; data: any }[]> {
  const text = await res.text();
  return text
    .split('\n\n')
    .filter((b) => b.includes('event:'))
    .map((block) => {
      const event = /event: (.*)/.exec(block)![1]!;
      const data = JSON.parse(/data: (.*)/.exec(block)![1]!);
      return { event, data };
    });
}
