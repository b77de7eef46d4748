import { describe, expect, it } from 'vitest';
import { codingTable, reliabilityMatrix, type Coding } from './coding-table';
import { findConsensus } from './consensus';

const articles = ['spiegel-sturm', 'taz-sturm', 'zeit-kursk', 'faz-kursk', 'rnd-bahn', 'bild-bahn'];
const codings: Coding[] = [
  { article: 'spiegel-sturm', coder: 'anna', label: 'WD' },
  { article: 'spiegel-sturm', coder: 'ben', label: 'WD' },
  { article: 'taz-sturm', coder: 'anna', label: 'PD' },
  { article: 'taz-sturm', coder: 'ben', label: 'ND' },
  { article: 'zeit-kursk', coder: 'anna', label: 'ND' },
  { article: 'zeit-kursk', coder: 'ben', label: 'unsure' },
  { article: 'faz-kursk', coder: 'ben', label: 'PD' },
  // Anna first says WD, then changes her mind: her later label counts.
  { article: 'rnd-bahn', coder: 'anna', label: 'WD' },
  { article: 'rnd-bahn', coder: 'ben', label: 'PD' },
  { article: 'rnd-bahn', coder: 'anna', label: 'PD' },
  // Outside the sample: left out.
  { article: 'welt-other', coder: 'carla', label: 'WD' },
];

describe('findConsensus', () => {
  const result = findConsensus(articles, codings);

  it('agrees where two coders gave the same class, and uses a coder’s latest label', () => {
    expect(result.articles.map((a) => [a.article, a.status, a.consensus])).toEqual([
      ['spiegel-sturm', 'agreed', 'WD'],
      ['taz-sturm', 'disagreement', null],
      ['zeit-kursk', 'disagreement', null],
      ['faz-kursk', 'pending', null],
      ['rnd-bahn', 'agreed', 'PD'],
      ['bild-bahn', 'uncoded', null],
    ]);
    expect(result.counts).toEqual({ agreed: 2, adjudicated: 0, disagreement: 2, pending: 1, uncoded: 1 });
  });

  it('lists the disagreements to adjudicate with every coder’s label', () => {
    expect(result.disagreements).toEqual([
      {
        article: 'taz-sturm',
        kind: 'classes',
        labels: [
          { coder: 'anna', label: 'PD' },
          { coder: 'ben', label: 'ND' },
        ],
      },
      {
        article: 'zeit-kursk',
        kind: 'unsure',
        labels: [
          { coder: 'anna', label: 'ND' },
          { coder: 'ben', label: 'unsure' },
        ],
      },
    ]);
  });

  it('counts per coder what they labelled, unsure included, ignoring articles outside the sample', () => {
    expect(result.coders).toEqual([
      { coder: 'anna', coded: 4, WD: 1, PD: 2, ND: 1, unsure: 0 },
      { coder: 'ben', coded: 5, WD: 1, PD: 2, ND: 1, unsure: 1 },
    ]);
  });

  it('lets an adjudicated label win, and an adjudicated unsure leave the article without consensus', () => {
    const adjudicated = findConsensus(articles, codings, [
      { article: 'taz-sturm', label: 'PD', note: 'Lede and two paragraphs from the wire.' },
      { article: 'zeit-kursk', label: 'unsure' },
      { article: 'spiegel-sturm', label: 'PD' },
    ]);
    expect(adjudicated.articles.slice(0, 3).map((a) => [a.status, a.consensus])).toEqual([
      ['adjudicated', 'PD'],
      ['adjudicated', 'PD'],
      ['adjudicated', null],
    ]);
    expect(adjudicated.disagreements).toEqual([]);
  });

  it('with one coder asked for, takes that coder’s class but still sends an unsure to adjudication', () => {
    const single = findConsensus(
      articles,
      codings.filter((c) => c.coder === 'ben'),
      [],
      1,
    );
    expect(single.articles.map((a) => a.consensus)).toEqual(['WD', 'ND', null, 'PD', 'PD', null]);
    expect(single.disagreements.map((d) => d.article)).toEqual(['zeit-kursk']);
  });

  it('sends a three-coder article with one dissent to adjudication', () => {
    const three = findConsensus(
      ['x'],
      [
        { article: 'x', coder: 'a', label: 'WD' },
        { article: 'x', coder: 'b', label: 'WD' },
        { article: 'x', coder: 'c', label: 'PD' },
      ],
    );
    expect(three.articles[0]!.status).toBe('disagreement');
  });
});

describe('reliabilityMatrix', () => {
  const table = codingTable(articles, codings);
  it('has one row per coder and one column per article, unsure and uncoded as missing', () => {
    expect(reliabilityMatrix(table)).toEqual([
      ['WD', 'PD', 'ND', null, 'PD', null],
      ['WD', 'ND', null, 'PD', 'PD', null],
    ]);
  });
  it('joins WD and PD for the derived-or-not scheme', () => {
    expect(reliabilityMatrix(table, 'derived')).toEqual([
      ['derived', 'derived', 'ND', null, 'derived', null],
      ['derived', 'ND', null, 'derived', 'derived', null],
    ]);
  });
});
