import Link from 'next/link';
import type { WireVersionLink } from '@/lib/view/types';

/**
 * A story's wire versions, when it has several: each outlet is compared with the version it is closest to, so each
 * version shows its own outlets. `view` keeps the current view ('' for side by side, '/wire') when switching.
 */
export function WireVersionsNav({ versions, view }: { versions?: WireVersionLink[]; view: string }) {
  if (!versions || versions.length < 2) return null;
  return (
    <nav
      aria-label="Wire versions"
      className="mb-4 rounded-lg border border-stone-300 bg-white p-3 text-sm dark:border-stone-700 dark:bg-stone-900"
    >
      <p className="font-semibold">
        {versions.length} wire versions · each version is shown with the outlets closest to it
      </p>
      <ol className="mt-2 flex flex-wrap gap-2">
        {versions.map((version, i) => (
          <li key={version.id}>
            <Link
              href={`${version.href}${view}`}
              aria-current={version.current ? 'page' : undefined}
              className="block rounded border border-stone-300 px-2 py-1 aria-[current=page]:border-sky-700 aria-[current=page]:bg-sky-700 aria-[current=page]:text-white dark:border-stone-700"
            >
              <span className="font-mono text-xs">v{i + 1}</span> {version.label}
              <span className="block text-xs opacity-80">
                {version.published ? `${version.published.replace('T', ' ').slice(0, 16)} · ` : ''}
                {version.outlets} {version.outlets === 1 ? 'outlet' : 'outlets'}
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
