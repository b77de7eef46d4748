/**
 * The sign-in link the server prints once at start, the way Jupyter does. The token is loaded (or made) here,
 * from instrumentation.ts, which Next runs in the background once the server is prepared. The address to put in
 * the link is known only to scripts/serve.mjs (`npm start`, `npm run serve`), which leaves it on globalThis before
 * it starts Next in the same process; without it (a bare `next start`) nothing is printed.
 * A token from WIRETRACE_ADMIN_TOKEN is never printed: whoever set it has it, and logs travel further than that.
 */
import { adminSecret, AdminTokenError, type AdminSecret } from './admin-secret';

/** Where serve.mjs leaves the address it serves on. */
const SIGN_IN_ORIGIN = Symbol.for('wiretrace.sign-in-origin');

/** The lines to print for a server reached at `origin` (`http://localhost:3000`). */
export function signInLines(secret: AdminSecret, origin: string): string[] {
  const base = origin.replace(/\/+$/, '');
  if (secret.source === 'environment')
    return [`Admin sign-in: ${base}/sign-in with the token in WIRETRACE_ADMIN_TOKEN.`];
  const kept =
    secret.source === 'file'
      ? `in ${secret.where} (readable by this user only)`
      : `in the database ${secret.where}, shared by every server on it`;
  return [
    `Admin sign-in (keep it private; it lets this browser change the corpus): ${base}/sign-in?token=${encodeURIComponent(secret.token)}`,
    `  The admin token ${secret.created ? 'was made now and is kept' : 'is kept'} ${kept}; set WIRETRACE_ADMIN_TOKEN to choose your own.`,
  ];
}

/** Loads or makes the admin token and prints the sign-in lines (under serve.mjs); exits when it is unusable. */
export async function announceSignIn(): Promise<void> {
  try {
    const secret = await adminSecret();
    if (secret.warning) console.warn(secret.warning);
    const origin = (globalThis as Record<symbol, unknown>)[SIGN_IN_ORIGIN];
    if (typeof origin === 'string') for (const line of signInLines(secret, origin)) console.log(line);
  } catch (error) {
    if (!(error instanceof AdminTokenError)) throw error;
    console.error(`Wiretrace cannot start: ${error.message}`);
    process.exit(1);
  }
}
