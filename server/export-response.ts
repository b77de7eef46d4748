/** The export answers shared by comparisons and stories: wiretrace.alignment/1 JSON or CSV. */
import { alignmentToCsv } from '@/lib/comparisons/export-csv';
import { toAlignmentJson } from '@/lib/engine';
import type { LoadedComparison } from './comparison-data';
import { jsonError } from './http';

// A saved comparison is unlisted: whoever has the link may read it, but no shared cache keeps it and no search
// engine indexes it — the same as its pages.
export const PRIVATE_HEADERS = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' };

/**
 * Answers with the alignment as `format` (json by default, or csv); `name` names the downloaded file. An unlisted
 * (saved) comparison's answer carries Cache-Control: private and X-Robots-Tag: noindex.
 */
export function exportResponse(data: LoadedComparison, format: string | null, name: string): Response {
  const privacy = data.screen.unlisted ? PRIVATE_HEADERS : {};
  if (format === 'csv') {
    return new Response(alignmentToCsv(data.alignment, data.texts.outlets), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}.csv"`,
        ...privacy,
      },
    });
  }
  if (format !== null && format !== 'json')
    return jsonError(400, `Unknown format "${format}": use format=json or format=csv.`, {}, privacy);
  return Response.json(toAlignmentJson(data.alignment, data.sources.wire, data.sources.outlets), {
    headers: privacy,
  });
}
