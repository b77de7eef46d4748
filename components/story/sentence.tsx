import type { SentenceView } from '@/lib/view/types';
import { FlagBadge } from './badges';
import { OUTLET_STATUS, PIECE } from './marks';

/** The words of a sentence, with inserted and deleted words marked. */
export function SentencePieces({ sentence }: { sentence: SentenceView }) {
  return (
    <>
      {sentence.pieces.map((piece, i) => {
        const { tag: Tag, className } = PIECE[piece.kind];
        return (
          <Tag key={i} className={className || undefined}>
            {piece.kind === 'del' && <span className="sr-only">[removed: </span>}
            {piece.kind === 'ins' && <span className="sr-only">[inserted: </span>}
            {piece.text}
            {(piece.kind === 'del' || piece.kind === 'ins') && <span className="sr-only">]</span>}
          </Tag>
        );
      })}
    </>
  );
}

/** Small badges for what else is true of a sentence: moved, shared quote. */
export function SentenceFlags({ sentence }: { sentence: SentenceView }) {
  return (
    <>
      {sentence.moved && <FlagBadge flag="moved" className="ml-1" />}
      {sentence.sharedQuote && <FlagBadge flag="sharedQuote" className="ml-1" />}
      {sentence.status !== 'added' && sentence.wire.length > 1 && (
        <span className="ml-1 inline-block rounded border border-sky-700 px-1 text-xs font-medium not-italic">
          combined from {sentence.wire.join(' and ')}
        </span>
      )}
    </>
  );
}

/** The status symbol with a label screen readers read and sighted readers see on hover. */
export function StatusSymbol({ status }: { status: SentenceView['status'] }) {
  const mark = OUTLET_STATUS[status];
  return (
    <span
      title={mark.label}
      className="mr-1 inline-block w-4 text-center font-mono font-bold"
      aria-hidden="true"
    >
      {mark.symbol}
    </span>
  );
}
