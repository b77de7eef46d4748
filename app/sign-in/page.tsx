import type { Metadata } from 'next';
import Link from 'next/link';
import { adminSessionOfPage } from '@/components/admin/admin-session-state';
import { SignInPanel, type SignInRefusal } from '@/components/admin/sign-in-panel';
import { safeReturnPath } from '@/server/admin/admin-session';
import { waitText } from '@/server/admin/require-admin';

export const metadata: Metadata = { title: 'Admin sign-in', robots: { index: false } };

type Query = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Why the sign-in handler sent the browser back here (app/api/admin/sign-in/route.ts), if it did. */
function refusalOf(query: Query): SignInRefusal | undefined {
  const reason = one(query.refused);
  if (reason === 'wrong' || reason === 'empty') return { reason };
  if (reason === 'limited') {
    const wait = Number(one(query.wait));
    return { reason, waitText: Number.isInteger(wait) && wait > 0 ? waitText(wait) : 'a few minutes' };
  }
  return undefined;
}

/**
 * The admin sign-in form, and once signed in, what that allows and until when. The sign-in link and the form's
 * POST are answered by app/api/admin/sign-in (proxy.ts routes them), which comes back here.
 */
export default async function SignInPage({ searchParams }: PageProps<'/sign-in'>) {
  const query = await searchParams;
  const next = safeReturnPath(one(query.next)) ?? undefined;
  const session = await adminSessionOfPage();
  if (session)
    return (
      <section className="max-w-2xl" data-panel="signed-in">
        <h1 className="text-2xl font-semibold tracking-tight">Signed in as admin</h1>
        <p className="mt-1 text-stone-700 dark:text-stone-300">
          This browser may change the shared corpus — import, draw validation samples — until{' '}
          {session.expires.toISOString().slice(0, 16).replace('T', ' ')} UTC, or until you sign out. Reading
          is open to everyone, signed in or not.
        </p>
        {next && (
          <p className="mt-2">
            <Link href={next} className="text-sky-800 underline dark:text-sky-300">
              Back to {next}
            </Link>
          </p>
        )}
        <form method="post" action="/sign-out" className="mt-4">
          <button
            type="submit"
            className="rounded border border-stone-400 px-4 py-2 font-medium hover:bg-stone-100 dark:hover:bg-stone-800"
          >
            Sign out
          </button>
        </form>
      </section>
    );
  return (
    <>
      {one(query['signed-out']) && (
        <p role="status" className="mb-4 max-w-2xl text-stone-700 dark:text-stone-300">
          Signed out: this browser is no longer admin.
        </p>
      )}
      <SignInPanel heading="h1" returnTo={next} refusal={refusalOf(query)} />
    </>
  );
}
