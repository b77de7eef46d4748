/**
 * CSV exports of a comparison for research: one row per sentence (`?format=csv`) and one row per outlet
 * (`?format=outlets`), in either CSV dialect. Written by lib/text/csv.ts (quoting, formula defusing, byte-order
 * mark, separators and decimal marks).
 * Per sentence: every outlet sentence with what it is and, for derived ones, the wire sentences' own text; then,
 * per outlet, the wire sentences it dropped, so that what an outlet left out can be counted without the JSON.
 */
import type { Alignment } from '../engine';
import { csvDocument, type CsvDialect } from '../text/csv';

/** What the exports need of each outlet, in alignment order. */
export interface ExportOutlet {
  name: string;
  text: string;
  url?: string;
  published?: string;
}

const SENTENCE_HEADER = ['outlet', 'status', 'wire', 'wireText', 'moved', 'sharedQuote', 'text'];
const OUTLET_HEADER = [
  'name',
  'url',
  'published',
  'verdict',
  'reuseShare',
  'wireUsed',
  'words',
  'addedWords',
  'movedSentences',
];

const oneLine = (text: string) => text.trim().replace(/\s+/g, ' ');
const round = (share: number) => Math.round(share * 10_000) / 10_000;

/** One row per outlet sentence, then one per wire sentence each outlet dropped. */
export function alignmentToCsv(
  alignment: Alignment,
  wireText: string,
  outlets: ExportOutlet[],
  dialect: CsvDialect = 'rfc4180',
): string {
  const wireSentence = new Map(
    alignment.wire.units.map((unit) => [unit.id, oneLine(wireText.slice(unit.start, unit.end))]),
  );
  const rows: Array<Array<string | boolean>> = [];
  alignment.outlets.forEach((outlet, i) => {
    const { name, text } = outlets[i]!;
    for (const unit of outlet.units) {
      const sentence = oneLine(text.slice(unit.start, unit.end));
      if (!sentence) continue;
      // An added sentence derives from nothing (an independent version's resemblances are not sources).
      const ids = unit.status === 'added' ? [] : unit.wire;
      const wire = ids.map((id) => wireSentence.get(id) ?? '').join(' ');
      rows.push([name, unit.status, ids.join(' '), wire, unit.moved, unit.sharedQuote, sentence]);
    }
    for (const [id, status] of Object.entries(outlet.wireStatus))
      if (status === 'dropped')
        rows.push([name, 'dropped', id, wireSentence.get(id) ?? '', false, false, '']);
  });
  return csvDocument(SENTENCE_HEADER, rows, dialect);
}

/** One row per outlet: where and when it was published, its verdict and figures. */
export function outletsToCsv(
  alignment: Alignment,
  outlets: ExportOutlet[],
  dialect: CsvDialect = 'rfc4180',
): string {
  return csvDocument(
    OUTLET_HEADER,
    alignment.outlets.map((outlet, i) => [
      outlets[i]!.name,
      outlets[i]!.url ?? '',
      outlets[i]!.published ?? '',
      outlet.verdict,
      round(outlet.stats.reuseShare),
      round(outlet.stats.wireCoverage),
      outlet.stats.words,
      outlet.stats.addedWords,
      outlet.units.filter((unit) => unit.moved).length,
    ]),
    dialect,
  );
}
