import { answeringStorageFaults } from '@/server/storage-response';
import { validateComparisonInput } from '@/lib/comparisons/comparison-input';
import { RateLimiter } from '@/lib/comparisons/rate-limiter';
import { clientKey, isJsonMediaType, jsonError, readBodyText, tooManyRequests } from '@/server/http';
import { comparisonStore } from '@/server/comparison-store';

// Creates per client and minute; WIRETRACE_CREATE_LIMIT overrides (the load test raises it).
const limiter = new RateLimiter(Number(process.env.WIRETRACE_CREATE_LIMIT ?? 20), 60_000);

/** Creates a comparison from JSON: `{ title?, wire: "text", outlets: [{ name?, text }] }` → 201 with its id and link. */
export const POST = answeringStorageFaults(async function POST(request: Request): Promise<Response> {
  const verdict = limiter.attempt(clientKey(request));
  if (!verdict.allowed)
    return tooManyRequests('comparisons created', limiter.limit, verdict.retryAfterSeconds);
  if (!isJsonMediaType(request.headers.get('content-type'))) {
    return jsonError(
      415,
      `Send the comparison as JSON with the header Content-Type: application/json (got ${request.headers.get('content-type')?.slice(0, 80) ?? 'none'}).`,
    );
  }
  const body = await readBodyText(request);
  if (!body.ok) return body.response;
  let input: unknown;
  try {
    input = JSON.parse(body.text);
  } catch (error) {
    return jsonError(400, `The body is not valid JSON (${(error as Error).message}).`);
  }
  const result = validateComparisonInput(input);
  if (!result.ok)
    return jsonError(422, result.errors.map((e) => e.message).join(' '), { errors: result.errors });
  const saved = await comparisonStore().create(result.draft);
  const page = `/c/${saved.id}`;
  return Response.json(
    {
      id: saved.id,
      url: page,
      // The only time the secret is given out: it deletes the comparison (DELETE with Authorization: Bearer).
      deleteToken: saved.deleteToken,
      links: { page, json: `/api/comparisons/${saved.id}`, csv: `/api/comparisons/${saved.id}?format=csv` },
    },
    { status: 201, headers: { location: new URL(page, request.url).toString() } },
  );
});
