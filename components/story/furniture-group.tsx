import type { SentenceView } from '@/lib/view/types';

/** Page furniture, dimmed and collapsed: it is shown, with why it was set aside, but not in the way. */
export function FurnitureGroup({ sentences }: { sentences: SentenceView[] }) {
  return (
    <details className="my-1 text-sm text-stone-500 dark:text-stone-400">
      <summary className="cursor-pointer italic">
        <span aria-hidden="true" className="font-mono font-bold">
          ·{' '}
        </span>
        {sentences.length} {sentences.length === 1 ? 'line' : 'lines'} of page furniture
      </summary>
      <ul className="mt-1 border-l-2 border-dotted border-stone-400 pl-2 italic">
        {sentences.map((sentence) => (
          <li
            key={sentence.anchor}
            id={sentence.anchor}
            data-status={sentence.status}
            data-outlet={sentence.outletId}
            className="target-focus"
          >
            {sentence.text}
            {sentence.setAside && (
              <span className="ml-2 text-xs not-italic text-stone-600 dark:text-stone-400">
                — {sentence.setAside}
              </span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
