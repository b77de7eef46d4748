import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { codings, sample } from './fixtures/coded-sample';
import { buildValidationReport, type ValidationReport } from './report';
import schema from './validation.schema.json';

const validate = new Ajv2020({ allErrors: true }).compile(schema);
const expectValid = (report: ValidationReport) => {
  // Through JSON, as a client receives it: a NaN would turn into null and fail the schema.
  const json = JSON.parse(JSON.stringify(report));
  expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
};

describe('buildValidationReport', () => {
  const report = buildValidationReport({ sample, codings });

  it('is a valid wiretrace.validation/1 document naming the sample, its seed, strata and engine version', () => {
    expectValid(report);
    expect(report.schema).toBe('wiretrace.validation/1');
    expect(report.sample).toMatchObject({
      id: 'b3f1c2',
      seed: 20_241_028,
      size: 10,
      engineVersion: 'engine-2025.1',
    });
    expect(report.sample.strata.map((s) => s.drawn)).toEqual([4, 4, 2]);
  });

  it('gives α over the nine articles both coders classed, with its interval; unsure is missing', () => {
    // 18 values: WD 5, PD 5, ND 8; one disagreement (faz-kursk): α = 1 − 17·2 / (18² − 25 − 25 − 64) = 0.8381.
    expect(report.alpha).toMatchObject({
      value: 0.8381,
      scheme: 'meter',
      pairableValues: 18,
      pairableUnits: 9,
      observedAgreement: 0.8889,
    });
    const { ci } = report.alpha as { ci: [number, number] };
    expect(ci[0]).toBeLessThan(0.8381);
    expect(ci[1]).toBe(1);
    // On derived or not, the coders agree on all nine.
    expect(report.alphaDerived).toMatchObject({ value: 1, ci: [1, 1], scheme: 'derived' });
  });

  it('tallies each coder, and lists the two articles to adjudicate', () => {
    expect(report.coders).toEqual([
      { coder: 'anna', coded: 10, WD: 3, PD: 3, ND: 4, unsure: 0 },
      { coder: 'ben', coded: 10, WD: 3, PD: 2, ND: 4, unsure: 1 },
    ]);
    expect(report.consensus).toEqual({ agreed: 8, adjudicated: 0, disagreement: 2, pending: 0, uncoded: 0 });
    expect(report.disagreements.map((d) => [d.article, d.kind])).toEqual([
      ['faz-kursk', 'classes'],
      ['ntv-bahn', 'unsure'],
    ]);
  });

  it('sets the tool against the consensus of eight articles', () => {
    expect(report.tool.n).toBe(8);
    expect(report.tool.confusion).toEqual({
      derived: { WD: 2, PD: 0, ND: 0 },
      partial: { WD: 0, PD: 1, ND: 1 },
      independent: { WD: 0, PD: 1, ND: 3 },
    });
    expect(report.tool.classes.derived).toEqual({
      precision: 0.75,
      recall: 0.75,
      f1: 0.75,
      support: 4,
      predicted: 4,
      correct: 3,
      ci: { precision: [0.3006, 0.9544], recall: [0.3006, 0.9544] },
    });
  });

  it('checks the threshold: both borderline verdicts with a consensus were wrong, and flipping them helps', () => {
    const check = report.tool.thresholdCheck;
    expect(check.borderline).toBe(2);
    expect(check.supports).toEqual({ 'as-given': 0, 'other-way': 2 });
    expect(check.articles.map((a) => [a.article, a.otherWay])).toEqual([
      ['rnd-kursk', 'partial'],
      ['bild-bahn', 'independent'],
    ]);
    expect(check.otherWay.classes.derived).toMatchObject({ precision: 1, recall: 1, support: 4 });
  });

  it('is the same every time it is built from the same codings', () => {
    expect(buildValidationReport({ sample, codings })).toEqual(report);
  });

  it('changes the consensus and the figures when a disagreement is adjudicated', () => {
    const adjudicated = buildValidationReport({
      sample,
      codings,
      adjudications: [
        { article: 'faz-kursk', label: 'PD', note: 'The lede is the wire’s; the rest is its own.' },
      ],
    });
    expect(adjudicated.consensus).toMatchObject({ agreed: 8, adjudicated: 1, disagreement: 1 });
    expect(adjudicated.disagreements.map((d) => d.article)).toEqual(['ntv-bahn']);
    expect(adjudicated.tool.n).toBe(9);
    expect(adjudicated.tool.classes.derived).toMatchObject({ precision: 0.8, recall: 0.8, correct: 4 });
    expect(adjudicated.tool.thresholdCheck.supports).toEqual({ 'as-given': 1, 'other-way': 2 });
    // α is about the coders, not the adjudicator: it does not change.
    expect(adjudicated.alpha).toEqual(report.alpha);
  });

  it('gives α as null with the reason, still a valid document, with one coder or none', () => {
    const one = buildValidationReport({
      sample,
      codings: codings.filter((c) => c.coder === 'anna'),
      minCoders: 1,
    });
    expectValid(one);
    expect(one.alpha).toEqual({
      value: null,
      scheme: 'meter',
      code: 'too-few-coders',
      reason: 'Only one coder has labelled articles: α compares two coders or more.',
    });
    expect(one.tool.n).toBe(10);
    const none = buildValidationReport({ sample, codings: [] });
    expectValid(none);
    expect(none.alpha).toMatchObject({ value: null, code: 'too-few-coders' });
    expect(none.tool.classes.derived).toMatchObject({
      precision: null,
      recall: null,
      f1: null,
      ci: { precision: null },
    });
  });

  it('gives α as null when every label is one class', () => {
    const same = buildValidationReport({
      sample,
      codings: codings.map((c) => ({ ...c, label: 'ND' as const })),
    });
    expectValid(same);
    expect(same.alpha).toMatchObject({ value: null, code: 'no-variation' });
  });
});

describe('validation.schema.json', () => {
  const report = JSON.parse(JSON.stringify(buildValidationReport({ sample, codings })));
  it('refuses an α without value or reason (what NaN becomes in JSON) and a share over 1', () => {
    expect(validate({ ...report, alpha: { value: null } })).toBe(false);
    const over = structuredClone(report);
    over.tool.classes.derived.precision = 1.2;
    expect(validate(over)).toBe(false);
    const badLabel = structuredClone(report);
    badLabel.disagreements[0].labels[0].label = 'maybe';
    expect(validate(badLabel)).toBe(false);
  });
});
