/**
 * CSV export: one row per outlet sentence — outlet, status, wire sentence id(s), moved, sharedQuote, text.
 *
 * Method: RFC 4180 rows separated by CRLF, behind a UTF-8 byte order mark so spreadsheets read umlauts as UTF-8.
 * A cell is quoted when it holds a comma, a semicolon, a tab, a quote or a line break: spreadsheets in German and
 * other locales split on semicolons (or tabs), so quoting only commas would let `Quelle;=cmd|…` start a new cell
 * with a formula. Each cell that a spreadsheet would run as a formula (=, +, -, @, tab or CR first) gets a
 * leading apostrophe, which shows as text.
 * Known weakness: the apostrophe also lands in cells that were meant literally ("-5 %"), as in every such guard.
 */
import type { Alignment } from '../engine';

const HEADER = ['outlet', 'status', 'wire', 'moved', 'sharedQuote', 'text'];

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\t\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const BYTE_ORDER_MARK = '\uFEFF';

/** The CSV text (byte order mark, header row, CRLF line ends) of an alignment; `outlets` gives each outlet's name and text, in order. */
export function alignmentToCsv(alignment: Alignment, outlets: Array<{ name: string; text: string }>): string {
  const lines = [HEADER.join(',')];
  alignment.outlets.forEach((outlet, i) => {
    const { name, text } = outlets[i]!;
    for (const unit of outlet.units) {
      const sentence = text.slice(unit.start, unit.end).trim().replace(/\s+/g, ' ');
      if (!sentence) continue;
      lines.push(
        [name, unit.status, unit.wire.join(' '), String(unit.moved), String(unit.sharedQuote), sentence]
          .map(cell)
          .join(','),
      );
    }
  });
  return `${BYTE_ORDER_MARK}${lines.join('\r\n')}\r\n`;
}
