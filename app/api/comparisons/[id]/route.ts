import { loadComparison } from '@/server/comparison-data';
import { exportResponse, PRIVATE_HEADERS } from '@/server/export-response';
import { jsonError } from '@/server/http';

/** A saved comparison as wiretrace.alignment/1 JSON (or `?format=csv`). */
export async function GET(
  request: Request,
  { params }: RouteContext<'/api/comparisons/[id]'>,
): Promise<Response> {
  const { id } = await params;
  const data = await loadComparison('comparison', id);
  if (!data)
    return jsonError(
      404,
      'No comparison has this id. Check that the link was copied whole.',
      {},
      PRIVATE_HEADERS,
    );
  return exportResponse(data, new URL(request.url).searchParams.get('format'), `wiretrace-${id}`);
}
