/**
 * The per-client limit on heavy reads: a saved comparison's pages (`/c/<id>/…`) and its JSON/CSV
 * (`/api/comparisons/<id>`). A saved comparison's first read aligns it and its page can be large; story pages are
 * fixed content and not limited. proxy.ts applies it before any rendering.
 * Known weakness: counts live in this process's memory (see lib/comparisons/rate-limiter.ts).
 */
import { RateLimiter } from '@/lib/comparisons/rate-limiter';

/** Tunables of the read limit. */
export const READ_LIMIT = {
  // A person reading a comparison and its outlets opens a few pages a minute; a scraper walking ids opens
  // hundreds. WIRETRACE_READ_LIMIT overrides (the load test raises it).
  perMinute: Number(process.env.WIRETRACE_READ_LIMIT ?? 120),
  windowMs: 60_000,
};

/** The one limiter of heavy reads in this process. */
export const readLimiter = new RateLimiter(READ_LIMIT.perMinute, READ_LIMIT.windowMs);

const HEAVY_READ = /^\/(?:c\/[^/]+|api\/comparisons\/[^/]+)(?:\/|$)/;

/** Whether a request reads a saved comparison (GET or HEAD of its pages or exports). */
export function isHeavyRead(method: string, pathname: string): boolean {
  return (method === 'GET' || method === 'HEAD') && HEAVY_READ.test(pathname);
}
