/**
 * "Sign in as admin": why, where the token is, and a form to paste it — shown on /sign-in and by AdminOnly in place
 * of a page that changes the corpus. A plain form posting to /sign-in: it works without JavaScript, and sends the
 * browser back to `returnTo` once signed in.
 */
import { ADMIN_ACCESS } from '@/server/admin/admin-session';

/** Why the last sign-in was refused, to say so above the form. */
export type SignInRefusal = { reason: 'wrong' | 'empty' } | { reason: 'limited'; waitText: string };

function refusalText(refusal: SignInRefusal): string {
  if (refusal.reason === 'limited')
    return `Too many wrong tokens from your address. Try again in ${refusal.waitText}.`;
  if (refusal.reason === 'empty') return 'Paste the admin token into the field first.';
  return "That is not this server's admin token. Check that it was copied whole — no space or line break cut into it — and try again.";
}

export function SignInPanel({
  returnTo,
  refusal,
  heading: Heading = 'h2',
}: {
  /** The path to come back to once signed in. */
  returnTo?: string;
  refusal?: SignInRefusal;
  heading?: 'h1' | 'h2';
}) {
  const days = ADMIN_ACCESS.sessionSeconds / 86_400;
  return (
    <section aria-labelledby="sign-in-heading" className="max-w-2xl" data-panel="sign-in">
      <Heading
        id="sign-in-heading"
        className={Heading === 'h1' ? 'text-2xl font-semibold tracking-tight' : 'text-xl font-semibold'}
      >
        Sign in as admin
      </Heading>
      {refusal && (
        <p
          id="sign-in-refusal"
          role="alert"
          className="my-3 rounded border border-rose-300 bg-rose-50 p-3 font-medium text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-200"
        >
          {refusalText(refusal)}
        </p>
      )}
      <p className="mt-1 text-stone-700 dark:text-stone-300">
        Changing the shared corpus — importing, drawing validation samples — needs the admin token. Reading
        stays open to everyone.
      </p>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        When the server starts (<code>npm start</code>) it prints a sign-in link: open it in this browser, or
        paste the token below. The token is the <code>WIRETRACE_ADMIN_TOKEN</code> the server was started
        with, or the one it made itself, kept in the file <code>admin-token</code> in its data folder (with
        PostgreSQL, in the database).
      </p>
      <form method="post" action="/sign-in" className="mt-4">
        {returnTo && <input type="hidden" name="next" value={returnTo} />}
        <label htmlFor="admin-token" className="block font-medium">
          Admin token
        </label>
        <input
          id="admin-token"
          name="token"
          type="password"
          required
          autoComplete="off"
          spellCheck={false}
          maxLength={ADMIN_ACCESS.maxTokenLength}
          aria-invalid={refusal ? true : undefined}
          aria-describedby={refusal ? 'sign-in-refusal' : undefined}
          className="mt-1 block w-full max-w-md rounded border border-stone-400 bg-white p-2 font-mono aria-[invalid=true]:border-rose-700 dark:bg-stone-900"
        />
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          This browser then stays signed in for {days} days, or until you sign out.
        </p>
        <p className="mt-4">
          <button
            type="submit"
            className="rounded bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 dark:bg-sky-500 dark:text-stone-950"
          >
            Sign in
          </button>
        </p>
      </form>
    </section>
  );
}
