import { describe, expect, it } from 'vitest';
import type { Verdict } from '../engine';
import type { MeterClass } from './labels';
import { otherWay, thresholdCheck } from './threshold-check';
import { toolAgreement, type JudgedArticle, type ToolVerdict } from './tool-agreement';

/** `count` articles the tool called `verdict` and the coders `consensus`. */
const cells = (verdict: Verdict, consensus: MeterClass, count: number): JudgedArticle[] =>
  Array.from({ length: count }, () => ({ verdict, consensus }));

// 40 coded articles: the tool mostly right, partial its weakest verdict.
const judged = [
  ...cells('derived', 'WD', 14),
  ...cells('derived', 'PD', 3),
  ...cells('derived', 'ND', 1),
  ...cells('partial', 'WD', 1),
  ...cells('partial', 'PD', 5),
  ...cells('partial', 'ND', 2),
  ...cells('independent', 'PD', 2),
  ...cells('independent', 'ND', 12),
];

describe('toolAgreement', () => {
  const figures = toolAgreement(judged);

  it('counts the confusion matrix of tool verdict by consensus class', () => {
    expect(figures.n).toBe(40);
    expect(figures.confusion).toEqual({
      derived: { WD: 14, PD: 3, ND: 1 },
      partial: { WD: 1, PD: 5, ND: 2 },
      independent: { WD: 0, PD: 2, ND: 12 },
    });
  });

  it('gives precision, recall and F1 for derived (WD or PD against ND) with Wilson intervals', () => {
    const { derived } = figures.classes;
    expect(derived).toMatchObject({ correct: 23, predicted: 26, support: 25 });
    expect(derived.precision).toBeCloseTo(0.8846, 4);
    expect(derived.recall).toBeCloseTo(0.92, 4);
    expect(derived.f1).toBeCloseTo(0.902, 4);
    expect(derived.ci.precision![0]).toBeCloseTo(0.7102, 4);
    expect(derived.ci.precision![1]).toBeCloseTo(0.96, 4);
    expect(derived.ci.recall![0]).toBeCloseTo(0.7503, 4);
    expect(derived.ci.recall![1]).toBeCloseTo(0.9778, 4);
  });

  it('gives the figures of each METER class against its verdict', () => {
    const row = (c: MeterClass) => {
      const f = figures.classes[c];
      return [
        f.correct,
        f.predicted,
        f.support,
        f.ci.precision!.map((v) => v.toFixed(4)),
        f.ci.recall!.map((v) => v.toFixed(4)),
      ];
    };
    expect(row('WD')).toEqual([14, 18, 15, ['0.5479', '0.9100'], ['0.7018', '0.9881']]);
    expect(row('PD')).toEqual([5, 8, 10, ['0.3057', '0.8632'], ['0.2366', '0.7634']]);
    expect(row('ND')).toEqual([12, 14, 15, ['0.6006', '0.9599'], ['0.5481', '0.9295']]);
    expect(figures.classes.PD.f1).toBeCloseTo(10 / 18, 10);
  });

  it('has no precision for a verdict the tool never gave, and no recall for a class nobody chose', () => {
    const onlyDerived = toolAgreement([...cells('derived', 'WD', 3), ...cells('derived', 'ND', 1)]);
    expect(onlyDerived.classes.PD).toMatchObject({ precision: null, recall: null, f1: null });
    expect(onlyDerived.classes.ND).toMatchObject({
      precision: null,
      recall: 0,
      f1: 0,
      ci: { precision: null },
    });
    expect(toolAgreement([]).classes.derived).toMatchObject({
      precision: null,
      recall: null,
      f1: null,
      support: 0,
    });
  });
});

describe('otherWay', () => {
  it('turns a borderline copy independent, and a borderline independent report into what its share says', () => {
    expect(otherWay('derived', 0.9)).toBe('independent');
    expect(otherWay('partial', 0.2)).toBe('independent');
    expect(otherWay('independent', 0.62)).toBe('derived');
    expect(otherWay('independent', 0.18)).toBe('partial');
  });
});

describe('thresholdCheck', () => {
  const tool = (article: string, verdict: Verdict, borderline: boolean, reuseShare = 0.3): ToolVerdict => ({
    article,
    verdict,
    reuseShare,
    borderline,
    ...(borderline ? { reason: 'Borderline: two runs of the wire’s wording in the wire’s order.' } : {}),
  });
  const rows = [
    { tool: tool('a', 'derived', false, 0.9), consensus: 'WD' as const },
    { tool: tool('b', 'partial', true), consensus: 'ND' as const },
    { tool: tool('c', 'independent', true, 0.1), consensus: 'PD' as const },
    { tool: tool('d', 'independent', true, 0.1), consensus: 'ND' as const },
    { tool: tool('e', 'independent', false, 0.05), consensus: 'ND' as const },
  ];
  const check = thresholdCheck(rows);

  it('lists each borderline verdict with its other way and the reading the consensus supports', () => {
    expect(check.borderline).toBe(3);
    expect(check.articles.map((a) => [a.article, a.verdict, a.otherWay, a.consensus, a.supports])).toEqual([
      ['b', 'partial', 'independent', 'ND', 'other-way'],
      ['c', 'independent', 'partial', 'PD', 'other-way'],
      ['d', 'independent', 'partial', 'ND', 'as-given'],
    ]);
    expect(check.supports).toEqual({ 'as-given': 1, 'other-way': 2 });
    expect(check.articles[0]!.reason).toMatch(/^Borderline: /);
  });

  it('recomputes the figures with every borderline verdict flipped', () => {
    const asGiven = toolAgreement(rows.map((r) => ({ verdict: r.tool.verdict, consensus: r.consensus })));
    expect(asGiven.classes.derived).toMatchObject({ correct: 1, predicted: 2, support: 2 });
    expect(check.otherWay.confusion).toEqual({
      derived: { WD: 1, PD: 0, ND: 0 },
      partial: { WD: 0, PD: 1, ND: 1 },
      independent: { WD: 0, PD: 0, ND: 2 },
    });
    expect(check.otherWay.classes.derived).toMatchObject({ correct: 2, predicted: 3, support: 2 });
  });
});
