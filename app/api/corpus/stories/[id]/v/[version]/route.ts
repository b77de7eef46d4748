import { answeringStorageFaults } from '@/server/storage-response';
import { loadComparison } from '@/server/comparison-data';
import { exportResponse } from '@/server/export-response';
import { jsonError } from '@/server/http';

/** A corpus story's version with the outlets closest to it, as wiretrace.alignment/1 JSON (or `?format=csv`). */
export const GET = answeringStorageFaults(async function GET(
  request: Request,
  { params }: RouteContext<'/api/corpus/stories/[id]/v/[version]'>,
): Promise<Response> {
  const { id, version } = await params;
  const data = await loadComparison('corpus', `${id}/${version}`);
  if (!data)
    return jsonError(404, `No corpus story ${id} with a version ${version}. The home page lists them.`);
  return exportResponse(data, new URL(request.url).searchParams, `wiretrace-corpus-${id}-v${version}`);
});
