// RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted, quotes doubled, rows
// end in CRLF. A leading =, +, - or @ is prefixed with an apostrophe so a spreadsheet
// never runs a learner's name as a formula (CSV injection).

export type CsvValue = string | number | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: CsvValue[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
