/**
 * Draws the articles to code: a seeded, stratified random sample of the traced articles, or an explicit list.
 * Method: the population is sorted by id first, so the order a database returns rows in does not matter. Strata
 * are the cross of the chosen dimensions — the tool's verdict and optionally the outlet or the period (month or
 * year of publication; undated articles form their own stratum). The sample size is shared out in proportion to
 * each stratum's size by the largest-remainder method (ties to the stratum named first), so the sample is
 * self-weighting: its counts estimate the corpus's without weights, and precision and recall computed on it are
 * the corpus's. Each stratum is drawn without replacement from its own random stream (`stratum:<key>`), so one
 * stratum's draw stays the same when another gains articles. The drawn articles are then put in one random order
 * (stream `order`): coders meet them unsorted, and cannot tell a stratum from the position.
 * Known weaknesses: proportional allocation gives a rare verdict few articles (a class of 3 % gets 3 of 100), so
 * its figures come with wide intervals — draw a larger sample rather than oversample, since the report applies
 * no weights; a stratum smaller than one article's share of the sample may get none, which the messages say.
 */
import type { Verdict } from '../engine';
import { VERDICTS } from './labels';
import { createRandom, drawWithoutReplacement, isSeed, MAX_SEED, shuffled } from './random';

/** A traced article as the sample needs it. */
export interface TracedArticle {
  id: string;
  verdict: Verdict;
  outlet: string | null;
  /** ISO 8601 date or date-time as imported; null when undated. */
  published: string | null;
}

/** What a stratum can be made of; `verdict` is the tool's verdict. */
export type StratumDimension = 'verdict' | 'outlet' | 'period';

/** How long a period stratum is. */
export type PeriodLength = 'month' | 'year';

/** How to draw: a stratified random sample of `size`, or exactly the listed articles (in a random order). */
export type SampleDesign =
  | { kind: 'stratified'; size: number; by: StratumDimension[]; period?: PeriodLength }
  | { kind: 'explicit'; ids: string[] };

/** One stratum: its key ("partial / taz / 2019-03"), its values, and how many articles it has and gave. */
export interface Stratum {
  key: string;
  values: Partial<Record<StratumDimension, string>>;
  population: number;
  drawn: number;
}

/** A drawn article (with whatever else the caller passed along, such as the tool's figures) and its stratum. */
export type SampledArticle<T extends TracedArticle = TracedArticle> = T & { stratum: string };

/** A drawn sample; `messages` say where it is smaller than asked, or a stratum is empty. */
export interface DrawnSample<T extends TracedArticle = TracedArticle> {
  seed: number;
  design: SampleDesign;
  /** In the order coders will meet them. */
  articles: SampledArticle<T>[];
  strata: Stratum[];
  messages: string[];
}

/** The sample, or why it cannot be drawn at all. */
export type SampleResult<T extends TracedArticle = TracedArticle> =
  { ok: true; sample: DrawnSample<T> } | { ok: false; error: string };

const DIMENSIONS: readonly StratumDimension[] = ['verdict', 'outlet', 'period'];
const NO_OUTLET = '(no outlet)';
const UNDATED = 'undated';

function periodOf(published: string | null, length: PeriodLength): string {
  const match = published === null ? null : /^(\d{4})-(\d{2})/.exec(published);
  if (!match) return UNDATED;
  return length === 'year' ? match[1]! : `${match[1]}-${match[2]}`;
}

function valuesOf(article: TracedArticle, by: readonly StratumDimension[], period: PeriodLength) {
  const valueOf: Record<StratumDimension, () => string> = {
    verdict: () => article.verdict,
    outlet: () => article.outlet ?? NO_OUTLET,
    period: () => periodOf(article.published, period),
  };
  return Object.fromEntries(by.map((dimension) => [dimension, valueOf[dimension]()])) as Stratum['values'];
}

const keyOf = (values: Partial<Record<StratumDimension, string>>) =>
  DIMENSIONS.flatMap((d) => (values[d] === undefined ? [] : [values[d]])).join(' / ') || 'all';

/** Sizes per stratum in proportion to `sizes`, summing to `total` (largest remainder; ties to the earlier). */
export function allocate(sizes: readonly number[], total: number): number[] {
  const population = sizes.reduce((sum, size) => sum + size, 0);
  if (population === 0) return sizes.map(() => 0);
  const quotas = sizes.map((size) => (size * total) / population);
  const shares = quotas.map(Math.floor);
  let left = total - shares.reduce((sum, share) => sum + share, 0);
  const byRemainder = quotas
    .map((quota, i) => ({ i, remainder: quota - shares[i]! }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left === 0) break;
    shares[i]! += 1;
    left -= 1;
  }
  return shares;
}

function designProblem(design: SampleDesign, seed: number): string | null {
  if (!isSeed(seed)) return `The seed must be a whole number from 0 to ${MAX_SEED}.`;
  if (design.kind === 'explicit')
    return design.ids.length === 0 ? 'The list of article ids is empty: name at least one article.' : null;
  if (!Number.isInteger(design.size) || design.size < 1)
    return `The sample size must be a whole number of 1 or more; got ${design.size}.`;
  const unknown = design.by.filter((d) => !DIMENSIONS.includes(d));
  if (unknown.length > 0) return `Strata can be by verdict, outlet or period, not "${unknown.join('", "')}".`;
  if (new Set(design.by).size !== design.by.length) return 'Each stratum dimension may be named once.';
  return null;
}

/** Code-unit order: the same on every machine, unlike a locale's collation. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function drawExplicit<T extends TracedArticle>(population: readonly T[], ids: readonly string[]) {
  const byId = new Map(population.map((article) => [article.id, article]));
  const unique = [...new Set(ids)];
  const unknown = unique.filter((id) => !byId.has(id));
  const messages: string[] = [];
  if (unique.length < ids.length)
    messages.push(`${ids.length - unique.length} repeated ids were taken once.`);
  if (unknown.length > 0)
    messages.push(
      `${unknown.length} of the ${unique.length} ids are no traced article and were left out: ${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ', …' : ''}.`,
    );
  // Sorted, so that the random order depends on the seed and the set of ids, not on how the list was written.
  const chosen = unique
    .filter((id) => byId.has(id))
    .sort(byCodeUnits)
    .map((id) => ({ ...byId.get(id)!, stratum: 'listed' }));
  return {
    chosen,
    messages,
    strata: [{ key: 'listed', values: {}, population: chosen.length, drawn: chosen.length }],
  };
}

function drawStratified<T extends TracedArticle>(
  population: readonly T[],
  design: Extract<SampleDesign, { kind: 'stratified' }>,
  seed: number,
) {
  const period = design.period ?? 'month';
  const groups = new Map<string, { values: Stratum['values']; members: T[] }>();
  for (const article of [...population].sort((a, b) => byCodeUnits(a.id, b.id))) {
    const values = valuesOf(article, design.by, period);
    const key = keyOf(values);
    const group = groups.get(key) ?? { values, members: [] };
    group.members.push(article);
    groups.set(key, group);
  }
  const keys = [...groups.keys()].sort(byCodeUnits);
  const size = Math.min(design.size, population.length);
  const shares = allocate(
    keys.map((key) => groups.get(key)!.members.length),
    size,
  );
  const messages: string[] = [];
  if (design.size > population.length)
    messages.push(
      `Asked for ${design.size} articles, but the corpus has ${population.length} traced articles: the sample holds all ${population.length}.`,
    );
  if (design.by.includes('verdict'))
    for (const verdict of VERDICTS)
      if (!population.some((article) => article.verdict === verdict))
        messages.push(`No article has the verdict "${verdict}": the sample has none.`);
  const strata: Stratum[] = keys.map((key, i) => ({
    key,
    values: groups.get(key)!.values,
    population: groups.get(key)!.members.length,
    drawn: shares[i]!,
  }));
  const missed = strata.filter((stratum) => stratum.drawn === 0);
  if (missed.length > 0 && design.size < population.length)
    messages.push(
      `${missed.length} of ${strata.length} strata are too small for one article at this sample size and gave none: ` +
        `${missed
          .slice(0, 5)
          .map((s) => `${s.key} (${s.population})`)
          .join(', ')}${missed.length > 5 ? ', …' : ''}.`,
    );
  const chosen = keys.flatMap((key, i) =>
    drawWithoutReplacement(groups.get(key)!.members, shares[i]!, createRandom(seed, `stratum:${key}`)).map(
      (article) => ({ ...article, stratum: key }),
    ),
  );
  return { chosen, messages, strata };
}

/**
 * Draws a sample from `population` (the traced articles) by `design`, reproducible for `seed`. A sample larger
 * than the population, or an empty verdict, gives the largest possible sample and a message saying so.
 */
export function drawSample<T extends TracedArticle>(
  population: readonly T[],
  design: SampleDesign,
  seed: number,
): SampleResult<T> {
  const problem = designProblem(design, seed);
  if (problem) return { ok: false, error: problem };
  if (population.length === 0)
    return { ok: false, error: 'The corpus has no traced articles to sample yet.' };
  const { chosen, messages, strata } =
    design.kind === 'explicit'
      ? drawExplicit(population, design.ids)
      : drawStratified(population, design, seed);
  if (chosen.length === 0) return { ok: false, error: messages.join(' ') };
  return {
    ok: true,
    sample: { seed, design, articles: shuffled(chosen, createRandom(seed, 'order')), strata, messages },
  };
}
