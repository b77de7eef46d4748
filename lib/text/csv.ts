/**
 * CSV for spreadsheets and statistics software, one writer for every export, in two dialects:
 * - `rfc4180` (the default): comma-separated, decimal points, as statistics software and English spreadsheets read;
 * - `excel-de`: semicolon-separated with decimal commas, as German Excel (and LibreOffice in a German locale) splits
 *   and reads numbers when a CSV file is opened with a double click.
 * Both quote as RFC 4180 does, widened for how spreadsheets really split: a cell holding a comma, semicolon, tab,
 * quote or line break is quoted. Both defuse formulas (OWASP's CSV injection advice): an apostrophe goes before a
 * text cell starting with =, +, - or @ (also after leading spaces, which some spreadsheets skip) or with tab or CR,
 * and after every comma, semicolon, tab or line break inside a cell that such a character follows — a spreadsheet
 * that splits on another separator than the file's (German Excel opening a comma file) ignores the quotes, and the
 * fragment after the separator would otherwise start a cell of its own and run. Documents start with a UTF-8
 * byte-order mark so that spreadsheets read umlauts; lines end in CRLF.
 * Known weaknesses: a negative number given as text ("-3") is prefixed too (give numbers as numbers); prose such
 * as "10,- Euro" gains a visible apostrophe ("10,'- Euro") in the cell.
 */

/** A cell's value: text, a number or a boolean (written as they are), or nothing (an empty cell). */
export type CsvValue = string | number | boolean | null | undefined;

/** The CSV dialects every export offers (`?dialect=`, `--csv`). */
export const CSV_DIALECTS = {
  rfc4180: { separator: ',', decimal: '.' },
  'excel-de': { separator: ';', decimal: ',' },
} as const;

/** A CSV dialect's name. */
export type CsvDialect = keyof typeof CSV_DIALECTS;

/** The byte-order mark that opens every CSV document. */
export const CSV_BOM = '\uFEFF';

// A formula start: the cell's start or a separator a spreadsheet may split on, then optional spaces, then = + - @.
const FORMULA_START = /(^|[,;\t\r\n])(?=[^\S\r\n]*[=+\-@])/g;
const NEEDS_QUOTES = /[",;\t\r\n]/;

function defuse(text: string): string {
  const defused = text.replace(FORMULA_START, "$1'");
  return /^[\t\r]/.test(defused) ? `'${defused}` : defused;
}

/** Whether `name` is a dialect this writer knows. */
export function isCsvDialect(name: string): name is CsvDialect {
  return Object.hasOwn(CSV_DIALECTS, name);
}

/**
 * The dialect a request asks for (`?dialect=`; absent or empty: the default), or a message naming the dialects.
 */
export function parseCsvDialect(
  value: string | null | undefined,
): { dialect: CsvDialect } | { problem: string } {
  if (value === null || value === undefined || value.trim() === '') return { dialect: 'rfc4180' };
  const name = value.trim();
  return isCsvDialect(name)
    ? { dialect: name }
    : {
        problem: `Unknown CSV dialect "${name.slice(0, 40)}": use dialect=${Object.keys(CSV_DIALECTS).join(' or dialect=')}.`,
      };
}

/** One cell: numbers as they are (not-a-number empty), text quoted and defused as needed, absent values empty. */
export function csvCell(value: CsvValue, dialect: CsvDialect = 'rfc4180'): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const text = String(value);
    return dialect === 'rfc4180' ? text : text.replace('.', CSV_DIALECTS[dialect].decimal);
  }
  if (typeof value !== 'string') return String(value);
  const text = defuse(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (with its CRLF). */
export function csvLine(cells: readonly CsvValue[], dialect: CsvDialect = 'rfc4180'): string {
  return `${cells.map((cell) => csvCell(cell, dialect)).join(CSV_DIALECTS[dialect].separator)}\r\n`;
}

/** A whole CSV document: byte-order mark, header, rows. */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  dialect: CsvDialect = 'rfc4180',
): string {
  return `${CSV_BOM}${csvLine(header, dialect)}${rows.map((row) => csvLine(row, dialect)).join('')}`;
}
