/**
 * CSV for spreadsheets and statistics software, one writer for every export. RFC 4180 quoting, widened for how
 * spreadsheets really split: a cell holding a comma, semicolon (German Excel's separator), tab, quote or line
 * break is quoted. A text cell a spreadsheet would run as a formula (=, +, -, @, tab or CR first) gets a leading
 * apostrophe — per cell, so a name like "=cmd" in the middle of a row is defused too. Documents start with a
 * UTF-8 byte-order mark so that spreadsheets read umlauts; lines end in CRLF.
 * Known weakness: a negative number given as text ("-3") is prefixed too; give numbers as numbers.
 */

/** A cell's value: text, a number or a boolean (written as they are), or nothing (an empty cell). */
export type CsvValue = string | number | boolean | null | undefined;

/** The byte-order mark that opens every CSV document. */
export const CSV_BOM = '\uFEFF';

/** One cell: numbers as they are (not-a-number empty), text quoted and defused as needed, absent values empty. */
export function csvCell(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (with its CRLF). */
export function csvLine(cells: readonly CsvValue[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A whole CSV document: byte-order mark, header, rows. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `${CSV_BOM}${csvLine(header)}${rows.map(csvLine).join('')}`;
}
