'use client';

import { useState } from 'react';

/** Copies the address of exactly this view (path, ?outlets and #focus) to the clipboard. */
export function CopyLinkButton() {
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [href, setHref] = useState('');

  const copy = async () => {
    const url = window.location.href;
    setHref(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      // Without clipboard permission (plain http, older browsers) the link is shown to copy by hand.
      setStatus('manual');
    }
  };

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded border border-sky-700 bg-white px-3 py-1 text-sm font-medium text-sky-800 hover:bg-sky-50 dark:border-sky-400 dark:bg-stone-900 dark:text-sky-200"
      >
        Copy link
      </button>
      <span role="status" className="text-sm">
        {status === 'copied' && 'Link copied'}
        {status === 'manual' && (
          <input
            readOnly
            value={href}
            aria-label="Link to this view"
            className="w-64 rounded border px-1"
            onFocus={(e) => e.target.select()}
            autoFocus
          />
        )}
      </span>
    </span>
  );
}
