/** How the dashboard writes its figures: shares as percentages, lags in hours, missing figures as a dash. */
import { percent } from '@/lib/text/percent';
import { VERDICT } from '@/components/story/marks';
import type { Verdict } from '@/lib/engine';

/** A share (0..1) as "46 %", or "–" when there is none. */
export function shareText(share: number | null): string {
  return share === null ? '–' : percent(share);
}

/** A lag in hours as "3.5 h" (one decimal), or "–". */
export function lagText(hours: number | null): string {
  return hours === null ? '–' : `${hours.toFixed(1)} h`;
}

/** A count's share of a total, as "46 %". */
export function partText(count: number, total: number): string {
  return total === 0 ? '–' : percent(count / total);
}

/** The verdict badge, as on the story pages. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${VERDICT[verdict].className}`}>
      {VERDICT[verdict].label}
    </span>
  );
}

/** The message for an archive with nothing in it yet. */
export function EmptyCorpus() {
  return (
    <div className="mt-4 max-w-3xl text-stone-700 dark:text-stone-300">
      <p>
        No archive imported yet. Import wire items and outlet articles (JSON Lines or folders of .txt files);
        Wiretrace traces every article to its wire source and fills this page:
      </p>
      <pre className="mt-2 overflow-x-auto rounded bg-stone-100 p-2 text-sm dark:bg-stone-900">
        <code>npm run --silent wiretrace -- import --wires wires/ --articles articles.jsonl</code>
      </pre>
    </div>
  );
}
