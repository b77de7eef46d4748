import { describe, expect, it } from 'vitest';
import { compare } from './compare';

// A county story in AP style, and an independent report of the same announcement that states it the same plain way.
const WIRE = `FAIRVIEW, Ore. (AP) — Officials in Harmon County said Tuesday that the main county office will be closed to the public for two weeks while crews remove asbestos found during a renovation.

The county said residents can still pay their bills online or by mail during that time.

Commissioner Lydia Brandt said the contractor discovered the material behind ceiling tiles last month. Tests confirmed it on Friday, she said, and no employees were exposed.

The renovation, approved in 2022, was expected to cost $3.2 million.`;

const INDEPENDENT = `Harmon County office shuts for asbestos work

The Harmon County administration building on Second Street will not open its doors until later this month.

Workers renovating the building found asbestos behind old ceiling panels, and a removal firm starts on Monday. Brandt, who chairs the commission, told the Gazette that staff would work from the library annex in the meantime.

The county said residents can still pay their bills online or by mail during that time.

The closure comes as the commission debates whether to sell the aging building altogether.`;

describe('a shared factual phrase is not copying', () => {
  it('an independent report sharing one plainly worded announcement stays independent, the run set aside', () => {
    const [outlet] = compare(WIRE, [INDEPENDENT]).outlets;
    expect(outlet!.verdict).toBe('independent');
    expect(outlet!.reason).toContain('"The county said residents can still pay their …" (16)');
    // Without the banality filter this one sentence-long run alone would make it partial: so it is borderline.
    expect(outlet!.reason).toMatch(/^Borderline: Not built from the wire: .*; set aside as formulaic/);
  });
  it('a copy that also keeps the announcement is still derived', () => {
    const copy = WIRE.replace(
      'Officials in Harmon County said Tuesday',
      'Harmon County officials said Tuesday',
    );
    const [outlet] = compare(WIRE, [copy]).outlets;
    expect(outlet!.verdict).toBe('derived');
  });
});
