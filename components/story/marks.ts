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

export const VERDICT: Record<Verdict, { label: string; className: string }> = {
  derived: { label: 'derived', className: 'bg-sky-700 text-white dark:bg-sky-400 dark:text-stone-950' },
  partial: { label: 'partial', className: 'bg-amber-300 text-stone-950 dark:bg-amber-400' },
  independent: {
    label: 'independent',
    className: 'bg-stone-200 text-stone-800 dark:bg-stone-700 dark:text-stone-100',
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
