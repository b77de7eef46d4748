/**
 * Signing in as admin: the link the server prints (`GET /sign-in?token=…`) and the form at /sign-in (`POST`, a
 * `token` field), both routed here by proxy.ts. A right token sets the session cookie (server/admin/admin-session.ts)
 * and redirects to a clean address — the page that asked (`next`), else /sign-in, which says so — so the token
 * stays neither in the address bar nor in the history; a wrong one redirects back to the form, which says why.
 */
import { readBodyText } from '@/server/http';
import { issueSession, safeReturnPath, sessionCookie } from '@/server/admin/admin-session';
import { checkOfferedToken, isHttps } from '@/server/admin/require-admin';
import { adminSecret } from '@/server/admin/admin-secret';
import { SIGN_IN_TOKEN_HEADER } from '@/server/admin/sign-in-rewrite';
import { answeringStorageFaults } from '@/server/storage-response';

// A pasted token and a return path; a form body larger than this is not the sign-in form.
const MAX_FORM_BYTES = 8 * 1024;

function redirect(location: string, cookie?: string): Response {
  return new Response(null, {
    status: 303,
    headers: {
      location,
      'cache-control': 'no-store',
      ...(cookie ? { 'set-cookie': cookie } : {}),
    },
  });
}

const escapeHtml = (text: string) => text.replace(/[&"'<>]/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * A signed-in browser's way on. A link followed from another site's page (webmail, a chat) makes its redirects
 * count as that site's too, so the SameSite=Strict cookie would not come along to the page it lands on, which would
 * look signed out. Then a small page moves on by itself instead: a navigation this site starts, with the cookie,
 * which replaces the page's history entry (HTML's declarative refresh) so the token's address is not kept.
 */
function landOn(request: Request, location: string, cookie: string): Response {
  if (request.headers.get('sec-fetch-site') !== 'cross-site') return redirect(location, cookie);
  const target = escapeHtml(location);
  return new Response(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer"><meta http-equiv="refresh" content="0;url=${target}"><title>Signed in · Wiretrace</title></head><body><p>Signed in as admin. <a href="${target}">Continue</a></p></body></html>`,
    {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'set-cookie': cookie,
      },
    },
  );
}

function backToForm(next: string | null, refusal: Record<string, string>): Response {
  const query = new URLSearchParams({ ...refusal, ...(next ? { next } : {}) });
  return redirect(`/sign-in?${query}`);
}

async function signIn(request: Request, token: string | null, nextParam: string | null): Promise<Response> {
  const next = safeReturnPath(nextParam);
  if (!token?.trim()) return backToForm(next, { refused: 'empty' });
  const check = await checkOfferedToken(request, token.trim());
  if (!check.ok)
    return backToForm(
      next,
      check.reason === 'limited'
        ? { refused: 'limited', wait: String(check.retryAfterSeconds) }
        : { refused: 'wrong' },
    );
  const session = await issueSession((await adminSecret()).token);
  return landOn(request, next ?? '/sign-in', sessionCookie(session, { secure: isHttps(request) }));
}

/** The printed link: `/sign-in?token=…[&next=/path]`, its token moved into a header by proxy.ts. */
export const GET = answeringStorageFaults(async function GET(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  return signIn(request, request.headers.get(SIGN_IN_TOKEN_HEADER) ?? query.get('token'), query.get('next'));
});

/** The form: `token=…&next=…` (application/x-www-form-urlencoded). */
export const POST = answeringStorageFaults(async function POST(request: Request): Promise<Response> {
  const body = await readBodyText(request, MAX_FORM_BYTES);
  const form = new URLSearchParams(body.ok ? body.text : '');
  return signIn(request, form.get('token'), form.get('next'));
});
