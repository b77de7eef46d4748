'use client';

import { useRef, useState } from 'react';

const HIGHLIGHT = 'wiretrace-find';
const CURRENT = 'wiretrace-find-current';
/** Shorter queries match nearly everywhere and only cost time. */
const MIN_QUERY_LENGTH = 2;

/** Every visible occurrence of `query` (case-insensitive) in the page's main content, in reading order. */
function findRanges(query: string): Range[] {
  const root = document.querySelector('main');
  if (!root || query.length < MIN_QUERY_LENGTH) return [];
  const needle = query.toLocaleLowerCase('de');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-find-skip]') || !node.parentElement?.checkVisibility()
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const ranges: Range[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').toLocaleLowerCase('de');
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      const range = new Range();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      ranges.push(range);
    }
  }
  return ranges;
}

/**
 * Search within the comparison: hits are highlighted with the CSS Custom Highlight API (the text itself is not
 * touched, so the server-rendered page stays as it is), Enter goes to the next hit. Browsers without the API
 * still get the count and the scrolling. A long comparison is shown a part at a time: the label says the search
 * covers this part.
 */
export function FindInComparison({ inPart = false }: { inPart?: boolean }) {
  const [count, setCount] = useState<number | null>(null);
  const [current, setCurrent] = useState(0);
  const ranges = useRef<Range[]>([]);

  const paint = (index: number) => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges.current));
    const range = ranges.current[index];
    if (range) CSS.highlights.set(CURRENT, new Highlight(range));
    else CSS.highlights.delete(CURRENT);
  };
  const search = (query: string) => {
    ranges.current = findRanges(query.trim());
    setCount(query.trim().length >= MIN_QUERY_LENGTH ? ranges.current.length : null);
    setCurrent(0);
    paint(0);
  };
  const next = () => {
    if (ranges.current.length === 0) return;
    const index = (current + 1) % ranges.current.length;
    setCurrent(index);
    paint(index);
    ranges.current[index]!.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  };

  return (
    <div role="search" data-find-skip="" data-print="hide" className="inline-flex items-center gap-2 text-sm">
      <label className="inline-flex items-center gap-1">
        <span>{inPart ? 'Find in this part' : 'Find'}</span>
        <input
          type="search"
          onChange={(event) => search(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              next();
            }
          }}
          className="w-28 rounded sm:w-36 border border-stone-400 bg-white px-2 py-0.5 dark:bg-stone-900"
          aria-describedby="find-status"
        />
      </label>
      <span id="find-status" role="status" className="tabular-nums sm:min-w-16">
        {count === null ? '' : count === 0 ? 'no hits' : `${current + 1} of ${count}`}
      </span>
    </div>
  );
}
