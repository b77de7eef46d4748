/**
 * CSV for statistics software (R, Stata, SPSS, spreadsheets): RFC 4180 with CRLF line ends, a UTF-8 byte-order
 * mark so spreadsheets read umlauts right, and every cell quoted that holds a quote, comma, semicolon (the
 * separator of German spreadsheets), tab or line break. Text cells that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR) get a leading apostrophe; numbers are written as numbers, never altered.
 * Known weakness: the apostrophe shows in software that does not treat it as a text marker.
 */

/** A cell: text, a number (written as is), or empty. */
export type CsvCell = string | number | null;

/** The byte-order mark that opens every file. */
export const CSV_BOM = '\uFEFF';

/** One cell, quoted and neutralised as the module comment says. */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\t\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line with its CRLF. */
export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A whole CSV file: BOM, header, rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return CSV_BOM + csvLine(header) + rows.map(csvLine).join('');
}
