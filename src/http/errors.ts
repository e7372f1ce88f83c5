// Every error the API returns has one shape: {error:{code, message}} with a Chinese and an English
// message, so a mini-program can show it as is and a developer can read it in a log.
export class HttpError extends Error {
  /** Response headers that belong to the error (Retry-After, WWW-Authenticate). */
  headers?: Record<string, string>;

  constructor(
    readonly status: number,
    readonly code: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
  }

  get body(): { error: { code: string; message: string } } {
    return { error: { code: this.code, message: this.message } };
  }
}

export const badRequest = (code: string, zh: string, en: string) => new HttpError(400, code, zh, en);
export const notFound = (code: string, zh: string, en: string) => new HttpError(404, code, zh, en);
