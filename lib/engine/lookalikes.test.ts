import { describe, expect, it } from 'vitest';
import { compare } from './compare';
import { normalizeWord } from './normalize';
import { hasLookalikes } from './lookalikes';

// A short council story in the style of a regional wire, and what two sites made of it.
const WIRE = `SPRINGDALE, Ark. (AP) — The Springdale city council voted 6-2 on Tuesday to raise the local sales tax by half a cent to pay for a new fire station and two ambulances.

Mayor Dana Hollis said the increase would bring in about $4 million a year and would expire after ten years unless voters renewed it.

Residents who spoke against the measure said the council should have put the question on the November ballot instead of deciding it alone.

The new rate takes effect on April 1, the city clerk said.`;

// Every a, e, o and p of the wire swapped for its Cyrillic twin: the text a reader sees is the wire's.
const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р' };
const disguise = (text: string) => text.replace(/[aeop]/g, (letter) => CYRILLIC[letter]!);
const DISGUISED = disguise(WIRE);

// An independent report of the same vote whose CMS turned every "o" into a Greek omicron.
const OMICRON_REPORT = `Springdale raises sales tax for fire station

Springdale will collect a higher sales tax from April after a divided council approved the plan at a packed meeting on Tuesday night.

Two members voted no, arguing that a decision of this size belonged to the voters in November. Several residents applauded them.

Hollis told the room the money was needed because response times in the fast-growing east side had doubled since 2019. The levy ends after a decade unless renewed.`.replace(
  /o/g,
  'ο',
);

describe('look-alike letters', () => {
  it('compare the skeleton: a Cyrillic or Greek look-alike is the Latin letter it imitates', () => {
    expect(normalizeWord('rерort')).toBe('report');
    expect(normalizeWord('cοuncil')).toBe('council');
    expect(normalizeWord('Іnternational')).toBe('international');
    expect(normalizeWord('ｆｉｒｅ')).toBe('fire');
  });
  it('count a word when it mixes scripts, or when a Latin text has it wholly in another script', () => {
    expect(hasLookalikes('сouncil', true)).toBe(true);
    expect(hasLookalikes('а', true)).toBe(true);
    expect(hasLookalikes('а', false)).toBe(false);
    expect(hasLookalikes('Москва', true)).toBe(false);
    expect(hasLookalikes('Grösse', true)).toBe(false);
  });
  it('a disguised verbatim copy is derived, highlighted in its own letters, and the reason says so', () => {
    const [outlet] = compare(WIRE, [DISGUISED]).outlets;
    expect(outlet!.verdict).toBe('derived');
    expect(outlet!.stats.reuseShare).toBe(1);
    // 77 of its 90 words hold an a, e, o or p ("a" alone is wholly Cyrillic).
    expect(outlet!.stats.lookalikeWords).toBe(77);
    expect(outlet!.reason).toMatch(/ Letters replaced by look-alikes in 77 words\.$/);
    const first = outlet!.units.find((unit) => unit.status === 'copied')!;
    const lead =
      'The Springdale city council voted 6-2 on Tuesday to raise the local sales tax by half a cent to pay for a new fire station and two ambulances.';
    expect(DISGUISED.slice(first.start, first.end).trim()).toBe(disguise(lead));
    expect(first.diff.every((op) => op.op === 'same')).toBe(true);
  });
  it('an independent report with Greek omicrons stays independent', () => {
    const [outlet] = compare(WIRE, [OMICRON_REPORT]).outlets;
    expect(outlet!.verdict).toBe('independent');
    // The 23 words with an o.
    expect(outlet!.stats.lookalikeWords).toBe(23);
  });
  it('zero-width characters and soft hyphens inside words do not hide a copy', () => {
    const hidden = WIRE.replace(/council/g, 'coun\u200Bcil').replace(/ambulances/g, 'ambu\u00ADlances');
    const [outlet] = compare(WIRE, [hidden]).outlets;
    expect(outlet!.stats.reuseShare).toBe(1);
    expect(outlet!.stats.lookalikeWords).toBeUndefined();
  });
});
