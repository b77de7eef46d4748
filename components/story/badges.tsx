import type { Verdict } from '@/lib/engine';
import { FLAG, VERDICT, type SentenceFlag } from './marks';

/** A verdict as a small coloured badge; the word is always written, colour is never the only cue. */
export function VerdictBadge({ verdict, className = '' }: { verdict: Verdict; className?: string }) {
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs uppercase ${VERDICT[verdict].className} ${className}`}>
      {VERDICT[verdict].label}
    </span>
  );
}

/** A sentence flag (moved, shared quote) as a badge with its symbol. */
export function FlagBadge({ flag, className = '' }: { flag: SentenceFlag; className?: string }) {
  const mark = FLAG[flag];
  return (
    <span className={`inline-block ${mark.className} ${className}`}>
      <span aria-hidden="true">{mark.symbol} </span>
      {mark.label}
    </span>
  );
}
