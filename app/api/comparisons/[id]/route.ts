import { answeringStorageFaults } from '@/server/storage-response';
import { comparisonStore, isComparisonId } from '@/server/comparison-store';
import { forgetComparison, loadComparison } from '@/server/comparison-data';
import { exportResponse, PRIVATE_HEADERS } from '@/server/export-response';
import { jsonError } from '@/server/http';

/** A saved comparison as wiretrace.alignment/1 JSON (or `?format=csv`). */
export const GET = answeringStorageFaults(async function GET(
  request: Request,
  { params }: RouteContext<'/api/comparisons/[id]'>,
): Promise<Response> {
  const { id } = await params;
  // Exports hold every outlet, each against the first wire version.
  const data = await loadComparison('comparison', `${id}/all`);
  if (!data)
    return jsonError(
      404,
      'No comparison has this id. Check that the link was copied whole.',
      {},
      PRIVATE_HEADERS,
    );
  return exportResponse(data, new URL(request.url).searchParams, `wiretrace-${id}`);
});

/** Deletes a saved comparison for good: `Authorization: Bearer <deleteToken>` (given when it was saved) → 204. */
export const DELETE = answeringStorageFaults(async function DELETE(
  request: Request,
  { params }: RouteContext<'/api/comparisons/[id]'>,
): Promise<Response> {
  const { id } = await params;
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  if (!token)
    return jsonError(
      401,
      'Send the delete secret you were given when the comparison was saved: Authorization: Bearer <deleteToken>.',
      {},
      { 'www-authenticate': 'Bearer' },
    );
  const outcome = isComparisonId(id) ? await comparisonStore().delete(id, token) : 'missing';
  if (outcome === 'missing')
    return jsonError(404, 'No comparison has this id. Check that the link was copied whole.');
  if (outcome === 'forbidden')
    return jsonError(403, 'This is not the delete secret of this comparison; nothing was deleted.');
  forgetComparison(id);
  return new Response(null, { status: 204 });
});
