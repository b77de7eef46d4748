import { describe, expect, it } from 'vitest';
import { hardWrap } from '../text/hard-wrap';
import { prepareDocument } from './document';
import { findSoftBreaks, unwrapLines } from './unwrap';

// A made-up agency item, one paragraph per line, as an outlet page or a wire service delivers it.
const PARAGRAPHS = [
  'Hochwasser an der Oder: Pegel steigen weiter',
  'Frankfurt (Oder) (dpa) - Das Hochwasser an der Oder hat am Dienstag einen neuen Höchststand erreicht. Der Pegel in Frankfurt stieg nach Angaben des Landesamts für Umwelt bis zum Mittag auf 5,92 Meter.',
  'Die Stadt rief für die Uferbereiche die höchste Alarmstufe aus. Anwohner wurden gebeten, Keller zu räumen und Sandsäcke bereitzuhalten, wie ein Sprecher der Stadtverwaltung sagte.',
  'Experten rechnen erst am 22. September mit sinkenden Wasserständen. Bis dahin bleiben mehrere Brücken gesperrt.',
].join('\n\n');

const sentences = (text: string) =>
  prepareDocument(text).units.map((unit) => ({
    role: unit.role,
    text: text.slice(unit.start, unit.end).replace(/\s+/g, ' ').trim(),
  }));

describe('unwrapLines', () => {
  it('joins a text wrapped at 72 or 40 columns into the same sentences as its paragraphs', () => {
    for (const width of [72, 40]) {
      const wrapped = hardWrap(PARAGRAPHS, width);
      expect(wrapped.split('\n').length).toBeGreaterThan(PARAGRAPHS.split('\n').length);
      expect(sentences(wrapped)).toEqual(sentences(PARAGRAPHS));
    }
  });
  it('keeps the length, so offsets still point into the text as given', () => {
    const wrapped = hardWrap(PARAGRAPHS, 40);
    const unwrapped = unwrapLines(wrapped);
    expect(unwrapped.length).toBe(wrapped.length);
    expect(unwrapped.replace(/\s+/g, ' ')).toBe(wrapped.replace(/\s+/g, ' '));
  });
  it('leaves a text with one paragraph per line alone', () => {
    expect(findSoftBreaks(PARAGRAPHS)).toEqual([]);
    const singleBreaks = PARAGRAPHS.replace(/\n\n/g, '\n');
    expect(findSoftBreaks(singleBreaks)).toEqual([]);
  });
  it('keeps a wrapped heading apart from the paragraph below it and does not cut at "22."', () => {
    const units = sentences(hardWrap(PARAGRAPHS, 40));
    expect(units[0]).toEqual({ role: 'heading', text: 'Hochwasser an der Oder: Pegel steigen weiter' });
    expect(units.map((unit) => unit.text)).toContain(
      'Experten rechnen erst am 22. September mit sinkenden Wasserständen.',
    );
  });
  it('joins a line continued in lower case even when the text is not wrapped at a fixed width', () => {
    const ragged =
      'Die Landesregierung hat am Dienstag in Potsdam\nbeschlossen, die Deiche an der Oder zu verstärken.\nDie Kosten trägt der Bund.';
    expect(sentences(ragged).map((unit) => unit.text)).toEqual([
      'Die Landesregierung hat am Dienstag in Potsdam beschlossen, die Deiche an der Oder zu verstärken.',
      'Die Kosten trägt der Bund.',
    ]);
  });
  it('keeps a paragraph apart when its first line is indented, even after a full line', () => {
    const lines = [
      'Die Stadt rief für die Uferbereiche die',
      'höchste Alarmstufe aus, wie ein Sprecher',
      'der Stadtverwaltung am Dienstag erklärte:',
      '   „Wir bitten alle Anwohner, die Keller',
      'zu räumen und Sandsäcke bereitzuhalten.“',
    ];
    const joined = unwrapLines(lines.join('\n'));
    expect(joined.split('\n').map((line) => line.trim().split(' ')[0])).toEqual(['Die', '„Wir']);
  });
  it('does not join a short credit line with initials below it', () => {
    expect(findSoftBreaks('Die Kosten trägt der Bund.\nDPA · Reuters\nwue')).toEqual([]);
  });
  it('keeps a repeated caption apart from the caption it repeats', () => {
    const caption = 'Sandsäcke vor dem Rathaus in Frankfurt (Oder) am Dienstagmorgen.';
    const page = hardWrap(`${PARAGRAPHS}\n\n${caption}\n${caption}`, 40);
    const furniture = prepareDocument(page).units.map((unit) => unit.furniture);
    expect(furniture.filter((reason) => reason === 'duplicate')).toHaveLength(1);
  });
});
