import { describe, expect, it } from 'vitest';
import type { Verdict } from '../engine';
import { allocate, drawSample, type DrawnSample, type SampleDesign, type TracedArticle } from './draw-sample';

const OUTLETS = ['Spiegel', 'taz', 'Zeit Online'];
/** 60 traced articles of three outlets over 2018–2019: 30 derived, 10 partial, 20 independent, two undated. */
const corpus: TracedArticle[] = Array.from({ length: 60 }, (_, i) => ({
  id: `a${String(i + 1).padStart(3, '0')}`,
  verdict: (i < 30 ? 'derived' : i < 40 ? 'partial' : 'independent') as Verdict,
  outlet: OUTLETS[i % 3]!,
  published: i >= 58 ? null : `${2018 + (i % 2)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
}));

function draw<T extends TracedArticle>(...args: [readonly T[], SampleDesign, number]): DrawnSample<T> {
  const result = drawSample(...args);
  if (!result.ok) throw new Error(result.error);
  return result.sample;
}
const count = (sample: DrawnSample, verdict: Verdict) =>
  sample.articles.filter((a) => a.verdict === verdict).length;

describe('allocate', () => {
  it('shares a total in proportion by the largest remainder', () => {
    expect(allocate([30, 10, 20], 12)).toEqual([6, 2, 4]);
    expect(allocate([5, 3, 2], 4)).toEqual([2, 1, 1]);
    expect(allocate([1, 1, 1], 2)).toEqual([1, 1, 0]);
    expect(allocate([0, 0], 3)).toEqual([0, 0]);
  });
});

describe('drawSample stratified by verdict', () => {
  const sample = draw(corpus, { kind: 'stratified', size: 12, by: ['verdict'] }, 20_241_028);

  it('takes each verdict in proportion to the corpus', () => {
    expect([count(sample, 'derived'), count(sample, 'partial'), count(sample, 'independent')]).toEqual([
      6, 2, 4,
    ]);
    expect(sample.strata).toEqual([
      { key: 'derived', values: { verdict: 'derived' }, population: 30, drawn: 6 },
      { key: 'independent', values: { verdict: 'independent' }, population: 20, drawn: 4 },
      { key: 'partial', values: { verdict: 'partial' }, population: 10, drawn: 2 },
    ]);
    expect(new Set(sample.articles.map((a) => a.id)).size).toBe(12);
    expect(sample.messages).toEqual([]);
  });

  it('draws the same articles for the same seed, whatever order the corpus comes in', () => {
    const again = draw([...corpus].reverse(), { kind: 'stratified', size: 12, by: ['verdict'] }, 20_241_028);
    expect(again.articles.map((a) => a.id)).toEqual(sample.articles.map((a) => a.id));
    const other = draw(corpus, { kind: 'stratified', size: 12, by: ['verdict'] }, 7);
    expect(other.articles.map((a) => a.id).sort()).not.toEqual(sample.articles.map((a) => a.id).sort());
  });

  it('keeps a stratum’s draw when another stratum gains an article', () => {
    const grown = [
      ...corpus,
      { id: 'a999', verdict: 'independent' as const, outlet: 'taz', published: null },
    ];
    const after = draw(grown, { kind: 'stratified', size: 12, by: ['verdict'] }, 20_241_028);
    const derived = (s: DrawnSample) =>
      s.articles
        .filter((a) => a.verdict === 'derived')
        .map((a) => a.id)
        .sort();
    expect(derived(after)).toEqual(derived(sample));
  });

  it('puts the articles in a random order, not grouped by verdict (coders must not infer the stratum)', () => {
    const verdicts = sample.articles.map((a) => a.verdict);
    const grouped = [...verdicts].sort();
    expect(verdicts).not.toEqual(grouped);
    expect(verdicts).not.toEqual([...grouped].reverse());
  });

  it('gives every article of a stratum the same chance', () => {
    const hits = new Map<string, number>();
    for (let seed = 0; seed < 1500; seed += 1)
      for (const article of draw(corpus, { kind: 'stratified', size: 12, by: ['verdict'] }, seed).articles)
        if (article.verdict === 'partial') hits.set(article.id, (hits.get(article.id) ?? 0) + 1);
    // 2 of 10 partial articles per draw: each is drawn 300 times in 1,500 draws, give or take 3 × 15.5.
    expect(hits.size).toBe(10);
    for (const n of hits.values()) expect(Math.abs(n - 300)).toBeLessThan(50);
  });
});

describe('drawSample by verdict and outlet or period', () => {
  it('crosses verdict and outlet', () => {
    const sample = draw(corpus, { kind: 'stratified', size: 30, by: ['verdict', 'outlet'] }, 1);
    expect(sample.strata).toHaveLength(9);
    expect(sample.strata.find((s) => s.key === 'partial / Spiegel')).toMatchObject({
      population: 4,
      drawn: 2,
    });
    expect(sample.strata.reduce((sum, s) => sum + s.drawn, 0)).toBe(30);
    expect(sample.articles.find((a) => a.stratum === 'partial / Spiegel')!.outlet).toBe('Spiegel');
  });

  it('crosses verdict and year, with the undated articles as their own stratum', () => {
    const sample = draw(
      corpus,
      { kind: 'stratified', size: 60, by: ['verdict', 'period'], period: 'year' },
      1,
    );
    expect(sample.strata.map((s) => [s.key, s.population])).toEqual([
      ['derived / 2018', 15],
      ['derived / 2019', 15],
      ['independent / 2018', 9],
      ['independent / 2019', 9],
      ['independent / undated', 2],
      ['partial / 2018', 5],
      ['partial / 2019', 5],
    ]);
  });

  it('says which strata are too small to give an article at this size', () => {
    const sample = draw(
      corpus,
      { kind: 'stratified', size: 5, by: ['verdict', 'period'], period: 'year' },
      1,
    );
    expect(sample.articles).toHaveLength(5);
    expect(sample.messages).toEqual([
      '2 of 7 strata are too small for one article at this sample size and gave none: ' +
        'independent / undated (2), partial / 2019 (5).',
    ]);
  });
});

describe('drawSample when it cannot give what was asked', () => {
  it('gives the whole corpus, with a message, when asked for more articles than it has', () => {
    const sample = draw(corpus, { kind: 'stratified', size: 100, by: ['verdict'] }, 3);
    expect(sample.articles).toHaveLength(60);
    expect(sample.messages).toEqual([
      'Asked for 100 articles, but the corpus has 60 traced articles: the sample holds all 60.',
    ]);
  });

  it('says so when a verdict has no article', () => {
    const noPartial = corpus.filter((a) => a.verdict !== 'partial');
    const sample = draw(noPartial, { kind: 'stratified', size: 10, by: ['verdict'] }, 3);
    expect(sample.articles).toHaveLength(10);
    expect(sample.messages).toEqual(['No article has the verdict "partial": the sample has none.']);
  });

  it('refuses a size, seed or stratum it cannot use, and an empty corpus', () => {
    const refusal = (...args: Parameters<typeof drawSample>) => {
      const result = drawSample(...args);
      return result.ok ? 'drawn' : result.error;
    };
    const by: ['verdict'] = ['verdict'];
    expect(refusal(corpus, { kind: 'stratified', size: 0, by }, 1)).toBe(
      'The sample size must be a whole number of 1 or more; got 0.',
    );
    expect(refusal(corpus, { kind: 'stratified', size: 2.5, by }, 1)).toMatch(
      /whole number of 1 or more; got 2.5/,
    );
    expect(refusal(corpus, { kind: 'stratified', size: 5, by }, -4)).toBe(
      'The seed must be a whole number from 0 to 4294967295.',
    );
    expect(refusal(corpus, { kind: 'stratified', size: 5, by: ['agency' as 'verdict'] }, 1)).toBe(
      'Strata can be by verdict, outlet or period, not "agency".',
    );
    expect(refusal([], { kind: 'stratified', size: 5, by }, 1)).toBe(
      'The corpus has no traced articles to sample yet.',
    );
  });
});

describe('drawSample keeps what the caller passes along', () => {
  it('returns each article with its own fields, such as the tool’s figures, and its stratum', () => {
    const withFigures = corpus.map((a, i) => ({ ...a, reuseShare: i / 100, borderline: i % 7 === 0 }));
    const sample = draw(withFigures, { kind: 'stratified', size: 4, by: ['verdict'] }, 5);
    for (const article of sample.articles) {
      const original = withFigures.find((a) => a.id === article.id)!;
      expect(article).toEqual({ ...original, stratum: original.verdict });
    }
  });
});

describe('drawSample from a list of ids', () => {
  it('takes the listed articles once each, reports unknown ones, and orders them by the seed alone', () => {
    const sample = draw(corpus, { kind: 'explicit', ids: ['a003', 'a041', 'a003', 'x-1', 'a059'] }, 9);
    expect(sample.articles.map((a) => a.id).sort()).toEqual(['a003', 'a041', 'a059']);
    expect(sample.messages).toEqual([
      '1 repeated ids were taken once.',
      '1 of the 4 ids are no traced article and were left out: x-1.',
    ]);
    const reordered = draw(corpus, { kind: 'explicit', ids: ['a059', 'a041', 'a003'] }, 9);
    expect(reordered.articles.map((a) => a.id)).toEqual(sample.articles.map((a) => a.id));
  });

  it('refuses an empty list and a list of unknown ids', () => {
    expect(drawSample(corpus, { kind: 'explicit', ids: [] }, 1)).toEqual({
      ok: false,
      error: 'The list of article ids is empty: name at least one article.',
    });
    expect(drawSample(corpus, { kind: 'explicit', ids: ['nope'] }, 1)).toEqual({
      ok: false,
      error: '1 of the 1 ids are no traced article and were left out: nope.',
    });
  });
});
