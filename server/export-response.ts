/** The export answers shared by comparisons and stories: wiretrace.alignment/1 JSON or CSV. */
import { alignmentToCsv } from '@/lib/comparisons/export-csv';
import { toAlignmentJson } from '@/lib/engine';
import type { LoadedComparison } from './comparison-data';
import { jsonError } from './http';

/** Answers with the alignment as `format` (json by default, or csv); `name` names the downloaded file. */
export function exportResponse(data: LoadedComparison, format: string | null, name: string): Response {
  if (format === 'csv') {
    return new Response(alignmentToCsv(data.alignment, data.texts.outlets), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}.csv"`,
      },
    });
  }
  if (format !== null && format !== 'json')
    return jsonError(400, `Unknown format "${format}": use format=json or format=csv.`);
  return Response.json(toAlignmentJson(data.alignment, data.sources.wire, data.sources.outlets));
}
