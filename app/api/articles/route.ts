import { csvLine, CSV_BOM, parseCsvDialect, type CsvDialect } from '@/lib/text/csv';
import { parseDayRange } from '@/lib/dashboard/outlet-query';
import { corpusProblem } from '@/server/corpus/corpus-problem';
import { exportArticles, outletExists, type OutletArticle } from '@/server/corpus/outlet-articles';
import { database } from '@/server/db/open-database';
import { exportPlace } from '@/server/heavy-requests';
import { jsonError } from '@/server/http';

const CSV_HEADER = [
  'id',
  'outlet',
  'published',
  'verdict',
  'best_wire',
  'wire_version',
  'reuse_share',
  'wire_coverage',
  'lag_hours',
];

function csvRow(a: OutletArticle, dialect: CsvDialect): string {
  return csvLine(
    [a.id, a.outlet, a.published, a.verdict, a.wire, a.version, a.reuseShare, a.wireCoverage, a.lagHours],
    dialect,
  );
}

function jsonRow(a: OutletArticle): string {
  return JSON.stringify({
    id: a.id,
    outlet: a.outlet,
    published: a.published,
    verdict: a.verdict,
    bestWire: a.wire,
    wireVersion: a.version,
    reuseShare: a.reuseShare,
    wireCoverage: a.wireCoverage,
    lagHours: a.lagHours,
  });
}

/**
 * One row per traced article with an outlet: `?outlet=` (exact name), `?from=&to=` (days, inclusive),
 * `?format=csv|json` (json by default), `?dialect=excel-de` for the CSV. Streamed in batches, so a whole archive
 * never sits in memory; how many run at once is bounded per client and in all (429 / 503 with Retry-After).
 */
export async function GET(request: Request): Promise<Response> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const format = params.format ?? 'json';
  if (format !== 'json' && format !== 'csv')
    return jsonError(400, `Unknown format "${format}": use format=json or format=csv.`);
  const csv = parseCsvDialect(params.dialect);
  if ('problem' in csv) return jsonError(400, csv.problem);
  const { problems, from, to } = parseDayRange({ from: params.from, to: params.to });
  if (problems.length > 0)
    return jsonError(400, problems.map((p) => p.message).join(' '), { errors: problems });
  const outlet = params.outlet?.trim() || undefined;
  const checked = await corpusProblem(async () => {
    const db = await database();
    return { db, known: outlet === undefined || (await outletExists(db, outlet)) };
  });
  if ('problem' in checked)
    return jsonError(503, `The archive cannot be read: ${checked.problem}`, {}, { 'retry-after': '30' });
  if (!checked.value.known)
    return jsonError(404, `Unknown outlet "${outlet}": use a name exactly as /api/outlets lists it.`);
  // Each client may run a few exports at once, and everyone together a few more (server/heavy-requests.ts).
  const place = exportPlace(request);
  if ('response' in place) return place.response;
  const batches = exportArticles(checked.value.db, { outlet, from, to });
  const encoder = new TextEncoder();
  let first = true;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(
        encoder.encode(format === 'csv' ? CSV_BOM + csvLine(CSV_HEADER, csv.dialect) : '{"articles":['),
      );
    },
    async pull(controller) {
      // A turn of the event loop before each batch: a long export never holds the thread for more than one.
      await new Promise((resolve) => setImmediate(resolve));
      let next;
      try {
        next = await batches.next();
      } catch (error) {
        place.release();
        throw error;
      }
      if (next.done) {
        place.release();
        if (format === 'json') controller.enqueue(encoder.encode(']}\n'));
        controller.close();
        return;
      }
      const text =
        format === 'csv'
          ? next.value.map((article) => csvRow(article, csv.dialect)).join('')
          : (first ? '' : ',') + next.value.map(jsonRow).join(',');
      first = false;
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      place.release();
      await batches.return(undefined);
    },
  });
  return new Response(body, {
    headers:
      format === 'csv'
        ? {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': 'attachment; filename="wiretrace-articles.csv"',
          }
        : { 'content-type': 'application/json; charset=utf-8' },
  });
}
