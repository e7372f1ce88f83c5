// CSV for spreadsheet users (Excel opens UTF-8 CSV correctly only with a byte-order mark).
export function toCsv<T extends object>(items: T[], columns: (keyof T & string)[]): string {
  const cell = (v: unknown) => {
    const s = v === undefined || v === null ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [columns.join(','), ...items.map((it) => columns.map((c) => cell(it[c])).join(','))];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
