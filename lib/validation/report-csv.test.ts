import { describe, expect, it } from 'vitest';
import { codings, sample } from './fixtures/coded-sample';
import { buildValidationReport } from './report';
import { validationReportCsv } from './report-csv';

describe('validationReportCsv', () => {
  const csv = validationReportCsv(buildValidationReport({ sample, codings }));
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');

  it('starts with the header and α for both schemes', () => {
    expect(lines[0]).toBe('figure,variant,class,value,ci_low,ci_high,n,note');
    expect(lines[1]).toMatch(/^alpha,meter,,0\.8381,0\.\d+,1,9,$/);
    expect(lines[2]).toBe('alpha,derived,,1,1,1,9,');
  });

  it('gives precision, recall and F1 with their intervals and counts, as given and with borderline flipped', () => {
    expect(lines.slice(3, 6)).toEqual([
      'precision,as-given,derived,0.75,0.3006,0.9544,4,',
      'recall,as-given,derived,0.75,0.3006,0.9544,4,',
      'f1,as-given,derived,0.75,,,8,',
    ]);
    expect(lines).toContain('precision,borderline-flipped,derived,1,0.5101,1,4,');
    expect(lines).toContain('confusion,as-given,independent→PD,1,,,8,');
  });

  it('writes an undefined α as an empty value with its reason', () => {
    const one = validationReportCsv(buildValidationReport({ sample, codings: codings.slice(0, 1) }));
    expect(one).toContain(
      'alpha,meter,,,,,,Only one coder has labelled articles: α compares two coders or more.',
    );
  });
});
