import { answeringStorageFaults } from '@/server/storage-response';
import { defaultTitle } from '@/lib/comparisons/comparison-input';
import { validateLookupInput } from '@/lib/comparisons/lookup-input';
import { corpus } from '@/server/corpus/corpus';
import { corpusProblem } from '@/server/corpus/corpus-problem';
import { jsonError, readBodyText } from '@/server/http';
import { comparisonStore } from '@/server/comparison-store';

/**
 * Finds the wire sources of an article in the imported archive: `{ text, published?, open? }` → the lookup. With
 * `open: true` and a source found, the article and its best source are saved as a comparison (an unlisted link,
 * like any saved comparison) and its address is returned, so the caller can open it.
 */
export const POST = answeringStorageFaults(async function POST(request: Request): Promise<Response> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type))
    return jsonError(415, 'Send the article as JSON with the header Content-Type: application/json.');
  const body = await readBodyText(request);
  if (!body.ok) return body.response;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.text);
  } catch (error) {
    return jsonError(400, `The body is not valid JSON (${(error as Error).message}).`);
  }
  const result = validateLookupInput(parsed);
  if (!result.ok)
    return jsonError(422, result.errors.map((e) => e.message).join(' '), { errors: result.errors });
  const { text, published } = result.input;
  const found = await corpusProblem(async () => (await corpus()).findSources(text, { published }));
  if ('problem' in found)
    return jsonError(503, `The archive cannot be read: ${found.problem}`, {}, { 'retry-after': '30' });
  const lookup = found.value;
  const best = lookup.sources[0];
  const open = (parsed as { open?: unknown }).open === true;
  if (!open || !best) return Response.json(lookup);
  const saved = await comparisonStore().create({
    title: `Source found: ${best.title ?? defaultTitle(best.text)}`,
    wireText: best.text,
    outlets: [{ name: 'Your article', text }],
  });
  return Response.json({ ...lookup, comparison: { id: saved.id, url: `/c/${saved.id}` } });
});
