/**
 * How every status and mark looks. Exhaustive Record maps: a new status does not compile until each view
 * handles it. Colour is never the only cue: every mark also has a symbol, a line style or a border.
 */
import type { OutletStatus, Verdict, WireStatus } from '@/lib/engine';
import type { PieceKind } from '@/lib/view/types';

interface Mark {
  label: string;
  symbol: string;
  /** Classes for a sentence or cell with this status. */
  className: string;
  description: string;
}

export const OUTLET_STATUS: Record<OutletStatus, Mark> = {
  copied: {
    label: 'copied',
    symbol: '=',
    className: 'bg-sky-100 dark:bg-sky-950 border-sky-600 dark:border-sky-400',
    description: 'taken from the wire word for word (typography aside)',
  },
  edited: {
    label: 'edited',
    symbol: '≈',
    className: 'bg-amber-100 dark:bg-amber-950 border-amber-600 dark:border-amber-400 border-dashed',
    description: 'derived from a wire sentence with words changed, cut or inserted',
  },
  added: {
    label: 'added',
    symbol: '+',
    className: 'bg-emerald-100 dark:bg-emerald-950 border-emerald-700 dark:border-emerald-400 border-double',
    description: "the outlet's own text: not in the wire",
  },
  boilerplate: {
    label: 'boilerplate',
    symbol: '·',
    className: 'text-stone-500 dark:text-stone-400 italic border-stone-400 border-dotted',
    description: 'page furniture: credits, prompts, links, datelines',
  },
};

export const WIRE_STATUS: Record<WireStatus, Mark> = {
  kept: {
    label: 'kept',
    symbol: '✓',
    className: 'bg-sky-700 text-white dark:bg-sky-400 dark:text-stone-950',
    description: 'the outlet kept the wire sentence word for word',
  },
  edited: {
    label: 'edited',
    symbol: '≈',
    className: 'bg-amber-400 text-stone-950 dark:bg-amber-500',
    description: 'the outlet kept the wire sentence with changes',
  },
  dropped: {
    label: 'dropped',
    symbol: '✕',
    className: 'bg-stone-200 text-stone-600 dark:bg-stone-800 dark:text-stone-300',
    description: 'the outlet left the wire sentence out',
  },
};

/** A heat-map or wire-view cell where the version shares only a quotation of the wire sentence. */
export const SHARED_QUOTE_CELL: Mark = {
  label: 'shared quote only',
  symbol: '❝',
  className: 'border border-stone-500 bg-white text-stone-800 dark:bg-stone-900 dark:text-stone-100',
  description: 'the version shares only a quotation of this wire sentence: a common source, not copying',
};

/** A heat-map or wire-view cell of an independent version that resembles the wire sentence without taking it. */
export const RESEMBLANCE_CELL: Mark = {
  label: 'resembles',
  symbol: '~',
  className:
    'border border-dashed border-stone-500 bg-white text-stone-700 dark:bg-stone-900 dark:text-stone-200',
  description:
    'an independent version shares names, numbers or stock phrases with this wire sentence, but did not take it',
};

/** The mark of one version's cell for one wire sentence: a shared quote or a resemblance before its status. */
export function wireCellMark(cell: { status: WireStatus; sharedQuote: boolean; resembles: boolean }): Mark {
  if (cell.sharedQuote) return SHARED_QUOTE_CELL;
  return cell.resembles ? RESEMBLANCE_CELL : WIRE_STATUS[cell.status];
}

/** Inline marks for sentences inside running text (the outlet view), where a border per sentence would not fit. */
export const INLINE_STATUS: Record<OutletStatus, string> = {
  copied: 'bg-sky-100 dark:bg-sky-950',
  edited:
    'bg-amber-100 dark:bg-amber-950 underline decoration-dotted decoration-amber-700 underline-offset-4 dark:decoration-amber-300',
  added: 'bg-emerald-200 dark:bg-emerald-900 ring-1 ring-emerald-700 dark:ring-emerald-400',
  boilerplate: 'text-stone-500 dark:text-stone-400 italic',
};

/** Segments of the wire view's use bar, in the colours of the wire statuses. */
export const WIRE_STATUS_BAR: Record<WireStatus, string> = {
  kept: 'bg-sky-600 dark:bg-sky-400',
  edited: 'bg-amber-400 dark:bg-amber-500',
  dropped: 'bg-stone-300 dark:bg-stone-700',
};

/** Verdict badges; `colour` is the same hue as a hex value, for the link-preview image (no CSS there). */
export const VERDICT: Record<Verdict, { label: string; className: string; colour: string }> = {
  derived: {
    label: 'derived',
    className: 'bg-sky-700 text-white dark:bg-sky-400 dark:text-stone-950',
    colour: '#0369a1',
  },
  partial: {
    label: 'partial',
    className: 'bg-amber-300 text-stone-950 dark:bg-amber-400',
    colour: '#d97706',
  },
  independent: {
    label: 'independent',
    className: 'bg-stone-200 text-stone-800 dark:bg-stone-700 dark:text-stone-100',
    colour: '#78716c',
  },
};

/** Flags a sentence can carry besides its status. */
export type SentenceFlag = 'moved' | 'sharedQuote';

/** How each flag looks, in sentences and in the legend alike. */
export const FLAG: Record<SentenceFlag, Mark> = {
  moved: {
    label: 'moved',
    symbol: '↕',
    className:
      'rounded border border-violet-600 px-1 text-xs font-medium text-violet-800 not-italic dark:border-violet-300 dark:text-violet-200',
    description: "placed out of the wire's order",
  },
  sharedQuote: {
    label: 'shared quote',
    symbol: '❝',
    className:
      'rounded border border-stone-500 px-1 text-xs font-medium text-stone-700 not-italic dark:text-stone-200',
    description: 'shares only a quotation with the wire: a common source, not copying (❝ in the heat map)',
  },
};

/** Elements and classes for the pieces of an edited sentence. */
export const PIECE: Record<PieceKind, { tag: 'span' | 'ins' | 'del'; className: string }> = {
  plain: { tag: 'span', className: '' },
  same: { tag: 'span', className: '' },
  ins: {
    tag: 'ins',
    className:
      'no-underline font-semibold underline decoration-2 underline-offset-2 decoration-amber-700 dark:decoration-amber-300',
  },
  del: {
    tag: 'del',
    className: 'line-through decoration-2 text-rose-800 dark:text-rose-300 bg-rose-50 dark:bg-rose-950/60',
  },
};
