import { csvDocument, parseCsvDialect } from '@/lib/text/csv';
import { parseOutletQuery } from '@/lib/dashboard/outlet-query';
import { corpusProblem } from '@/server/corpus/corpus-problem';
import { listOutlets } from '@/server/corpus/outlet-read';
import { database } from '@/server/db/open-database';
import { jsonError } from '@/server/http';

const CSV_HEADER = [
  'outlet',
  'articles',
  'derived',
  'partial',
  'independent',
  'median_reuse_share',
  'median_wire_coverage',
  'median_lag_hours',
];

/**
 * Every outlet's figures: `?from=&to=` (days, YYYY-MM-DD, inclusive) and `?agency=` filter, `?format=csv` for
 * statistics software (`&dialect=excel-de` for German Excel). Answers from the aggregates the trace job keeps,
 * never from the whole archive.
 */
export async function GET(request: Request): Promise<Response> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const format = params.format ?? 'json';
  if (format !== 'json' && format !== 'csv')
    return jsonError(400, `Unknown format "${format}": use format=json or format=csv.`);
  const csv = parseCsvDialect(params.dialect);
  if ('problem' in csv) return jsonError(400, csv.problem);
  const { query, problems } = parseOutletQuery({ from: params.from, to: params.to, agency: params.agency });
  if (problems.length > 0)
    return jsonError(400, problems.map((p) => p.message).join(' '), { errors: problems });
  const result = await corpusProblem(async () => listOutlets(await database(), query));
  if ('problem' in result)
    return jsonError(503, `The archive cannot be read: ${result.problem}`, {}, { 'retry-after': '30' });
  const { outlets, agencies } = result.value;
  if (query.agency && !agencies.includes(query.agency))
    return jsonError(
      404,
      `Unknown agency "${query.agency}": the archive has ${agencies.join(', ') || 'none'}.`,
    );
  const sorted = [...outlets].sort((a, b) => a.outlet.localeCompare(b.outlet, 'de'));
  if (format === 'csv') {
    const body = csvDocument(
      CSV_HEADER,
      sorted.map((o) => [
        o.outlet,
        o.articles,
        o.derived,
        o.partial,
        o.independent,
        o.medianReuseShare,
        o.medianWireCoverage,
        o.medianLagHours,
      ]),
      csv.dialect,
    );
    return new Response(body, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="wiretrace-outlets.csv"',
      },
    });
  }
  return Response.json({
    outlets: sorted.map((o) => ({
      outlet: o.outlet,
      articles: o.articles,
      derived: o.derived,
      partial: o.partial,
      independent: o.independent,
      medianReuseShare: o.medianReuseShare,
      medianWireCoverage: o.medianWireCoverage,
      ...(o.medianLagHours !== null ? { medianLagHours: o.medianLagHours } : {}),
    })),
  });
}
