/**
 * The admin token's cryptography, without storage: making a token, checking an offered one in constant time, and
 * the session cookie a browser keeps after signing in.
 *
 * Method: the cookie holds `<issued>.<mac>` — the second it was issued and an HMAC-SHA256 over it, keyed with a key
 * stretched from the token by scrypt. The token itself is never stored in the browser; a session ends after
 * {@link ADMIN_ACCESS}.sessionSeconds by the server's clock (not only the browser's), and changing the token ends
 * every session at once. Offered tokens are compared as SHA-256 digests with timingSafeEqual, so neither their
 * content nor their length shows in the time an answer takes.
 * Known weaknesses: sessions are stateless — signing out clears this browser's cookie but cannot revoke a copy
 * taken before; changing the token is what ends them all. A stolen cookie lets its thief test token guesses
 * offline: scrypt makes each guess cost tens of milliseconds, which matters only for a short hand-set token.
 */
import { createHash, createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** The tunables of admin access, each with its reason. */
export const ADMIN_ACCESS = {
  // 256 random bits (43 base64url characters): beyond guessing with or without a rate limit.
  tokenBytes: 32,
  // A token set by hand (WIRETRACE_ADMIN_TOKEN, or written into the token file): 16 characters is the least that
  // resists the online guessing the failure limit allows; a generated token is 43.
  minTokenLength: 16,
  // A token is one header line and one URL parameter, not a document.
  maxTokenLength: 512,
  // A working week: an import or a validation round is done well within it, and a cookie left on a shared
  // computer stops working by itself.
  sessionSeconds: 7 * 24 * 60 * 60,
  // Clocks of servers sharing one database may disagree by a little; a cookie "issued" further in the future
  // than this was not issued by any of them.
  clockSkewSeconds: 300,
  // Wrong tokens per client (sign-in and Bearer together) and window: a person mistyping fails a few times in a
  // row; ten per quarter hour is 960 guesses a day, hopeless against even the shortest allowed token.
  failuresPerWindow: 10,
  failureWindowMs: 15 * 60_000,
  // scrypt's interactive parameters (N = 2^14, r = 8: 16 MB, tens of ms): paid once per process, and per guess by
  // anyone testing guesses against a stolen cookie.
  scrypt: { N: 2 ** 14, r: 8, p: 1 },
};

/** The session cookie's name. */
export const ADMIN_COOKIE = 'wiretrace-admin';

/** A new admin token: {@link ADMIN_ACCESS}.tokenBytes random bytes as base64url (URL- and header-safe). */
export function newAdminToken(): string {
  return randomBytes(ADMIN_ACCESS.tokenBytes).toString('base64url');
}

/**
 * Why `token` cannot be an admin token, or null when it can: 16 to 512 visible ASCII characters (it travels in a
 * URL and an HTTP header, where spaces and other characters would be mangled).
 */
export function tokenProblem(token: string): string | null {
  if (token.length < ADMIN_ACCESS.minTokenLength)
    return `is ${token.length} characters long; an admin token needs at least ${ADMIN_ACCESS.minTokenLength}`;
  if (token.length > ADMIN_ACCESS.maxTokenLength)
    return `is ${token.length} characters long; an admin token has at most ${ADMIN_ACCESS.maxTokenLength}`;
  const bad = /[^\x21-\x7e]/.exec(token);
  if (bad)
    return `holds ${bad[0] === ' ' ? 'a space' : `the character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`} at position ${bad.index + 1}; use visible ASCII characters only (letters, digits, punctuation)`;
  return null;
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Whether `offered` is `token`, in time independent of where (or whether) they differ. */
export function tokensMatch(offered: string, token: string): boolean {
  return timingSafeEqual(digest(offered), digest(token));
}

// One process serves one token; the last key is kept (a new token, in tests, replaces it).
let keyCache: { token: string; key: Promise<Buffer> } | undefined;

/** The HMAC key sessions are signed with, stretched from the token off the main thread and kept. */
function sessionKey(token: string): Promise<Buffer> {
  if (keyCache?.token !== token) {
    const key = new Promise<Buffer>((resolve, reject) =>
      scrypt(token, 'wiretrace admin session', 32, ADMIN_ACCESS.scrypt, (error, derived) =>
        error ? reject(error) : resolve(derived),
      ),
    );
    keyCache = { token, key };
  }
  return keyCache.key;
}

const mac = async (token: string, issued: number) =>
  createHmac('sha256', await sessionKey(token))
    .update(`admin-session:${issued}`)
    .digest('base64url');

/** A new session cookie value for `token`, issued at `nowMs`. */
export async function issueSession(token: string, nowMs: number = Date.now()): Promise<string> {
  const issued = Math.floor(nowMs / 1000);
  return `${issued}.${await mac(token, issued)}`;
}

/** Whether a session cookie value was issued for `token` and has not expired at `nowMs`. */
export async function sessionIsValid(
  token: string,
  value: string | undefined,
  nowMs: number = Date.now(),
): Promise<boolean> {
  const parts = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(value ?? '');
  if (!parts) return false;
  const issued = Number(parts[1]);
  const age = nowMs / 1000 - issued;
  if (age > ADMIN_ACCESS.sessionSeconds || age < -ADMIN_ACCESS.clockSkewSeconds) return false;
  return timingSafeEqual(Buffer.from(parts[2]!), Buffer.from(await mac(token, issued)));
}

/** When a session cookie value expires (for the page that says so), or null when it is malformed. */
export function sessionExpiry(value: string): Date | null {
  const issued = /^(\d{1,12})\./.exec(value)?.[1];
  return issued ? new Date((Number(issued) + ADMIN_ACCESS.sessionSeconds) * 1000) : null;
}

/**
 * The Set-Cookie header for a session: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends
 * it along), Secure when the site is served over HTTPS, for the whole site and the session's length.
 * `value` null clears the cookie.
 */
export function sessionCookie(value: string | null, { secure }: { secure: boolean }): string {
  return [
    `${ADMIN_COOKIE}=${value ?? ''}`,
    'Path=/',
    `Max-Age=${value === null ? 0 : ADMIN_ACCESS.sessionSeconds}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** The value of the cookie `name` in a Cookie header, or undefined. */
export function cookieFrom(header: string | null, name: string = ADMIN_COOKIE): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > -1 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}

/**
 * Where to go after signing in: `next` when it is a path on this site (`/import?x=1`), else null. Anything that
 * could leave the site — `//evil.example`, `/\evil.example`, a scheme, control characters — is refused.
 */
export function safeReturnPath(next: string | null | undefined): string | null {
  if (!next || next.length > 2000 || !/^\/(?![/\\])/.test(next) || /[\\\x00-\x1f\x7f]/.test(next))
    return null;
  const resolved = new URL(next, 'http://wiretrace.invalid');
  if (resolved.origin !== 'http://wiretrace.invalid') return null;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
