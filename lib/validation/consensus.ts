/**
 * The consensus label of each coded article, each coder's tally, and the articles left to adjudicate.
 * Method: an adjudicated label wins over the coders' labels (an adjudicated "unsure" is a decision that the
 * article cannot be classed: it has no consensus and leaves the tool's figures). Without one, an article has a
 * consensus when at least `minCoders` coders labelled it and all gave the same class. Two different classes, or
 * an "unsure" among enough labels, make it a disagreement to adjudicate; fewer labels than `minCoders` (coding
 * is under way) leave it pending.
 * Known weakness: unanimity, not a majority — with three or more coders one dissent already sends an article to
 * adjudication, which is the cautious reading for a gold standard but more work.
 */
import { VALIDATION_CONFIG } from './config';
import { codingTable, type Coding, type CodingTable } from './coding-table';
import { isMeterClass, LABELS, type Label, type MeterClass } from './labels';

/** An adjudicator's decision for one article. */
export interface Adjudication {
  article: string;
  label: Label;
  note?: string;
}

/** Where an article stands. */
export type ConsensusStatus = 'agreed' | 'adjudicated' | 'disagreement' | 'pending' | 'uncoded';

/** A coder's label, for listing. */
export interface CoderLabel {
  coder: string;
  label: Label;
}

/** One article's labels and consensus. */
export interface ArticleConsensus {
  article: string;
  /** The coders' current labels, by coder name. */
  labels: CoderLabel[];
  status: ConsensusStatus;
  /** The consensus class; null without one. */
  consensus: MeterClass | null;
}

/** What one coder has done. */
export type CoderCounts = { coder: string; coded: number } & Record<Label, number>;

/** An article to adjudicate and why. */
export interface Disagreement {
  article: string;
  labels: CoderLabel[];
  /** `classes` when coders gave different classes, `unsure` when they agree except for an "unsure". */
  kind: 'classes' | 'unsure';
}

/** Consensus over a sample. */
export interface Consensus {
  articles: ArticleConsensus[];
  coders: CoderCounts[];
  disagreements: Disagreement[];
  /** Articles per status. */
  counts: Record<ConsensusStatus, number>;
  table: CodingTable;
}

function statusOf(
  labels: readonly CoderLabel[],
  minCoders: number,
): { status: ConsensusStatus; consensus: MeterClass | null } {
  if (labels.length === 0) return { status: 'uncoded', consensus: null };
  const classes = new Set(labels.map((l) => l.label).filter(isMeterClass));
  if (classes.size > 1) return { status: 'disagreement', consensus: null };
  if (labels.length < minCoders) return { status: 'pending', consensus: null };
  if (classes.size === 0 || labels.some((l) => l.label === 'unsure'))
    return { status: 'disagreement', consensus: null };
  return { status: 'agreed', consensus: [...classes][0]! };
}

/**
 * The consensus of the sample's `articles` from the coders' `codings` (in the order given: a later one replaces
 * an earlier label of the same coder) and the `adjudications` (the last per article wins).
 */
export function findConsensus(
  articles: readonly string[],
  codings: readonly Coding[],
  adjudications: readonly Adjudication[] = [],
  minCoders: number = VALIDATION_CONFIG.consensus.minCoders,
): Consensus {
  const table = codingTable(articles, codings);
  const adjudicated = new Map(adjudications.map((a) => [a.article, a.label]));
  const counts: Record<ConsensusStatus, number> = {
    agreed: 0,
    adjudicated: 0,
    disagreement: 0,
    pending: 0,
    uncoded: 0,
  };
  const disagreements: Disagreement[] = [];
  const perArticle = articles.map((article): ArticleConsensus => {
    const given = table.labels.get(article)!;
    const labels = table.coders.flatMap((coder) => {
      const label = given.get(coder);
      return label === undefined ? [] : [{ coder, label }];
    });
    const decision = adjudicated.get(article);
    const { status, consensus } =
      decision === undefined
        ? statusOf(labels, minCoders)
        : { status: 'adjudicated' as const, consensus: isMeterClass(decision) ? decision : null };
    counts[status] += 1;
    if (status === 'disagreement') {
      const classes = new Set(labels.map((l) => l.label).filter(isMeterClass));
      disagreements.push({ article, labels, kind: classes.size > 1 ? 'classes' : 'unsure' });
    }
    return { article, labels, status, consensus };
  });
  const coders = table.coders.map((coder): CoderCounts => {
    const tally = {
      coder,
      coded: 0,
      ...Object.fromEntries(LABELS.map((label) => [label, 0])),
    } as CoderCounts;
    for (const labels of table.labels.values()) {
      const label = labels.get(coder);
      if (label === undefined) continue;
      tally.coded += 1;
      tally[label] += 1;
    }
    return tally;
  });
  return { articles: perArticle, coders, disagreements, counts, table };
}
