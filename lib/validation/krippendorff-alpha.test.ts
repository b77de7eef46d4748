import { describe, expect, it } from 'vitest';
import { nominalAlpha, type AlphaResult } from './krippendorff-alpha';

const value = (result: AlphaResult) => (result.value === null ? result.reason : result.value);
/** A row of reliability data as the papers print it: one character per unit, "." for a missing value. */
const row = (text: string) => [...text.replace(/ /g, '')].map((c) => (c === '.' ? null : c));

// Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section A: binary data, two observers.
describe('Krippendorff (2011), binary data, two coders, no missing values', () => {
  it('gives α = 0.095', () => {
    const alpha = nominalAlpha([row('0100000010'), row('1110010000')]);
    expect(value(alpha)).toBeCloseTo(0.095, 3);
    expect(alpha).toMatchObject({ pairableValues: 20, pairableUnits: 10, coders: 2, observedAgreement: 0.6 });
  });
});

// Section B: nominal data, two observers, no missing values (values a–e).
describe('Krippendorff (2011), nominal data, two coders', () => {
  it('gives α = 0.692', () => {
    expect(value(nominalAlpha([row('aabbdcccedda'), row('babbbccceddd')]))).toBeCloseTo(0.692, 3);
  });
});

// Section C: nominal data, four observers, twelve units, missing values (the example of its Figure).
describe('Krippendorff (2011), nominal data, four coders, missing values', () => {
  const data = [
    row('1 2 3 3 2 1 4 1 2 . . .'),
    row('1 2 3 3 2 2 4 1 2 5 . 3'),
    row('. 3 3 3 2 3 4 2 2 5 1 .'),
    row('1 2 3 3 2 4 4 1 2 5 1 .'),
  ];
  it('gives α = 0.743 over the 40 pairable values of 11 units (unit 12 has one value)', () => {
    const alpha = nominalAlpha(data);
    expect(value(alpha)).toBeCloseTo(0.743, 3);
    expect(alpha).toMatchObject({ pairableValues: 40, pairableUnits: 11, coders: 4 });
  });
  it('does not depend on the order of coders or units', () => {
    const reversed = [...data].reverse().map((r) => [...r].reverse());
    expect(value(nominalAlpha(reversed))).toBeCloseTo(0.743, 3);
  });
});

// Three coders with missing values: the computational example of the Wikipedia article on α (after
// Krippendorff 2011), which gives α_nominal = 0.691.
describe('three coders with missing values', () => {
  it('gives α = 0.691', () => {
    const data = [
      row('. . . . . 3 4 1 2 1 1 3 3 . 3'),
      row('1 . 2 1 3 3 4 3 . . . . . . .'),
      row('. . 2 1 3 4 4 . 2 1 1 3 3 . 4'),
    ];
    expect(value(nominalAlpha(data))).toBeCloseTo(0.691, 3);
  });
});

describe('METER labels', () => {
  it('is 1 when two coders agree on every article and the classes vary', () => {
    expect(
      value(
        nominalAlpha([
          ['WD', 'PD', 'ND', 'WD'],
          ['WD', 'PD', 'ND', 'WD'],
        ]),
      ),
    ).toBe(1);
  });
  it('is below 0 when the coders disagree systematically', () => {
    const alpha = nominalAlpha([
      ['WD', 'ND', 'WD', 'ND'],
      ['ND', 'WD', 'ND', 'WD'],
    ]);
    expect(alpha.value).toBeLessThan(0);
  });
});

describe('when α is undefined it is null with the reason, never NaN', () => {
  it('with one coder', () => {
    expect(nominalAlpha([['WD', 'ND', 'PD']])).toEqual({
      value: null,
      code: 'too-few-coders',
      reason: 'Only one coder has labelled articles: α compares two coders or more.',
    });
    expect(nominalAlpha([])).toMatchObject({ value: null, code: 'too-few-coders' });
  });
  it('with two coders who never labelled the same article', () => {
    expect(
      nominalAlpha([
        ['WD', null, 'ND'],
        [null, 'PD', null],
      ]),
    ).toMatchObject({ value: null, code: 'no-pairable-values' });
  });
  it('when every label is the same class', () => {
    const alpha = nominalAlpha([
      ['WD', 'WD', 'WD'],
      ['WD', 'WD', null],
    ]);
    expect(alpha).toEqual({
      value: null,
      code: 'no-variation',
      reason:
        'Every one of the 4 labels compared is WD: without variation α is undefined ' +
        '(the coders agree, but the data cannot show that they tell the classes apart).',
    });
  });
});
