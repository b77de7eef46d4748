/**
 * The header's admin state: "Admin" and a sign-out button when this browser is signed in, nothing otherwise (no
 * sign-in link for everyone: readers never need it). A server component; the button is a plain form.
 */
import Link from 'next/link';
import { adminSessionOfPage } from './admin-session-state';

export async function AdminStatus() {
  // The header must render even when the token cannot be loaded (a database outage): then no admin state shows.
  const session = await adminSessionOfPage().catch(() => null);
  if (!session) return null;
  return (
    <span
      className="flex items-center gap-2 text-xs text-stone-600 dark:text-stone-400"
      data-admin="signed-in"
    >
      <Link
        href="/sign-in"
        className="rounded bg-stone-200 px-1.5 py-0.5 font-medium text-stone-800 uppercase dark:bg-stone-700 dark:text-stone-100"
        title="This browser is signed in as admin"
      >
        Admin
      </Link>
      <form method="post" action="/sign-out">
        <button type="submit" className="underline hover:text-stone-900 dark:hover:text-stone-200">
          Sign out
        </button>
      </form>
    </span>
  );
}
