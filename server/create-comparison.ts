/**
 * The one way the API saves a comparison — `POST /api/comparisons`, and "Find the source" with `open: true`: the
 * per-client create limit, the input checks of lib/comparisons/comparison-input.ts, the durable save, and the
 * answer with the delete secret, which is given out only here. A caller counts the create first (before reading a
 * body, so a client over the limit costs nothing), then saves.
 * Known weakness: the count lives in this process (see lib/comparisons/rate-limiter.ts).
 */
import { validateComparisonInput } from '@/lib/comparisons/comparison-input';
import { RateLimiter } from '@/lib/comparisons/rate-limiter';
import { comparisonStore } from './comparison-store';
import { clientKey, jsonError, tooManyRequests } from './http';
import { processWide } from './process-wide';

/** Creates per client and minute; WIRETRACE_CREATE_LIMIT overrides (the load test raises it). */
export const CREATE_LIMIT = { perMinute: Number(process.env.WIRETRACE_CREATE_LIMIT ?? 20), windowMs: 60_000 };

// One count for both routes that create.
const limiter = () =>
  processWide('create-limiter', () => new RateLimiter(CREATE_LIMIT.perMinute, CREATE_LIMIT.windowMs));

/** The answer to a create: where the comparison is, and the secret that deletes it. */
export interface CreatedComparisonAnswer {
  id: string;
  url: string;
  /** The title as saved (made from the wire's first line when none was given). */
  title: string;
  /** The only time the secret is given out: it deletes the comparison (DELETE with Authorization: Bearer). */
  deleteToken: string;
  links: { page: string; json: string; csv: string };
}

const refusal = (verdict: ReturnType<RateLimiter['attempt']>) =>
  verdict.allowed ? null : tooManyRequests('comparisons created', limiter().limit, verdict.retryAfterSeconds);

/** Counts one create of the request's client: null when it is allowed, else the 429 answer with Retry-After. */
export function countCreate(request: Request): Response | null {
  return refusal(limiter().attempt(clientKey(request)));
}

/** Whether the client could create one now, counting nothing: null when it could, else the 429 answer. */
export function createWouldBeRefused(request: Request): Response | null {
  return refusal(limiter().check(clientKey(request)));
}

/** Checks `input` (parsed JSON) and saves it: the answer, or 422 naming every bad field. Count the create first. */
export async function saveComparison(
  input: unknown,
): Promise<{ ok: true; answer: CreatedComparisonAnswer } | { ok: false; response: Response }> {
  const result = validateComparisonInput(input);
  if (!result.ok)
    return {
      ok: false,
      response: jsonError(422, result.errors.map((e) => e.message).join(' '), { errors: result.errors }),
    };
  const saved = await comparisonStore().create(result.draft);
  const page = `/c/${saved.id}`;
  return {
    ok: true,
    answer: {
      id: saved.id,
      url: page,
      title: saved.title,
      deleteToken: saved.deleteToken,
      links: { page, json: `/api/comparisons/${saved.id}`, csv: `/api/comparisons/${saved.id}?format=csv` },
    },
  };
}
