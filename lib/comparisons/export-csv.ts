/**
 * CSV export: one row per outlet sentence — outlet, status, wire sentence id(s), moved, sharedQuote, text.
 * RFC 4180 quoting; cells that a spreadsheet would run as a formula (=, +, -, @ first) are prefixed with '.
 */
import type { Alignment } from '../engine';

const HEADER = ['outlet', 'status', 'wire', 'moved', 'sharedQuote', 'text'];

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text (with a header row) of an alignment; `outlets` gives each outlet's name and text, in order. */
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
  return `${lines.join('\r\n')}\r\n`;
}
