import { describe, expect, it } from 'vitest';
import { compare } from './compare';
import { partsFromDiff } from './to-json';
import { seedTexts } from '@/fixtures/seed-texts';
import type { OutletAlignment, OutletUnit } from './types';

const seed = seedTexts();
const ids = ['outlet-001', 'outlet-002', 'outlet-003', 'outlet-004'];
const result = compare(
  seed.wire,
  ids.map((id) => seed.outlets[id]!),
);
const outlet = (id: string) => result.outlets[ids.indexOf(id)]!;
const textOf = (id: string, unit: { start: number; end: number }) =>
  seed.outlets[id]!.slice(unit.start, unit.end).trim();
const unitStarting = (id: string, prefix: string): OutletUnit => {
  const found = outlet(id).units.find((unit) => textOf(id, unit).startsWith(prefix));
  if (!found) throw new Error(`no unit starting "${prefix}" in ${id}`);
  return found;
};
/** The diff as readable text: [+inserted] [-deleted]. */
const readableDiff = (id: string, unit: OutletUnit) =>
  unit.diff
    .filter((op) => op.op !== 'same')
    .map((op) =>
      op.op === 'ins'
        ? `[+${seed.outlets[id]!.slice(op.start, op.end)}]`
        : `[-${seed.wire.slice(op.start, op.end)}]`,
    )
    .join(' ');

describe('compare on the seed story: verdicts', () => {
  it('001 and 002 are wire text plus substantial own material; 003 and 004 are independent', () => {
    expect(result.outlets.map((o) => o.verdict)).toEqual([
      'partial',
      'partial',
      'independent',
      'independent',
    ]);
  });
  it('gives a reason for every verdict, with its figures', () => {
    expect(result.outlets.map((o) => o.reason)).toEqual([
      'Wire text plus its own material: 46 % of its words come from the wire, 142 words are its own. ' +
        "Shared: 4 runs of the wire's wording outside quotations, 4 of them in the wire's order: " +
        '"Russlands Präsident Wladimir Putin ist für eine Fortsetzung …" (24), ' +
        '"Der ukrainische Präsident Wolodymyr Selenskyj forderte zuletzt angesichts …" (20), ' +
        '"Ohne entschlossene Schritte der Verbündeten werde Russlands Präsident …" (13), ….',
      'Wire text plus its own material: 29 % of its words come from the wire, 590 words are its own. ' +
        "Shared: 14 runs of the wire's wording outside quotations, 13 of them in the wire's order: " +
        '"Laut dem südkoreanischen Geheimdienst soll Nordkorea bereits Tausende …" (22), ' +
        '"Er verwies darauf, dass Nordkorea Russland bereits zuvor …" (17), ' +
        '"Rutte und Vertreter der 32 Nato-Staaten hatten sich …" (17), ….',
      'Not built from the wire: the 21 words it shares with the wire all stand in quotations, a common source.',
      'Not built from the wire: it shares no sentence with the wire.',
    ]);
  });
});

describe('compare on the seed story: an edit kept in place', () => {
  it("aligns 002's rewrite of the Kursk sentence, which keeps a distinctive run where the wire has it", () => {
    const unit = unitStarting('outlet-002', 'Kims Truppen seien');
    expect(unit.status).toBe('edited');
    expect(unit.wire).toEqual(['w6']);
    expect(readableDiff('outlet-002', unit)).toBe(
      '[-Nach Beratungen über einen möglicherweise bevorstehenden Kampfeinsatz nordkoreanischer Soldaten in der ' +
        'Ukraine sagte Rutte zudem, er könne bestätigen, dass nordkoreanische Militäreinheiten] [+Kims Truppen seien] ' +
        '[-seien] [+erklärte Rutte]',
    );
    expect(outlet('outlet-002').wireStatus.w6).toBe('edited');
  });
});

describe('compare on the seed story: typography and datelines', () => {
  it('counts a sentence with other quote marks as copied (001 uses "…" for «…»)', () => {
    const unit = unitStarting('outlet-001', '"Mehr als 600.000');
    expect(unit).toMatchObject({ status: 'copied', wire: ['w3'], moved: false });
  });
  it('counts the first sentence copied without the dateline as copied', () => {
    expect(unitStarting('outlet-001', 'Russlands Präsident Wladimir Putin ist')).toMatchObject({
      status: 'copied',
      wire: ['w2'],
    });
    expect(result.wire.units.slice(0, 2).map((u) => u.kind)).toEqual(['boilerplate', 'text']);
  });
});

describe('compare on the seed story: edits', () => {
  it('marks the words 002 added and swapped in its first sentence', () => {
    const unit = unitStarting('outlet-002', 'Klare Worte von der Nato');
    expect(unit.status).toBe('edited');
    expect(unit.wire).toEqual(['w2']);
    expect(readableDiff('outlet-002', unit)).toBe(
      '[+Klare Worte von der Nato] [-der Nato] [+des Verteidigungsbündnisses]',
    );
  });
  it('marks "der Nato" for "des Verteidigungsbündnisses"', () => {
    const unit = unitStarting('outlet-002', 'Aus Sicht der Nato');
    expect(unit).toMatchObject({ status: 'edited', wire: ['w7'] });
    expect(readableDiff('outlet-002', unit)).toBe('[-des Verteidigungsbündnisses] [+der Nato]');
  });
  it("parts (in the JSON) cover each matched unit and say which text is the wire's", () => {
    const found = unitStarting('outlet-002', 'Klare Worte von der Nato');
    const unit = { ...found, parts: partsFromDiff(found.diff, found.start, found.end) };
    expect(unit.parts[0]).toMatchObject({ start: unit.start, same: false });
    expect(unit.parts.at(-1)!.end).toBe(unit.end);
    unit.parts.slice(1).forEach((part, i) => expect(part.start).toBe(unit.parts[i]!.end));
    expect(unit.parts.map((p) => p.same)).toEqual([false, true, false, true]);
  });
});

describe('compare on the seed story: furniture, additions, quotes', () => {
  it('marks page furniture as boilerplate and captions and headlines as additions', () => {
    const statuses = (id: string) =>
      outlet(id).units.map((u) => [u.status, textOf(id, u).replace(/\s+/g, ' ')]);
    expect(statuses('outlet-001')).toContainEqual(['boilerplate', 'DPA · Reuters']);
    expect(statuses('outlet-001')).toContainEqual(['boilerplate', 'Kaufkosmos']);
    expect(statuses('outlet-002')).toContainEqual(['boilerplate', 'Lesezeit 4 Minuten']);
    expect(statuses('outlet-002')).toContainEqual(['boilerplate', '(mit dpa)']);
    expect(statuses('outlet-004')).toContainEqual(['boilerplate', 'Lesen Sie auch']);
    expect(unitStarting('outlet-001', 'Ukraine-Krieg Nato')).toMatchObject({
      status: 'added',
      kind: 'heading',
    });
    expect(unitStarting('outlet-001', 'Nordkoreanische Soldaten bei einer Übung')).toMatchObject({
      status: 'added',
    });
  });
  it('flags what 003 shares with the wire as shared quotations, not copying', () => {
    const resembling = outlet('outlet-003').units.filter((u) => u.wire.length > 0);
    expect(resembling).toHaveLength(2);
    expect(resembling.every((u) => u.sharedQuote && u.status === 'added')).toBe(true);
    expect(Object.values(outlet('outlet-003').wireResemblance)).toContain('shared-quote');
    expect(outlet('outlet-003').reason).toMatch(/quotations/);
  });
  it('finds nothing in 004, a later and different dpa story', () => {
    expect(outlet('outlet-004').units.every((u) => u.status === 'added' || u.status === 'boilerplate')).toBe(
      true,
    );
    expect(outlet('outlet-004').stats.reusedWords).toBe(0);
  });
});

describe('compare on the seed story: wire status and figures', () => {
  it('002 kept most wire sentences and dropped the one about the dead', () => {
    const status = outlet('outlet-002').wireStatus;
    expect(status.w3).toBe('kept');
    expect(status.w2).toBe('edited');
    expect(status.w5).toBe('dropped');
    expect(Object.keys(status)).not.toContain('w1');
  });
  it('counts 001: 127 of its 276 words from the wire, 44 % of the wire kept, 142 words its own', () => {
    const stats = outlet('outlet-001').stats;
    expect(stats).toMatchObject({ words: 276, reusedWords: 127, addedWords: 142, unquotedReusedWords: 69 });
    expect(stats.reuseShare).toBeCloseTo(0.4601, 4);
    expect(stats.wireCoverage).toBeCloseTo(0.4379, 4);
  });
});

describe('compare: order, splits and merges', () => {
  const wireSentences = [
    'Die Regierung hat am Dienstag ein umfangreiches Paket für den Ausbau der Bahnstrecken im Osten beschlossen.',
    'Insgesamt sollen bis 2030 rund zwölf Milliarden Euro in marode Brücken und Stellwerke fließen.',
    'Der Verkehrsminister sprach von einem historischen Schritt für die Pendler im ganzen Land.',
    'Kritiker bemängeln, dass die Finanzierung der späteren Jahre noch völlig ungeklärt sei.',
  ];
  const wire = `Berlin (dpa) - ${wireSentences.join(' ')}`;
  const only = (o: OutletAlignment) => o.units.filter((u) => u.status !== 'boilerplate');

  it('matches moved sentences and flags them moved', () => {
    const moved = [wireSentences[3], wireSentences[0], wireSentences[1], wireSentences[2]].join('\n\n');
    const units = only(compare(wire, [moved]).outlets[0]!);
    expect(units.map((u) => [u.status, u.wire[0], u.moved])).toEqual([
      ['copied', 'w5', true],
      ['copied', 'w2', false],
      ['copied', 'w3', false],
      ['copied', 'w4', false],
    ]);
  });
  it('matches one wire sentence split in two, both halves copied', () => {
    const split =
      'Die Regierung hat am Dienstag ein umfangreiches Paket beschlossen. Das Paket gilt dem Ausbau der Bahnstrecken im Osten.';
    const units = only(compare(wire, [split]).outlets[0]!);
    expect(units.map((u) => u.wire)).toEqual([['w2'], ['w2']]);
    expect(units.every((u) => u.status === 'edited')).toBe(true);
  });
  it('matches two wire sentences merged into one', () => {
    const merged =
      'Insgesamt sollen bis 2030 rund zwölf Milliarden Euro in marode Brücken und Stellwerke fließen, der Verkehrsminister sprach von einem historischen Schritt für die Pendler im ganzen Land.';
    const [unit] = only(compare(wire, [merged]).outlets[0]!);
    expect(unit).toMatchObject({ status: 'copied', wire: ['w3', 'w4'] });
    const reworded = merged.replace('der Verkehrsminister sprach', 'und der Minister sprach');
    expect(only(compare(wire, [reworded]).outlets[0]!)[0]).toMatchObject({
      status: 'edited',
      wire: ['w3', 'w4'],
    });
  });
  it('treats a verbatim split (nothing changed, only a full stop added) as two copies', () => {
    const split = `${wireSentences[2]!.replace('Schritt für', 'Schritt. Er gilt für')}`;
    const units = only(compare(wire, [split]).outlets[0]!);
    expect(units.map((u) => [u.status, u.wire[0]])).toEqual([
      ['copied', 'w4'],
      ['edited', 'w4'],
    ]);
    const verbatim = wireSentences[1]!.replace('Milliarden Euro in', 'Milliarden Euro. In');
    const halves = only(compare(wire, [verbatim]).outlets[0]!);
    expect(halves.map((u) => [u.status, u.wire[0]])).toEqual([
      ['copied', 'w3'],
      ['copied', 'w3'],
    ]);
    expect(compare(wire, [verbatim]).outlets[0]!.wireStatus.w3).toBe('kept');
  });
});

describe('compare: bad and odd input never crashes', () => {
  it('handles empty and whitespace-only outlets', () => {
    for (const text of ['', '   \n\t ']) {
      const [o] = compare(seed.wire, [text]).outlets;
      expect(o).toMatchObject({ verdict: 'independent', units: expect.any(Array) });
      expect(o!.stats.words).toBe(0);
    }
    expect(compare('', ['Ein Text.']).outlets[0]!.verdict).toBe('independent');
  });
  it('calls an outlet identical to the wire derived, everything copied and kept', () => {
    const [o] = compare(seed.wire, [seed.wire]).outlets;
    expect(o!.verdict).toBe('derived');
    expect(o!.stats.reuseShare).toBe(1);
    expect(o!.stats.wireCoverage).toBe(1);
    expect(Object.values(o!.wireStatus).every((s) => s === 'kept')).toBe(true);
  });
  it('gives CRLF text the same result as LF text, with offsets into the CRLF text', () => {
    const crlf = seed.outlets['outlet-001']!.replace(/\n/g, '\r\n');
    const a = compare(seed.wire, [seed.outlets['outlet-001']!]).outlets[0]!;
    const b = compare(seed.wire.replace(/\n/g, '\r\n'), [crlf]).outlets[0]!;
    expect(b.units.map((u) => [u.status, u.wire])).toEqual(a.units.map((u) => [u.status, u.wire]));
    const unit = b.units.find((u) => u.status === 'copied')!;
    expect(crlf.slice(unit.start, unit.end).trim()).toBe(
      seed.outlets['outlet-001']!.slice(
        a.units[b.units.indexOf(unit)]!.start,
        a.units[b.units.indexOf(unit)]!.end,
      ).trim(),
    );
  });
  it('handles emoji, right-to-left text and text without sentence punctuation', () => {
    const odd = `🙂 שלום עולם مرحبا ${seed.wire.replace(/[.!?]/g, '')}`;
    const [o] = compare(seed.wire, [odd]).outlets;
    expect(o!.verdict).not.toBe('independent');
    for (const unit of o!.units) expect(unit.end).toBeGreaterThan(unit.start);
  });
  it('handles 5 MB inputs, as wire and as outlet, in seconds', () => {
    const big = seed.outlets['outlet-002']!.repeat(Math.ceil(5e6 / seed.outlets['outlet-002']!.length));
    const asOutlet = compare(seed.wire, [big]).outlets[0]!;
    expect(asOutlet.verdict).toBe('partial');
    expect(asOutlet.units.at(-1)!.end).toBe(big.length);
    const asWire = compare(big, [seed.outlets['outlet-001']!]).outlets[0]!;
    expect(asWire.units.some((u) => u.status === 'copied')).toBe(true);
  }, 60_000);
  it('covers every outlet text with its units', () => {
    for (const o of result.outlets) {
      const text = seed.outlets[ids[result.outlets.indexOf(o)]!]!;
      expect(o.units[0]!.start).toBe(0);
      expect(o.units.at(-1)!.end).toBe(text.length);
    }
  });
});
