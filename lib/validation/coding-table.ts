/**
 * The codings of a sample as one table: each coder's current label for each article, and from it the
 * reliability data α is computed on.
 * Method: a coder may change a label, so for one coder and article the last coding given wins (codings come in
 * the order they were made). Codings of articles outside the sample are left out (the API refuses them first).
 * "unsure" stays in the table but is a missing value for α. For the derived-or-not α, WD and PD are one value.
 * Known weakness: the order of codings is the only clock; a store that returns them in another order must sort
 * them by time first.
 */
import { isMeterClass, type Label, type MeterClass } from './labels';
import type { ReliabilityMatrix } from './krippendorff-alpha';

/** One label given by one coder to one article. */
export interface Coding {
  article: string;
  coder: string;
  label: Label;
  /** The coder's optional explanation. */
  note?: string;
}

/** The coding table: per article (in sample order), each coder's current label. */
export interface CodingTable {
  articles: readonly string[];
  /** Coders in name order. */
  coders: string[];
  labels: Map<string, Map<string, Label>>;
}

/** Builds the table of current labels for the sample's `articles`. */
export function codingTable(articles: readonly string[], codings: readonly Coding[]): CodingTable {
  const inSample = new Set(articles);
  const labels = new Map<string, Map<string, Label>>(articles.map((id) => [id, new Map()]));
  const coders = new Set<string>();
  for (const coding of codings) {
    if (!inSample.has(coding.article)) continue;
    labels.get(coding.article)!.set(coding.coder, coding.label);
    coders.add(coding.coder);
  }
  return { articles, coders: [...coders].sort(), labels };
}

/** How labels become α's values: the three METER classes, or derived (WD, PD) against not derived (ND). */
export type AlphaScheme = 'meter' | 'derived';

const DERIVED_OR_NOT: Record<MeterClass, string> = { WD: 'derived', PD: 'derived', ND: 'ND' };

/** The coders × articles matrix for α: null where a coder gave no label or "unsure". */
export function reliabilityMatrix(table: CodingTable, scheme: AlphaScheme = 'meter'): ReliabilityMatrix {
  return table.coders.map((coder) =>
    table.articles.map((article) => {
      const label = table.labels.get(article)!.get(coder);
      if (label === undefined || !isMeterClass(label)) return null;
      return scheme === 'meter' ? label : DERIVED_OR_NOT[label];
    }),
  );
}
