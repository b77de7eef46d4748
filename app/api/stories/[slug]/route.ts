import { loadComparison } from '@/server/comparison-data';
import { exportResponse } from '@/server/export-response';
import { jsonError } from '@/server/http';

/** A content story as wiretrace.alignment/1 JSON (or `?format=csv`). */
export async function GET(
  request: Request,
  { params }: RouteContext<'/api/stories/[slug]'>,
): Promise<Response> {
  const { slug } = await params;
  const data = await loadComparison('story', slug);
  if (!data) return jsonError(404, `No story "${slug}". The home page lists every story.`);
  return exportResponse(data, new URL(request.url).searchParams, slug);
}
