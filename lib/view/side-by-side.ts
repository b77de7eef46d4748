/**
 * The side-by-side rows: one row per wire sentence, with each derived outlet's matching sentences beside it, and
 * between them the outlets' own additions (and furniture) at the place they stand in each outlet.
 * Method: walking each outlet in its own order, an addition is attached after the wire row of the last sentence
 * that kept the wire's order; moved sentences sit in their wire row (with their moved mark) and do not move the
 * attachment point. A sentence merged from several wire sentences sits in the row of the first.
 */
import type { WireStatus } from '../engine';
import { groupFurniture } from './sentence-groups';
import type { AlignedCell, SentenceView, SideBySideRow, WireSentenceView } from './types';

/** What the rows need of one outlet. */
export interface RowInput {
  id: string;
  sentences: SentenceView[];
  wireStatus: Record<string, WireStatus>;
}

/** Builds the rows for the given (derived) outlets over the wire's sentences (furniture excluded). */
export function sideBySideRows(wireSentences: WireSentenceView[], outlets: RowInput[]): SideBySideRow[] {
  const rowOf = new Map(wireSentences.map((sentence, i) => [sentence.id, i]));
  // extras[i + 1] holds what stands after wire row i; extras[0] what stands before the first.
  const extras = Array.from({ length: wireSentences.length + 1 }, () => new Map<string, SentenceView[]>());
  const aligned = wireSentences.map(() => new Map<string, SentenceView[]>());

  for (const outlet of outlets) {
    let slot = 0;
    for (const sentence of outlet.sentences) {
      const row = sentence.wire.length > 0 ? rowOf.get(sentence.wire[0]!) : undefined;
      if (row === undefined) {
        const cell = extras[slot]!.get(outlet.id) ?? [];
        cell.push(sentence);
        extras[slot]!.set(outlet.id, cell);
        continue;
      }
      const cell = aligned[row]!.get(outlet.id) ?? [];
      cell.push(sentence);
      aligned[row]!.set(outlet.id, cell);
      if (!sentence.moved) slot = Math.max(slot, row + 1);
    }
  }

  const rows: SideBySideRow[] = [];
  const pushExtras = (slot: number) => {
    const cells = extras[slot]!;
    if (cells.size > 0)
      rows.push({
        type: 'extra',
        key: `after-${slot}`,
        cells: Object.fromEntries([...cells].map(([id, sentences]) => [id, groupFurniture(sentences)])),
      });
  };
  pushExtras(0);
  wireSentences.forEach((wire, i) => {
    const cells: Record<string, AlignedCell> = {};
    for (const outlet of outlets) {
      cells[outlet.id] = {
        status: outlet.wireStatus[wire.id] ?? 'dropped',
        groups: groupFurniture(aligned[i]!.get(outlet.id) ?? []),
      };
    }
    rows.push({ type: 'wire', wire, cells });
    pushExtras(i + 1);
  });
  return rows;
}
