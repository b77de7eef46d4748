/**
 * The output of `wiretrace match`: the `wiretrace.matches/1` JSON document (checked by matches.schema.json) and a
 * CSV with one row per article (RFC 4180, or the `excel-de` dialect with a byte-order mark). Both come as whole
 * documents and as pieces (header, row, JSON article) so that a long run can stream them.
 * Method: shares are rounded to four decimals; CSV cells are written by lib/text/csv.ts (quoting, and formula
 * defusing as OWASP's CSV injection advice has it). Known weakness: the CSV keeps only the best source; the JSON
 * has them all.
 */
import { CSV_BOM, csvLine, type CsvDialect } from '../text/csv';
import type { ArticleMatch, MatchesJson } from './types';

/** The schema identifier written into every document. */
export const MATCHES_SCHEMA = 'wiretrace.matches/1';

/** The CSV's column names. */
export const MATCHES_CSV_COLUMNS = [
  'id',
  'outlet',
  'verdict',
  'best_wire',
  'reuse_share',
  'wire_coverage',
  'sources',
] as const;

const round = (share: number) => Math.round(share * 10_000) / 10_000;

/** One article as it appears in the JSON document (shares rounded). */
export function toMatchJson(match: ArticleMatch): ArticleMatch {
  return {
    ...match,
    sources: match.sources.map((source) => ({
      ...source,
      reuseShare: round(source.reuseShare),
      wireCoverage: round(source.wireCoverage),
      score: round(source.score),
    })),
  };
}

/** The `wiretrace.matches/1` document for `matches`. */
export function toMatchesJson(matches: readonly ArticleMatch[]): MatchesJson {
  return { schema: MATCHES_SCHEMA, articles: matches.map(toMatchJson) };
}

// One CSV writer for every export (quoting, formula defusing): lib/text/csv.ts.
export { csvCell } from '../text/csv';

/**
 * The CSV header line (with CRLF, as RFC 4180 writes lines). In the `excel-de` dialect it opens with a byte-order
 * mark, without which Excel reads UTF-8 as Windows-1252; the default stays plain for statistics software and pipes.
 */
export function matchesCsvHeader(dialect: CsvDialect = 'rfc4180'): string {
  return (dialect === 'rfc4180' ? '' : CSV_BOM) + csvLine(MATCHES_CSV_COLUMNS, dialect);
}

/** One article's CSV line: its best source's figures, empty when it has none. */
export function matchesCsvRow(match: ArticleMatch, dialect: CsvDialect = 'rfc4180'): string {
  const best = match.sources[0];
  return csvLine(
    [
      match.id,
      match.outlet,
      match.verdict,
      best?.wire,
      best === undefined ? undefined : round(best.reuseShare),
      best === undefined ? undefined : round(best.wireCoverage),
      match.sources.length,
    ],
    dialect,
  );
}

/** The whole CSV for `matches`. */
export function toMatchesCsv(matches: readonly ArticleMatch[], dialect: CsvDialect = 'rfc4180'): string {
  return matchesCsvHeader(dialect) + matches.map((match) => matchesCsvRow(match, dialect)).join('');
}
