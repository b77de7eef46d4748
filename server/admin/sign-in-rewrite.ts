/**
 * proxy.ts's part of signing in: `/sign-in` is the form's page, but its link (`GET /sign-in?token=…`) and the
 * form's POST need a route handler, which can set a cookie. They are rewritten to app/api/admin/sign-in, the token
 * moved from the address into a request header: Next reports a rewrite's target address back to the browser (in
 * `x-middleware-rewrite`), and the token must not be echoed there.
 */
import { NextResponse, type NextRequest } from 'next/server';

/** The request header the sign-in handler reads a link's token from. */
export const SIGN_IN_TOKEN_HEADER = 'x-wiretrace-sign-in-token';

/** The rewrite of a sign-in link or form post to its handler, or null for any other request. */
export function signInRewrite(request: NextRequest): NextResponse | null {
  const { pathname, searchParams } = request.nextUrl;
  const token = searchParams.get('token');
  if (pathname !== '/sign-in' || (request.method !== 'POST' && token === null)) return null;
  const target = new URL('/api/admin/sign-in', request.url);
  const next = searchParams.get('next');
  if (next) target.searchParams.set('next', next);
  const headers = new Headers(request.headers);
  headers.delete(SIGN_IN_TOKEN_HEADER);
  if (token !== null) headers.set(SIGN_IN_TOKEN_HEADER, token);
  return NextResponse.rewrite(target, { request: { headers } });
}
