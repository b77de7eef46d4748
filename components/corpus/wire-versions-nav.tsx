import Link from 'next/link';
import type { WireVersionLink } from '@/lib/view/types';

const linkClass =
  'block rounded border border-stone-300 px-2 py-1 aria-[current=page]:border-sky-700 aria-[current=page]:bg-sky-700 aria-[current=page]:text-white dark:border-stone-700';

/**
 * What a comparison can be seen against: its wire versions, when it has several (each outlet is compared with
 * the version it is closest to, so each version shows its own outlets), and, for saved comparisons, any outlet
 * as the base, for copy chains where one outlet copied another. `view` keeps the current view ('' for side by
 * side, '/wire') when switching.
 */
export function WireVersionsNav({ versions, view }: { versions?: WireVersionLink[]; view: string }) {
  const wires = versions?.filter((v) => v.kind === 'wire') ?? [];
  const bases = versions?.filter((v) => v.kind === 'outlet') ?? [];
  const onBase = bases.some((b) => b.current);
  if (wires.length < 2 && bases.length === 0) return null;
  return (
    <nav
      aria-label="Wire versions"
      className="mb-4 rounded-lg border border-stone-300 bg-white p-3 text-sm dark:border-stone-700 dark:bg-stone-900"
    >
      {wires.length > 1 && (
        <>
          <p className="font-semibold">
            {wires.length} wire versions · each version is shown with the outlets closest to it
          </p>
          <ol className="mt-2 flex flex-wrap gap-2">
            {wires.map((version, i) => (
              <li key={version.id}>
                <Link
                  href={`${version.href}${view}`}
                  aria-current={version.current ? 'page' : undefined}
                  className={linkClass}
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
        </>
      )}
      {bases.length > 0 && (
        // Folded unless an outlet is the base: one Tab stop on the way to the text.
        <details open={onBase} className={wires.length > 1 ? 'mt-3' : ''}>
          <summary className="cursor-pointer font-semibold">
            Base of the comparison: {onBase ? bases.find((b) => b.current)?.label : 'the wire'}{' '}
            <span className="font-normal text-stone-600 dark:text-stone-400">
              (an outlet as the base shows copy chains)
            </span>
          </summary>
          <p className="mt-2 flex flex-wrap items-center gap-2">
            {wires.length === 1 && (
              <Link
                href={`${wires[0]!.href}${view}`}
                aria-current={onBase ? undefined : 'page'}
                className={linkClass}
              >
                the wire
              </Link>
            )}
            {bases.map((base) => (
              <Link
                key={base.id}
                href={`${base.href}${view}`}
                aria-current={base.current ? 'page' : undefined}
                className={linkClass}
              >
                {base.label}
              </Link>
            ))}
          </p>
        </details>
      )}
    </nav>
  );
}
