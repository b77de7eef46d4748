/**
 * The one gate for changes to the shared corpus (imports, validation samples). Reading stays open; whatever
 * changes something makes one call:
 *   - an API route:  `const refused = await requireAdmin(request); if (refused) return refused;`
 *   - a page:        `<AdminOnly returnTo="/import">…</AdminOnly>` (components/admin/admin-only.tsx), which shows
 *                    the sign-in panel instead of its children.
 * An admin's request carries `Authorization: Bearer <token>` (scripts) or a valid session cookie (a browser that
 * signed in at /sign-in). Wrong tokens — from the sign-in form, the sign-in link or a Bearer header — count
 * against one limit per client (its address, as for the other limits); right ones never do.
 * Known weakness: the count of wrong tokens lives in this process's memory (see lib/comparisons/rate-limiter.ts).
 */
import { RateLimiter } from '@/lib/comparisons/rate-limiter';
import { clientKey, jsonError } from '../http';
import { adminSecret } from './admin-secret';
import { ADMIN_ACCESS, cookieFrom, sessionIsValid, tokensMatch } from './admin-session';

/** Wrong admin tokens per client. */
export const wrongTokens = new RateLimiter(ADMIN_ACCESS.failuresPerWindow, ADMIN_ACCESS.failureWindowMs);

/** What an offered token turned out to be. */
export type TokenCheck =
  { ok: true } | { ok: false; reason: 'wrong' } | { ok: false; reason: 'limited'; retryAfterSeconds: number };

/** Checks a token the client offers; a client past its limit of wrong ones is refused without a check. */
export async function checkOfferedToken(request: Request, offered: string): Promise<TokenCheck> {
  const key = clientKey(request);
  // Only wrong tokens count: asked first without recording, recorded after a failure.
  const verdict = wrongTokens.check(key);
  if (!verdict.allowed) return { ok: false, reason: 'limited', retryAfterSeconds: verdict.retryAfterSeconds };
  if (tokensMatch(offered, (await adminSecret()).token)) return { ok: true };
  wrongTokens.attempt(key);
  return { ok: false, reason: 'wrong' };
}

/** Whether a session cookie value is a valid admin session now (no cookie: false, without loading the token). */
export async function isAdminSession(value: string | undefined): Promise<boolean> {
  if (!value) return false;
  return sessionIsValid((await adminSecret()).token, value);
}

/**
 * Whether cookies set in answer to `request` must be Secure: the site is served over HTTPS, by its own URL, a
 * proxy's X-Forwarded-Proto or WIRETRACE_PUBLIC_URL. A client can only choose this for its own cookie.
 */
export function isHttps(request: Request): boolean {
  if (new URL(request.url).protocol === 'https:') return true;
  if (request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https') return true;
  return /^https:/i.test(process.env.WIRETRACE_PUBLIC_URL?.trim() ?? '');
}

/** "about 14 min" or "12 s", for a wait. */
export function waitText(seconds: number): string {
  return seconds < 90 ? `${seconds} s` : `about ${Math.ceil(seconds / 60)} min`;
}

const challenge = (error?: string) => ({
  'www-authenticate': `Bearer realm="wiretrace"${error ? `, error="${error}"` : ''}`,
  'cache-control': 'no-store',
});

/** How a request is an admin's, or the answer refusing it (401 JSON with WWW-Authenticate: Bearer, or 429). */
export async function adminAccess(
  request: Request,
): Promise<{ via: 'bearer' | 'session' } | { refused: Response }> {
  const authorization = request.headers.get('authorization');
  if (authorization) {
    const offered = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
    if (!offered)
      return {
        refused: jsonError(
          401,
          'Send the admin token as Authorization: Bearer <token> (no other scheme is accepted).',
          {},
          challenge('invalid_request'),
        ),
      };
    const check = await checkOfferedToken(request, offered);
    if (check.ok) return { via: 'bearer' };
    if (check.reason === 'limited')
      return {
        refused: jsonError(
          429,
          `Too many wrong admin tokens from your address: try again in ${waitText(check.retryAfterSeconds)}.`,
          {},
          { 'retry-after': String(check.retryAfterSeconds), 'cache-control': 'no-store' },
        ),
      };
    return {
      refused: jsonError(
        401,
        "This is not the server's admin token: nothing was changed. Check that it was copied whole.",
        {},
        challenge('invalid_token'),
      ),
    };
  }
  const session = cookieFrom(request.headers.get('cookie'));
  if (await isAdminSession(session)) return { via: 'session' };
  return {
    refused: jsonError(
      401,
      session
        ? 'Your admin sign-in has expired or the admin token has changed: sign in again at /sign-in.'
        : 'This changes the shared corpus and needs the admin token: send Authorization: Bearer <token>, or sign in at /sign-in. The server prints a sign-in link when it starts.',
      {},
      challenge(),
    ),
  };
}

/** null when `request` is an admin's; else the answer to send instead (401, or 429 after many wrong tokens). */
export async function requireAdmin(request: Request): Promise<Response | null> {
  const access = await adminAccess(request);
  return 'refused' in access ? access.refused : null;
}
