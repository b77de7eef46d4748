import { describe, expect, it } from 'vitest';
import { checkCoding } from './check-coding';

const sample = new Set(['taz-4711', 'zeit-kursk']);

describe('checkCoding', () => {
  it('takes an article of the sample with a label of the scheme', () => {
    expect(checkCoding(sample, 'taz-4711', 'PD')).toEqual({ ok: true, article: 'taz-4711', label: 'PD' });
  });
  it('names each bad field: an article outside the sample, a label outside the scheme', () => {
    expect(checkCoding(sample, 'welt-1', 'maybe')).toEqual({
      ok: false,
      errors: [
        { field: 'article', message: 'Article "welt-1" is not in this sample.' },
        {
          field: 'label',
          message:
            '"maybe" is not a label: use WD (wholly derived), PD (partially derived), ND (not derived) or unsure.',
        },
      ],
    });
    expect(checkCoding(sample, 42, 'wd')).toMatchObject({
      ok: false,
      errors: [
        { field: 'article', message: 'Give the id of an article of this sample.' },
        { field: 'label' },
      ],
    });
  });
});
