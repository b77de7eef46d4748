/**
 * The bounds on the two requests that cost seconds of work and a whole archive's reading: "Find the source"
 * lookups (`POST /api/sources`) and full article exports (`GET /api/articles`). Documented under "Serving it
 * safely" in the README; each number can be set by its environment variable. Beyond a bound a request is refused
 * at once with Retry-After, never queued.
 * Known weakness: the counts live in this process (several server processes would each allow them).
 */
import { ConcurrencyLimit, type Release } from '@/lib/comparisons/concurrency-limit';
import { RateLimiter } from '@/lib/comparisons/rate-limiter';
import { clientKey, jsonError, tooManyRequests } from './http';
import { processWide } from './process-wide';

const setting = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

/** The bounds, with their reasons. */
export const HEAVY_REQUEST_LIMITS = {
  lookups: {
    // A person pastes an article and reads what came back: a few lookups a minute. Ten lets a researcher go
    // through a stack quickly, while a script gets one every six seconds. WIRETRACE_LOOKUP_LIMIT.
    perMinute: setting('WIRETRACE_LOOKUP_LIMIT', 10),
    // One at a time per client: a second one from the same client only waits for the same worker.
    perClient: 1,
    // Verification runs on the worker pool (one worker on two cores); two lookups at once keep it busy while
    // the second one's candidates are read. More would only wait, holding their texts. WIRETRACE_LOOKUP_CONCURRENCY.
    total: setting('WIRETRACE_LOOKUP_CONCURRENCY', 2),
  },
  exports: {
    // A full export streams the whole archive in batches read on the request thread: two per client (one
    // running while a second starts) and four in all keep small pages quick. WIRETRACE_EXPORT_CONCURRENCY.
    perClient: 2,
    total: setting('WIRETRACE_EXPORT_CONCURRENCY', 4),
  },
  /** A lookup or export takes seconds: the time to come back after a refusal for being busy. */
  retryAfterSeconds: 5,
};

const { lookups, exports, retryAfterSeconds } = HEAVY_REQUEST_LIMITS;
const lookupRate = () => processWide('lookup-rate', () => new RateLimiter(lookups.perMinute, 60_000));
const lookupPlaces = () =>
  processWide('lookup-places', () => new ConcurrencyLimit(lookups.perClient, lookups.total));
const exportPlaces = () =>
  processWide('export-places', () => new ConcurrencyLimit(exports.perClient, exports.total));

/** Counts one lookup of the request's client: null when allowed, else the 429 answer with Retry-After. */
export function countLookup(request: Request): Response | null {
  const verdict = lookupRate().attempt(clientKey(request));
  return verdict.allowed ? null : tooManyRequests('lookups', lookups.perMinute, verdict.retryAfterSeconds);
}

function place(
  places: ConcurrencyLimit,
  request: Request,
  what: { one: string; many: string },
): { release: Release } | { response: Response } {
  const taken = places.acquire(clientKey(request));
  if ('release' in taken) return taken;
  const retry = { 'retry-after': String(retryAfterSeconds) };
  return {
    response:
      taken.refused === 'client'
        ? jsonError(
            429,
            `You already have ${places.perClient === 1 ? `a ${what.one}` : `${places.perClient} ${what.many}`} running: wait for it to finish, then try again (in about ${retryAfterSeconds} s).`,
            {},
            retry,
          )
        : jsonError(
            503,
            `The server is busy with ${places.total} other ${what.many}: try again in ${retryAfterSeconds} s. Nothing was lost.`,
            {},
            retry,
          ),
  };
}

/** A place for one lookup (release it when it ends), or the 429 (this client's) or 503 (everyone's) answer. */
export function lookupPlace(request: Request): { release: Release } | { response: Response } {
  return place(lookupPlaces(), request, { one: 'lookup', many: 'lookups' });
}

/** A place for one full export (release it when its stream ends), or the 429 or 503 answer. */
export function exportPlace(request: Request): { release: Release } | { response: Response } {
  return place(exportPlaces(), request, { one: 'full export', many: 'full exports' });
}
