/**
 * The export answers shared by every comparison (content story, saved comparison, corpus story version):
 * - `json` (default): the `wiretrace.alignment/1` document;
 * - `csv`: one row per sentence, with the wire sentences' text and each outlet's dropped wire sentences;
 * - `outlets`: one CSV row per outlet (metadata, verdict, figures);
 * - `bundle`: one self-contained JSON (`wiretrace.bundle/1`): title, dates, metadata, the texts themselves and the
 *   alignment, so a reader can rebuild the highlighting with nothing else;
 * - `texts`: the original texts as one plain-text download.
 * The two CSV formats take `?dialect=excel-de` (semicolons, decimal commas) beside the default (lib/text/csv.ts).
 */
import { alignmentToCsv, outletsToCsv, type ExportOutlet } from '@/lib/comparisons/export-csv';
import { toAlignmentJson } from '@/lib/engine';
import { parseCsvDialect } from '@/lib/text/csv';
import type { LoadedComparison } from './comparison-data';
import { jsonError } from './http';

const FORMATS = ['json', 'csv', 'outlets', 'bundle', 'texts'] as const;

// A saved comparison is unlisted: whoever has the link may read it, but no shared cache keeps it and no search
// engine indexes it — the same as its pages.
export const PRIVATE_HEADERS = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' };

function download(body: string, type: string, file: string, privacy: Record<string, string>): Response {
  return new Response(body, {
    headers: {
      'content-type': `${type}; charset=utf-8`,
      'content-disposition': `attachment; filename="${file}"`,
      ...privacy,
    },
  });
}

function exportOutlets(data: LoadedComparison): ExportOutlet[] {
  return data.texts.outlets.map((o) => ({
    name: o.name,
    text: o.text,
    ...(o.url ? { url: o.url } : {}),
    ...(o.date ? { published: o.date } : {}),
  }));
}

function bundle(data: LoadedComparison) {
  const { screen, texts } = data;
  return {
    schema: 'wiretrace.bundle/1',
    title: screen.title,
    ...(screen.savedOn ? { savedOn: screen.savedOn } : {}),
    ...(screen.agency ? { agency: screen.agency } : {}),
    ...(screen.date ? { wirePublished: screen.date } : {}),
    wire: { source: data.sources.wire, text: texts.wireText },
    ...(data.wireVersions ? { wireVersions: data.wireVersions } : {}),
    outlets: exportOutlets(data),
    alignment: toAlignmentJson(data.alignment, data.sources.wire, data.sources.outlets),
  };
}

function plainTexts(data: LoadedComparison): string {
  const part = (heading: string, text: string) => `===== ${heading} =====\n${text.trimEnd()}\n`;
  return [
    part(
      `Wire${data.screen.agency ? ` (${data.screen.agency})` : ''}: ${data.screen.title}`,
      data.texts.wireText,
    ),
    ...data.texts.outlets.map((o) => part(`${o.name}${o.url ? ` <${o.url}>` : ''}`, o.text)),
  ].join('\n');
}

/**
 * Answers with the comparison in the format `params` asks for (`?format=`, json by default; `?dialect=` for the
 * CSVs); `name` names the downloaded file. An unlisted (saved) comparison's answers carry Cache-Control: private
 * and X-Robots-Tag: noindex.
 */
export function exportResponse(data: LoadedComparison, params: URLSearchParams, name: string): Response {
  const privacy = data.screen.unlisted ? PRIVATE_HEADERS : {};
  const format = params.get('format');
  const csv = parseCsvDialect(params.get('dialect'));
  if ('problem' in csv) return jsonError(400, csv.problem, {}, privacy);
  switch (format ?? 'json') {
    case 'json':
      return Response.json(toAlignmentJson(data.alignment, data.sources.wire, data.sources.outlets), {
        headers: privacy,
      });
    case 'csv':
      return download(
        alignmentToCsv(data.alignment, data.texts.wireText, exportOutlets(data), csv.dialect),
        'text/csv',
        `${name}.csv`,
        privacy,
      );
    case 'outlets':
      return download(
        outletsToCsv(data.alignment, exportOutlets(data), csv.dialect),
        'text/csv',
        `${name}-outlets.csv`,
        privacy,
      );
    case 'bundle':
      return Response.json(bundle(data), {
        headers: { 'content-disposition': `attachment; filename="${name}-bundle.json"`, ...privacy },
      });
    case 'texts':
      return download(plainTexts(data), 'text/plain', `${name}-texts.txt`, privacy);
    default:
      return jsonError(400, `Unknown format "${format}": use format=${FORMATS.join(', ')}.`, {}, privacy);
  }
}
