import { answeringStorageFaults } from '@/server/storage-response';
import { defaultTitle, LIMITS } from '@/lib/comparisons/comparison-input';
import { validateLookupInput } from '@/lib/comparisons/lookup-input';
import { AlignmentFailed, verifyLookupOffThread } from '@/server/align-pool';
import { countCreate, createWouldBeRefused, saveComparison } from '@/server/create-comparison';
import { corpusProblem } from '@/server/corpus/corpus-problem';
import { findSources } from '@/server/corpus/find-sources';
import { database } from '@/server/db/open-database';
import { admitLookup, lookupPlace } from '@/server/heavy-requests';
import { jsonError, readJsonBody } from '@/server/http';

/** `text` cut to `max` UTF-16 units, never inside a surrogate pair (half of one is refused), with an ellipsis. */
function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/**
 * Finds the wire sources of an article in the imported archive: `{ text, published?, open? }` → the lookup.
 * Lookups are limited per client and minute and in how many run at once (server/heavy-requests.ts); the
 * verification runs on the worker pool. With `open: true` and a source found, the article and its best source
 * are saved as a comparison through the same create path as POST /api/comparisons — its limit, its checks, and
 * its answer with the delete secret — so the caller can open it and later delete it.
 */
export const POST = answeringStorageFaults(async function POST(request: Request): Promise<Response> {
  const refused = admitLookup(request);
  if (refused) return refused;
  const body = await readJsonBody(request, 'the article');
  if (!body.ok) return body.response;
  const result = validateLookupInput(body.value);
  if (!result.ok)
    return jsonError(422, result.errors.map((e) => e.message).join(' '), { errors: result.errors });
  const { text, published, open } = result.input;
  // A lookup that would open a comparison the create limit refuses is refused before it costs anything.
  const overCreateLimit = open ? createWouldBeRefused(request) : null;
  if (overCreateLimit) return overCreateLimit;

  const place = lookupPlace(request);
  if ('response' in place) return place.response;
  let found;
  try {
    found = await corpusProblem(async () =>
      findSources(await database(), text, { published }, undefined, verifyLookupOffThread),
    );
  } catch (error) {
    if (!(error instanceof AlignmentFailed)) throw error;
    return jsonError(503, `The lookup could not finish: ${error.message}`, {}, { 'retry-after': '30' });
  } finally {
    place.release();
  }
  if ('problem' in found)
    return jsonError(503, `The archive cannot be read: ${found.problem}`, {}, { 'retry-after': '30' });
  const lookup = found.value;
  const best = lookup.sources[0];
  if (!open || !best) return Response.json(lookup);

  const overLimit = countCreate(request);
  if (overLimit) return overLimit;
  const saved = await saveComparison({
    title: shortened(`Source found: ${best.title ?? defaultTitle(best.text)}`, LIMITS.maxTitleChars),
    wire: best.text,
    outlets: [{ name: 'Your article', text, ...(published ? { published } : {}) }],
  });
  if (!saved.ok) return saved.response;
  return Response.json({ ...lookup, comparison: saved.answer });
});
