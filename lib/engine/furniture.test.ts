import { describe, expect, it } from 'vitest';
import { loadStory } from '../content/load-stories';
import { findFurniture } from './furniture';
import { unifyLineBreaks } from './normalize';
import { segment } from './segment';

function furniture(raw: string): Array<[string, string]> {
  const text = unifyLineBreaks(raw);
  const segments = segment(text);
  return findFurniture(text, segments).flatMap((reason, i) =>
    reason
      ? [
          [reason, text.slice(segments[i]!.start, segments[i]!.end).trim().replace(/\s+/g, ' ')] as [
            string,
            string,
          ],
        ]
      : [],
  );
}

const story = loadStory('nato-nordkorea-kursk-2024-10', `${process.cwd()}/content`)!;
const outlet = (id: string) => story.outlets.find((o) => o.id === id)!.text;

describe('findFurniture on the seed texts', () => {
  it('finds the dateline of the wire', () => {
    expect(furniture(story.wireText)).toEqual([['dateline', 'Brüssel (dpa) -']]);
  });
  it('finds credits, initials and the shop links after them in 001, not its caption or headline', () => {
    expect(furniture(outlet('outlet-001'))).toEqual([
      ['credit', '© North Korean Central News Agency / DPA'],
      ['credit', 'DPA · Reuters'],
      ['credit', 'wue'],
      ['trailing-links', 'PRODUKTE & TIPPS'],
      ['trailing-links', 'Kaufkosmos'],
    ]);
  });
  it('finds the subscription prompt, reading time and the repeated alt text in 002', () => {
    expect(furniture(outlet('outlet-002'))).toEqual([
      ['interface', 'AboAbonnieren'],
      ['interface', 'Lesezeit 4 Minuten'],
      ['duplicate', 'Wladimir Putin zusammen mit Nordkoreas Diktator Kim Jong-un (l.) in Pjöngjang.'],
      ['duplicate', '(Archivbild)'],
      ['credit', '(mit dpa)'],
    ]);
  });
  it('finds "Lesen Sie auch" and the teaser it introduces in 004', () => {
    expect(furniture(outlet('outlet-004'))).toEqual([
      ['related-link', 'Lesen Sie auch'],
      ['related-link', 'USA: Tausende nordkoreanische Soldaten nahe Kursk im Einsatz'],
    ]);
  });
});

describe('findFurniture rules', () => {
  it('knows ads, bylines, photo credits in parentheses and a credit ending a caption', () => {
    const text =
      'Anzeige\nBy Sam Lister, Press Association Political Correspondent\nEin Bild. (IMAGO / Ukrinform / ABACA)\nDer Text geht weiter und weiter.';
    expect(furniture(text)).toEqual([
      ['advertising', 'Anzeige'],
      ['byline', 'By Sam Lister, Press Association Political Correspondent'],
      ['credit', '(IMAGO / Ukrinform / ABACA)'],
    ]);
  });
  it('knows timestamps, share bars and photo credits in parentheses', () => {
    const text =
      'Stand: 26.09.2024 08:24 Uhr\nTeilen Merken Drucken\nDie Feuerwehr war mit 40 Kräften vor Ort.\n(Foto: dpa)\nUpdated 3:14 PM EDT, October 11, 2016\nDer Einsatz dauerte bis 2 Uhr.';
    expect(furniture(text)).toEqual([
      ['timestamp', 'Stand: 26.09.2024 08:24 Uhr'],
      ['interface', 'Teilen Merken Drucken'],
      ['credit', '(Foto: dpa)'],
      ['timestamp', 'Updated 3:14 PM EDT, October 11, 2016'],
    ]);
  });
  it('knows dated lines by their form, label before or after, in six languages', () => {
    const text = [
      '18. März 2016, 14:27 Uhr aktualisiert',
      'Date:2025-04-11 04:48:16',
      'Published: Wed, May 16, 2018',
      'Publié le 12 mars 2024 à 14h27',
      'Actualizado el 12 de marzo de 2024 a las 14:27',
      'Aggiornato il 12 marzo 2024 alle 14:27',
      'Bijgewerkt op 12 maart 2024 om 14:27',
      'Der Rat tagt am 12. März um 14 Uhr erneut.',
    ].join('\n');
    expect(furniture(text).map(([reason]) => reason)).toEqual(Array(7).fill('timestamp'));
  });
  it('knows navigation, breadcrumbs, site lines and share bars of other languages', () => {
    const text = [
      '1. Zum Inhalt springen',
      'Current:Home > MarketsJudge tosses suit over election results -TrueNorth Capital Hub',
      '| # taz.de -- Grüne wählen eine neue Spitze | |',
      'Partager Imprimer',
      'Compartir',
      'By DAMIAN J. TROISE and ALEX VEIGA AP Business Writers',
      'The council met on Monday to vote on the budget.',
    ].join('\n');
    expect(furniture(text)).toEqual([
      ['interface', '1. Zum Inhalt springen'],
      ['interface', 'Current:Home > MarketsJudge tosses suit over election results -TrueNorth Capital Hub'],
      ['site-name', '| # taz.de -- Grüne wählen eine neue Spitze | |'],
      ['interface', 'Partager Imprimer'],
      ['interface', 'Compartir'],
      ['byline', 'By DAMIAN J. TROISE and ALEX VEIGA AP Business Writers'],
    ]);
  });
  it('does not take headlines with numbers or short sentences for furniture', () => {
    expect(
      furniture(
        'Bahnverkehr: 12.000 Pendler betroffen\nMehr als 600.000 Soldaten verwundet\nDer Zug kam um 16 Uhr.',
      ),
    ).toEqual([]);
  });
  it('marks the shorter of two lines that repeat each other, but not a lead that ends a caption', () => {
    const caption = 'Die Mannschaft zieht ins Finale ein, Hinteregger wird von den Fans getröstet.';
    expect(
      furniture(
        `${caption.slice(0, 50)}\n${caption}\nTeaser: Will Frankfurt diesen Schreck?\nEintracht Frankfurt Teaser: Will Frankfurt diesen Schreck?`,
      ),
    ).toEqual([
      ['duplicate', caption.slice(0, 50)],
      ['duplicate', 'Teaser: Will Frankfurt diesen Schreck?'],
    ]);
    const lead = 'Die Grünen-Spitze zieht nach den Niederlagen Konsequenzen.';
    expect(furniture(`Lang und Nouripour sprechen in Berlin. ${lead}\n${lead}`)).toEqual([]);
  });
  it('leaves a single short last line alone (it may be a truncated sentence)', () => {
    expect(furniture('Ein ganzer Satz steht hier.\nDie Ausste')).toEqual([]);
  });
});
