/**
 * The bounds on the two requests that cost seconds of work and a whole archive's reading: "Find the source"
 * lookups (`POST /api/sources`) and full article exports (`GET /api/articles`). Documented under "Serving it
 * safely" in the README; each number can be set by its environment variable. Beyond a bound a request is refused
 * at once with Retry-After, never queued.
 * Known weakness: the counts live in this process (several server processes would each allow them).
 */
import { ConcurrencyLimit, type Refusal, type Release } from '@/lib/comparisons/concurrency-limit';
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
    // Verification runs on the worker pool (one worker on two cores); two lookups at once keep it busy while
    // the second one's candidates are read. More would only wait, holding their texts. WIRETRACE_LOOKUP_CONCURRENCY.
    total: setting('WIRETRACE_LOOKUP_CONCURRENCY', 2),
  },
  exports: {
    // Downloading a table: one per outlet page visited is a few a minute; thirty lets a researcher fetch every
    // outlet's table in turn, while a loop of full exports is refused after half a second of work. A refusal
    // costs nothing. WIRETRACE_EXPORT_LIMIT.
    perMinute: setting('WIRETRACE_EXPORT_LIMIT', 30),
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
const exportRate = () => processWide('export-rate', () => new RateLimiter(exports.perMinute, 60_000));
// No bound per client beyond the total: colleagues behind one address look up at once, and the limit a minute
// already stops one client from taking every place for long.
const lookupPlaces = () =>
  processWide('lookup-places', () => new ConcurrencyLimit(lookups.total, lookups.total));
const exportPlaces = () =>
  processWide('export-places', () => new ConcurrencyLimit(exports.perClient, exports.total));

const rateRefusal = (limiter: RateLimiter, request: Request, what: string) => {
  const verdict = limiter.attempt(clientKey(request));
  return verdict.allowed ? null : tooManyRequests(what, limiter.limit, verdict.retryAfterSeconds);
};

const busy = (places: ConcurrencyLimit, refused: Refusal, what: { one: string; many: string }) => {
  const retry = { 'retry-after': String(retryAfterSeconds) };
  return refused === 'client'
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
      );
};

function place(
  places: ConcurrencyLimit,
  request: Request,
  what: { one: string; many: string },
): { release: Release } | { response: Response } {
  const taken = places.acquire(clientKey(request));
  return 'release' in taken ? taken : { response: busy(places, taken.refused, what) };
}

const LOOKUP = { one: 'lookup', many: 'lookups' };
const EXPORT = { one: 'full export', many: 'full exports' };

/**
 * Admits a lookup before its body is read: counts it against the client's limit a minute, and refuses it when
 * all places are taken (it takes none yet: see {@link lookupPlace}). Null when admitted, else the 429 or 503
 * answer with Retry-After.
 */
export function admitLookup(request: Request): Response | null {
  const limited = rateRefusal(lookupRate(), request, 'lookups');
  if (limited) return limited;
  const refused = lookupPlaces().refusal(clientKey(request));
  return refused ? busy(lookupPlaces(), refused, LOOKUP) : null;
}

/** A place for one lookup, once its body is read and checked (release it when it ends), or the 429/503 answer. */
export function lookupPlace(request: Request): { release: Release } | { response: Response } {
  return place(lookupPlaces(), request, LOOKUP);
}

/** A place for one full export (counted a minute; release it when its stream ends), or the 429 or 503 answer. */
export function exportPlace(request: Request): { release: Release } | { response: Response } {
  const limited = rateRefusal(exportRate(), request, 'full exports');
  return limited ? { response: limited } : place(exportPlaces(), request, EXPORT);
}
