import { describe, expect, it } from 'vitest';
import { loadStory } from '../content/load-stories';
import { unifyLineBreaks } from './normalize';
import { segment } from './segment';

const pieces = (text: string) =>
  segment(text).map((s) => ({ role: s.role, text: text.slice(s.start, s.end).trim() }));
const texts = (text: string) => pieces(text).map((piece) => piece.text);

describe('segment', () => {
  it('does not split at ordinals, abbreviations, initials or (l.)', () => {
    expect(
      texts(
        'Die Schau läuft bis zum 22. Juni und zeigt Werke des 16. bis 19. Jahrhunderts. Kim Jong-un (l.) in Pjöngjang. Dr. Meier kam.',
      ),
    ).toEqual([
      'Die Schau läuft bis zum 22. Juni und zeigt Werke des 16. bis 19. Jahrhunderts.',
      'Kim Jong-un (l.) in Pjöngjang.',
      'Dr. Meier kam.',
    ]);
  });
  it('knows English abbreviations and dates', () => {
    expect(texts('Mr. Trump spoke in St. Louis on Oct. 9, 2016. The U.S. economy grew.')).toEqual([
      'Mr. Trump spoke in St. Louis on Oct. 9, 2016.',
      'The U.S. economy grew.',
    ]);
  });
  it('splits after a closing quote that ends a sentence, not before ", sagte"', () => {
    expect(texts('«Das ist so», sagte er. „Wir gehen.“ Danach war Ruhe.')).toEqual([
      '«Das ist so», sagte er.',
      '„Wir gehen.“',
      'Danach war Ruhe.',
    ]);
  });
  it('splits a headline glued to its kicker and a caption glued to its credit', () => {
    expect(texts('Nato sieht „erhebliche Eskalation“Extreme Verluste')).toEqual([
      'Nato sieht „erhebliche Eskalation“',
      'Extreme Verluste',
    ]);
    expect(texts('Die Grünen ziehen Konsequenzen.Foto: Fabian Sommer/dpa')).toEqual([
      'Die Grünen ziehen Konsequenzen.',
      'Foto: Fabian Sommer/dpa',
    ]);
  });
  it('keeps a quoted title with full stops inside one sentence, but cuts quoted speech', () => {
    expect(texts('Die Ausstellung „Krieg. Macht. Sinn.“ läuft bis Juni. Sie zeigt Plakate.')).toEqual([
      'Die Ausstellung „Krieg. Macht. Sinn.“ läuft bis Juni.',
      'Sie zeigt Plakate.',
    ]);
    expect(texts("The show 'Dear Mr. Smith. A Letter.' opens today. Tickets are sold out.")).toEqual([
      "The show 'Dear Mr. Smith. A Letter.' opens today.",
      'Tickets are sold out.',
    ]);
    expect(texts('Rutte sagte: «Wir sind bereit. Wir handeln.» Danach ging er.')).toEqual([
      'Rutte sagte: «Wir sind bereit.',
      'Wir handeln.»',
      'Danach ging er.',
    ]);
  });
  it('cuts datelines and the archive marker into units of their own', () => {
    expect(pieces(' date 2024-10 Brüssel (dpa) - Russlands Präsident ist angewiesen.')).toEqual([
      { role: 'marker', text: 'date 2024-10' },
      { role: 'dateline', text: 'Brüssel (dpa) -' },
      { role: 'text', text: 'Russlands Präsident ist angewiesen.' },
    ]);
  });
  it('marks short unpunctuated lines as headings', () => {
    expect(
      pieces('Ukraine fordert mehr Hilfe vom Westen\nRutte bestätigte Berichte.').map((p) => p.role),
    ).toEqual(['heading', 'text']);
  });
  it('cuts text without sentence punctuation into bounded chunks', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `wort${i}`).join(' ');
    const units = segment(text);
    // 1,000 words in chunks of 80: twelve full chunks and one of 40.
    expect(units).toHaveLength(13);
    for (const unit of units)
      expect(text.slice(unit.start, unit.end).split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(120);
  });
  it('covers every seed text without gaps, in order', () => {
    const story = loadStory('nato-nordkorea-kursk-2024-10', `${process.cwd()}/content`)!;
    for (const raw of [story.wireText, ...story.outlets.map((o) => o.text)]) {
      const text = unifyLineBreaks(raw);
      const units = segment(text);
      expect(units[0]!.start).toBe(0);
      expect(units.at(-1)!.end).toBe(text.length);
      units.slice(1).forEach((unit, i) => expect(unit.start).toBe(units[i]!.end));
    }
  });
  it('segments the seed wire into its 15 sentences after the dateline', () => {
    const story = loadStory('nato-nordkorea-kursk-2024-10', `${process.cwd()}/content`)!;
    const units = pieces(story.wireText);
    expect(units[0]).toEqual({ role: 'dateline', text: 'Brüssel (dpa) -' });
    expect(units.filter((u) => u.role === 'text')).toHaveLength(15);
    expect(units[2]!.text.startsWith('«Mehr als 600.000 russische Soldaten')).toBe(true);
  });
});
