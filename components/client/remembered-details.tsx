'use client';

import { useEffect, useRef } from 'react';

/**
 * A <details> that remembers whether the reader left it open (localStorage, per `storageKey`). It starts closed
 * on the server; the stored state is applied once the page runs, so nothing shifts for a first-time reader.
 */
export function RememberedDetails({
  storageKey,
  className,
  children,
}: {
  storageKey: string;
  className?: string;
  children: React.ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    try {
      if (localStorage.getItem(storageKey) === 'open' && ref.current) ref.current.open = true;
    } catch {
      // Storage switched off: the details stay closed.
    }
  }, [storageKey]);
  return (
    <details
      ref={ref}
      className={className}
      onToggle={(event) => {
        try {
          localStorage.setItem(storageKey, event.currentTarget.open ? 'open' : 'closed');
        } catch {
          // Nothing to remember it in.
        }
      }}
    >
      {children}
    </details>
  );
}
