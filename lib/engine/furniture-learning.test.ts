import { describe, expect, it } from 'vitest';
import { compare } from './compare';
import { furnitureLineKey, learnFurniture } from './furniture-learning';
import { deriveTitle } from './title';

// Six articles of one regional site, each on another story, framed by the site's recurring lines.
const STORIES = [
  'Schwerin (dpa) - Der Landtag hat am Mittwoch den Haushalt für das kommende Jahr beschlossen. Die Opposition stimmte dagegen.',
  'Rostock (dpa) - Wegen eines Sturms sind am Morgen mehrere Fähren nach Dänemark ausgefallen. Die Reederei bat um Geduld.',
  'Greifswald (dpa) - Die Universität bekommt ein neues Forschungszentrum für Windenergie. Der Bund gibt 40 Millionen Euro.',
  'Wismar (dpa) - Nach einem Brand in einer Lagerhalle ermittelt die Kriminalpolizei. Verletzt wurde niemand.',
  'Stralsund (dpa) - Die Stadt will ihre Altstadt für Autos weitgehend sperren. Händler fürchten um ihre Kundschaft.',
  'Neubrandenburg (dpa) - Ein 54-Jähriger ist bei einem Unfall auf der B 104 schwer verletzt worden. Die Straße war gesperrt.',
];
const page = (story: string, i: number) =>
  `Direkt aus dem dpa-Newskanal\n${1 + i}. März 2016, 1${i}:27 Uhr aktualisiert\n${story}\nHier können Sie unseren Newsletter abonnieren und nichts verpassen.`;
const ARTICLES = STORIES.map(page);

describe('furniture learned from an outlet', () => {
  const learned = learnFurniture(ARTICLES, 'articles of this outlet');
  it('learns the lines that recur in its articles, numbers folded, and nothing of the stories', () => {
    expect(learned).toEqual({
      of: 'articles of this outlet',
      texts: 6,
      lines: [
        { line: '0. märz 0, 0 uhr aktualisiert', texts: 6 },
        { line: 'direkt aus dem dpa-newskanal', texts: 6 },
        { line: 'hier können sie unseren newsletter abonnieren und nichts verpassen.', texts: 6 },
      ],
    });
  });
  it('learns nothing from too few articles, nor a line that only versions of one story share', () => {
    expect(learnFurniture(ARTICLES.slice(0, 4), 'articles of this outlet').lines).toEqual([]);
    const versions = [...STORIES, ...STORIES.slice(0, 3)];
    const groups = [...STORIES.keys(), 0, 1, 2].map(String);
    const lines = learnFurniture(versions, 'items of this feed', groups).lines;
    expect(lines).toEqual([]);
  });
  it('makes compare show those lines as furniture, with where they recur', () => {
    const wire =
      'Rostock (dpa) - Wegen eines Sturms sind am Morgen mehrere Fähren nach Dänemark ausgefallen. Die Reederei bat um Geduld.';
    const article = page(wire, 1);
    const [outlet] = compare(wire, [article], { outletFurniture: [learned] }).outlets;
    const furniture = outlet!.units
      .filter((unit) => unit.status === 'boilerplate')
      .map((unit) => [article.slice(unit.start, unit.end).trim(), unit.furniture, unit.furnitureNote]);
    expect(furniture).toEqual([
      ['Direkt aus dem dpa-Newskanal', 'recurring', 'recurs in 6 of 6 articles of this outlet'],
      ['2. März 2016, 11:27 Uhr aktualisiert', 'timestamp', undefined],
      ['Rostock (dpa) -', 'dateline', undefined],
      [
        'Hier können Sie unseren Newsletter abonnieren und nichts verpassen.',
        'recurring',
        'recurs in 6 of 6 articles of this outlet',
      ],
    ]);
    const [unlearned] = compare(wire, [article]).outlets;
    expect(unlearned!.units.filter((unit) => unit.status === 'added')).toHaveLength(2);
  });
  it('lets the rules that look at neighbours see learned lines: links before the newsletter box stay links', () => {
    const wire = STORIES[4]!;
    const article = page(`${wire}\nPRODUKTE & TIPPS\nWetter`, 4);
    const [outlet] = compare(wire, [article], { outletFurniture: [learned] }).outlets;
    const reasons = outlet!.units.map((unit) => [article.slice(unit.start, unit.end).trim(), unit.furniture]);
    expect(reasons.slice(-3)).toEqual([
      ['PRODUKTE & TIPPS', 'trailing-links'],
      ['Wetter', 'trailing-links'],
      ['Hier können Sie unseren Newsletter abonnieren und nichts verpassen.', 'recurring'],
    ]);
  });
  it('keys lines as the learner does', () => {
    expect(furnitureLineKey('  Stand:  26.09.2024 08:24 Uhr ')).toBe('stand: 0 0 uhr');
  });
});

describe('titles from the cleaned text', () => {
  it('leave out archive markers, datelines, site lines and timestamps', () => {
    expect(deriveTitle(' date 2018-06 Hamburg (dpa) - Der Hafen meldet einen Rekord beim Umschlag.')).toBe(
      'Der Hafen meldet einen Rekord beim Umschlag.',
    );
    expect(deriveTitle('| # taz.de -- Grüne wählen eine neue Spitze | |\nBerlin. Die Partei tagte.')).toBe(
      'Grüne wählen eine neue Spitze',
    );
    expect(
      deriveTitle('Stand: 26.09.2024 08:24 Uhr\nAboAbonnieren\nNeue Brücke für Wismar\nDer Bau beginnt.'),
    ).toBe('Neue Brücke für Wismar');
  });
  it('cut a long first sentence at a word', () => {
    expect(deriveTitle('Der Landtag hat nach langer Debatte den Haushalt beschlossen.', 30)).toBe(
      'Der Landtag hat nach langer…',
    );
  });
});
