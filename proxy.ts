/**
 * Runs before every page and API request (Next's proxy, formerly middleware, on the Node.js runtime):
 *   1. The per-client limit on heavy reads (server/read-limit.ts): 429 with Retry-After before anything renders.
 *   2. The admin sign-in link (`/sign-in?token=…`) and form (POST /sign-in) go to their route handler, which sets
 *      the session cookie (a page cannot); /sign-in itself stays the form's page.
 *   3. A fresh nonce per page request in the Content-Security-Policy header, on both the request (Next reads it
 *      there and puts it on its scripts) and the response.
 * Known weakness: the limiter's counts live in this process's memory; served from several processes (or an edge
 * network, which `next start` is not), each would allow the limit.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { signInRewrite } from '@/server/admin/sign-in-rewrite';
import { createNonce, pagePolicy } from '@/server/content-security-policy';
import { clientKey, tooManyRequests } from '@/server/http';
import { isHeavyRead, readLimiter } from '@/server/read-limit';

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isHeavyRead(request.method, pathname)) {
    const verdict = readLimiter.attempt(clientKey(request));
    if (!verdict.allowed)
      return tooManyRequests('comparison reads', readLimiter.limit, verdict.retryAfterSeconds);
  }
  if (pathname.startsWith('/api/')) return NextResponse.next();
  const signIn = signInRewrite(request);
  if (signIn) return signIn;

  const policy = pagePolicy(createNonce(), process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Everything but build assets, which are files from this origin and carry no user data.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
