import type { Metadata } from 'next';
import Link from 'next/link';
import { headers } from 'next/headers';
import { connection } from 'next/server';
import { AdminStatus } from '@/components/admin/admin-status';
import { publicOrigin } from '@/lib/text/public-origin';
import './globals.css';

/** Page metadata; link previews need absolute URLs, so the origin comes from the configuration or the request. */
export async function generateMetadata(): Promise<Metadata> {
  const request = await headers();
  return {
    metadataBase: publicOrigin(
      process.env.WIRETRACE_PUBLIC_URL,
      request.get('host'),
      request.get('x-forwarded-proto'),
    ),
    title: { default: 'Wiretrace', template: '%s · Wiretrace' },
    description:
      'What news outlets do with agency copy: copied, edited, added and dropped, sentence by sentence.',
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so Next can put this request's CSP nonce (set by proxy.ts) on its scripts;
  // a page generated at build time has no nonce, and a policy without 'unsafe-inline' would block its hydration.
  await connection();
  return (
    <html lang="de">
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2 dark:focus:bg-stone-900"
        >
          Skip to content
        </a>
        <header className="border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
          <nav
            aria-label="Main"
            className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 whitespace-nowrap sm:gap-x-5"
          >
            <Link href="/" className="text-lg font-semibold tracking-tight">
              <svg
                aria-hidden="true"
                viewBox="0 0 20 20"
                className="mr-1.5 inline-block h-5 w-5 align-[-3px] text-sky-700 dark:text-sky-400"
              >
                <path
                  d="M2 5h16M2 10h9M2 15h12"
                  stroke="currentColor"
                  strokeWidth="2.5"
                  strokeLinecap="round"
                />
                <circle cx="16" cy="10" r="2.5" fill="currentColor" />
              </svg>
              Wiretrace
            </Link>
            {/* On a phone the links keep one line: shorter labels, and My comparisons is reached from /new. */}
            <Link
              href="/outlets"
              className="ml-auto text-sm font-medium text-sky-800 underline dark:text-sky-300"
            >
              Outlets
            </Link>
            <Link href="/find" className="text-sm font-medium text-sky-800 underline dark:text-sky-300">
              Find<span className="hidden sm:inline"> the</span> source
            </Link>
            <Link
              href="/mine"
              className="hidden text-sm font-medium text-sky-800 underline sm:inline dark:text-sky-300"
            >
              My comparisons
            </Link>
            <Link
              href="/new"
              className="rounded border border-sky-700 px-2 py-1 text-sm font-medium text-sky-800 sm:px-3 dark:border-sky-400 dark:text-sky-200"
            >
              New<span className="hidden sm:inline"> comparison</span>
            </Link>
            <AdminStatus />
          </nav>
        </header>
        <main id="main" lang="en" className="mx-auto max-w-7xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
