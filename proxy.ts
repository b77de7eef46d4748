/**
 * Runs before every page and API request (Next's proxy, formerly middleware, on the Node.js runtime):
 *   1. A per-client limit on heavy reads — saved comparisons' pages and their JSON/CSV — answered with 429 and
 *      Retry-After. A saved comparison's first read aligns it, and its page can be large; story pages are fixed
 *      content and not limited.
 *   2. A fresh nonce per page request in the Content-Security-Policy header, on both the request (Next reads it
 *      there and puts it on its scripts) and the response.
 * Known weakness: the limiter's counts live in this process's memory; served from several processes (or an edge
 * network, which `next start` is not), each would allow the limit.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { RateLimiter } from '@/lib/comparisons/rate-limiter';
import { createNonce, pagePolicy } from '@/server/content-security-policy';
import { clientKey, tooManyRequests } from '@/server/http';

const READ_LIMIT = {
  // Heavy reads per client and minute: a person reading a comparison and its outlets opens a few pages a minute;
  // a scraper walking ids opens hundreds. WIRETRACE_READ_LIMIT overrides (the load test raises it).
  perMinute: Number(process.env.WIRETRACE_READ_LIMIT ?? 120),
  windowMs: 60_000,
};

const readLimiter = new RateLimiter(READ_LIMIT.perMinute, READ_LIMIT.windowMs);
const HEAVY_READ = /^\/(?:c\/[^/]+|api\/comparisons\/[^/]+)(?:\/|$)/;

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const isRead = request.method === 'GET' || request.method === 'HEAD';
  if (isRead && HEAVY_READ.test(pathname)) {
    const verdict = readLimiter.attempt(clientKey(request));
    if (!verdict.allowed)
      return tooManyRequests('comparison reads', readLimiter.limit, verdict.retryAfterSeconds);
  }
  if (pathname.startsWith('/api/')) return NextResponse.next();

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
