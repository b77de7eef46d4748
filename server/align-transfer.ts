/**
 * How an aligned comparison crosses from a worker thread to the thread that serves requests, in pieces.
 *
 * Method: a message between threads is deserialized on the receiving thread in one go, and Node hands a port's
 * queued messages over in one go too. A comparison at the documented limits is about 18 MB serialized, about
 * 300 ms of deserializing, during which no other request is served. So the result is sent as a base (the view's
 * summaries, the wire) and then piece by piece (a page of rows, a page of wire outcomes, one outlet's article,
 * one outlet's alignment), each asked for by the receiver only after it has yielded to waiting requests; no
 * piece takes more than a few milliseconds to receive.
 * Pieces are cloned apart, so the sentences that the rows, the articles and the wire outcomes share in the worker
 * arrive as copies; the receiver joins them again by their anchors.
 * Known weakness: the base (summaries, wire sentences, part maps) is one message, about 1 MB at the limits.
 */
import type {
  ArticleBlock,
  SentenceGroup,
  SentenceView,
  SideBySideRow,
  WireSentenceOutcome,
} from '@/lib/view/types';
import type { OutletAlignment } from '@/lib/engine';
import { outcomesOfPage } from '@/lib/view/row-pages';
import type { alignTexts } from '@/lib/view/story-view';

/** An aligned comparison: the engine's alignment and the view model built from it. */
export type Aligned = ReturnType<typeof alignTexts>;

/** One message of an aligned comparison on its way between threads. */
export type AlignedPiece =
  | { part: 'base'; value: Aligned }
  | { part: 'rows'; value: SideBySideRow[] }
  | { part: 'outcomes'; value: WireSentenceOutcome[] }
  | { part: 'article'; id: string; value: ArticleBlock[] }
  | { part: 'alignment-outlet'; value: OutletAlignment };

/** The pieces of `aligned`, base first; {@link assembleAligned} puts them back together. */
export function* splitAligned({ alignment, view }: Aligned): Generator<AlignedPiece> {
  yield {
    part: 'base',
    value: {
      alignment: { ...alignment, outlets: [] },
      view: { ...view, rows: [], articles: {}, wireOutcomes: [] },
    },
  };
  // Articles first: the rows and outcomes that follow refer to their sentences (see assembleAligned).
  for (const [id, blocks] of Object.entries(view.articles)) yield { part: 'article', id, value: blocks };
  const { starts } = view.paging;
  for (let page = 0; page < starts.length; page += 1)
    yield { part: 'rows', value: view.rows.slice(starts[page], starts[page + 1] ?? view.rows.length) };
  for (let page = 1; page <= starts.length; page += 1)
    yield {
      part: 'outcomes',
      value: outcomesOfPage(view.wireOutcomes, view.paging, page),
    };
  for (const outlet of alignment.outlets) yield { part: 'alignment-outlet', value: outlet };
}

/**
 * Collects the pieces of one aligned comparison, in the order {@link splitAligned} made them. The sentences of the
 * rows and wire outcomes are replaced by the same sentences of the articles, which came first, so that they are
 * held once, as in the worker: a third of the memory, and less for the garbage collector to walk.
 */
export function assembleAligned(): { add: (piece: AlignedPiece) => void; result: () => Aligned } {
  let aligned: Aligned | undefined;
  const sentences = new Map<string, SentenceView>();
  const shared = (list: SentenceView[]) => list.map((s) => sentences.get(s.anchor) ?? s);
  const sharedGroups = (groups: SentenceGroup[]) =>
    groups.map((group) => ({ ...group, sentences: shared(group.sentences) }));
  return {
    add(piece) {
      if (piece.part === 'base') {
        aligned = piece.value;
        return;
      }
      if (!aligned) throw new Error('the base of an aligned comparison must come first');
      if (piece.part === 'article') {
        aligned.view.articles[piece.id] = piece.value;
        for (const block of piece.value) for (const s of block.sentences) sentences.set(s.anchor, s);
      } else if (piece.part === 'rows')
        for (const row of piece.value) {
          for (const [id, cell] of Object.entries(row.cells))
            if (row.type === 'wire') row.cells[id] = { ...cell, groups: sharedGroups(cell.groups) };
            else (row.cells as Record<string, SentenceGroup[]>)[id] = sharedGroups(cell as SentenceGroup[]);
          aligned.view.rows.push(row);
        }
      else if (piece.part === 'outcomes')
        for (const outcome of piece.value) {
          for (const status of outcome.statuses) status.sentences = shared(status.sentences);
          aligned.view.wireOutcomes.push(outcome);
        }
      else aligned.alignment.outlets.push(piece.value);
    },
    result() {
      if (!aligned) throw new Error('no aligned comparison arrived');
      return aligned;
    },
  };
}
