import { afterAll, describe, expect, it } from 'vitest';
import { seedTexts } from '@/fixtures/seed-texts';
import { fingerprint } from '@/lib/corpus';
import { BAHN_WIRE, HOCHWASSER_WIRE, TARIF_WIRE } from '@/lib/corpus/fixtures/wires';
import { openDatabase, type Database } from '../db/open-database';
import { dropTestSchemas, TEST_DIALECTS } from '../db/test-databases';
import { corpusReader } from './corpus';
import { openDatabaseMatcher } from './database-matcher';
import { runTraceJob } from './trace-job';
import { upsertArticles, upsertWires } from './write-items';

const seed = seedTexts();
const NATO_WIRE = seed.wire;
// A later version of the Tarif story without an agency story id: an update that keeps the first two paragraphs.
const TARIF_UPDATE = `${TARIF_WIRE.split('\n\n').slice(0, 2).join('\n\n')}\n\nDie Gewerkschaft Verdi will ihre Mitglieder in den kommenden Wochen über das Ergebnis abstimmen lassen.`;

const wires = [
  {
    id: 'dpa/bahn.txt',
    text: BAHN_WIRE,
    title: 'Bahn saniert Schienennetz',
    published: '2024-10-29T08:00:00Z',
    agency: 'dpa',
  },
  {
    id: 'dpa/nato-1',
    text: NATO_WIRE,
    title: 'Nato: Putin auf ausländische Hilfe angewiesen',
    published: '2024-10-28T11:00:00Z',
    agency: 'dpa',
    story: 'urn:nato',
  },
  {
    id: 'dpa/flut',
    text: HOCHWASSER_WIRE,
    title: 'Donau in Passau über zehn Metern',
    published: '2024-06-02T07:00:00Z',
    agency: 'dpa',
  },
  {
    id: 'dpa/tarif-1',
    text: TARIF_WIRE,
    title: 'Einigung im Tarifstreit',
    published: '2023-04-22T18:00:00Z',
    agency: 'dpa',
  },
  {
    id: 'dpa/tarif-2',
    text: TARIF_UPDATE,
    title: 'Einigung im Tarifstreit (Zusammenfassung)',
    published: '2023-04-22T21:00:00Z',
    agency: 'dpa',
  },
];
const [tarifFirst, tarifSecond] = TARIF_WIRE.split('\n\n') as [string, string];
const articles = [
  {
    id: 'spiegel-1',
    text: seed.outlets['outlet-001']!,
    outlet: 'Outlet 001',
    published: '2024-10-28T14:00:00Z',
  },
  { id: 'faz-1', text: seed.outlets['outlet-003']!, outlet: 'Outlet 003', published: '2024-10-28T15:00:00Z' },
  {
    id: 'taz-1',
    text: `Tarifeinigung: mehr Geld für den öffentlichen Dienst\n\n${tarifSecond}\n\n${tarifFirst}\n\nEin Kommentar der Redaktion folgt.`,
    outlet: 'taz',
    url: 'https://example.org/tarif',
    published: '2023-04-23',
  },
];

afterAll(dropTestSchemas);

async function importAll(db: Database, now = new Date().toISOString()) {
  return db.transaction(async (tx) => ({
    wires: await upsertWires(tx, wires, now),
    articles: await upsertArticles(tx, articles, now),
  }));
}

for (const dialect of TEST_DIALECTS) {
  describe.skipIf(dialect.skip)(`the corpus store on ${dialect.name}`, () => {
    it('imports, groups versions, traces articles and reads stories back', async () => {
      const db = await openDatabase(await dialect.fresh());
      expect(await importAll(db)).toEqual({
        wires: { imported: 5, updated: 0, unchanged: 0 },
        articles: { imported: 3, updated: 0, unchanged: 0 },
      });
      const summary = await runTraceJob(db);
      expect(summary).toMatchObject({ regrouped: true, stories: 4, traced: 3, independent: 1 });
      const corpus = corpusReader(db);

      const page = await corpus.listStories();
      expect(page.stories.map((s) => [s.title, s.versions, s.articles])).toEqual([
        ['Nato: Putin auf ausländische Hilfe angewiesen', 1, 1],
        ['Einigung im Tarifstreit', 2, 1],
      ]);
      expect(page).toMatchObject({ total: 2, page: 1, pages: 1 });
      expect((await corpus.listStories({ title: 'TARIF' })).stories.map((s) => s.key)).toEqual([
        'dpa/tarif-1',
      ]);
      expect((await corpus.listStories({ from: '2024-01-01', to: '2024-10-28' })).total).toBe(1);
      expect((await corpus.listStories({ to: '2024-10-27' })).stories.map((s) => s.key)).toEqual([
        'dpa/tarif-1',
      ]);
      expect((await corpus.listStories({ agency: 'afp' })).total).toBe(0);
      expect(await corpus.agencies()).toEqual(['dpa']);
      expect(
        (await corpus.listStories({ includeUntraced: true, pageSize: 3, page: 2 })).stories.map((s) => s.key),
      ).toEqual(['dpa/tarif-1']);

      const tarif = await corpus.getStory(page.stories[1]!.id);
      expect(tarif?.versions.map((v) => v.id)).toEqual(['dpa/tarif-1', 'dpa/tarif-2']);
      expect(tarif?.articles).toMatchObject([
        {
          id: 'taz-1',
          outlet: 'taz',
          url: 'https://example.org/tarif',
          verdict: 'derived',
          closestVersion: 'dpa/tarif-1',
        },
      ]);
      expect(tarif?.articles[0]?.sources[0]).toMatchObject({ wire: 'dpa/tarif-1', story: 'dpa/tarif-1' });
      const nato = await corpus.getStory(page.stories[0]!.id);
      expect(nato?.articles.map((a) => [a.id, a.verdict])).toEqual([['spiegel-1', 'partial']]);
      expect(await corpus.getStory(99_999)).toBeNull();

      expect(await corpus.counts()).toMatchObject({
        wires: 5,
        articles: 3,
        stories: 2,
        allStories: 4,
        derived: 1,
        partial: 1,
        independent: 1,
        untraced: 0,
      });
      expect((await corpus.listJobs())[0]).toMatchObject({
        kind: 'trace',
        status: 'done',
        done: 3,
        total: 3,
      });
      await db.close();
    });

    it('updates re-imported ids instead of duplicating them, and refreshes fingerprints and traces', async () => {
      const db = await openDatabase(await dialect.fresh());
      await importAll(db);
      await runTraceJob(db);
      const before = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM fingerprints');
      expect(await importAll(db)).toEqual({
        wires: { imported: 0, updated: 0, unchanged: 5 },
        articles: { imported: 0, updated: 0, unchanged: 3 },
      });
      // The Bahn item replaced by the flood text: its fingerprints follow; the article now traces to it.
      const counts = await db.transaction(async (tx) => ({
        wires: await upsertWires(
          tx,
          [{ id: 'dpa/bahn.txt', text: HOCHWASSER_WIRE.replace('Passau', 'Regensburg') }],
          new Date().toISOString(),
        ),
        articles: await upsertArticles(
          tx,
          [{ id: 'faz-1', text: HOCHWASSER_WIRE }],
          new Date().toISOString(),
        ),
      }));
      expect(counts).toEqual({
        wires: { imported: 0, updated: 1, unchanged: 0 },
        articles: { imported: 0, updated: 1, unchanged: 0 },
      });
      expect(await db.get('SELECT COUNT(*) AS n FROM wires')).toEqual({ n: 5 });
      expect(await db.get('SELECT COUNT(*) AS n FROM articles')).toEqual({ n: 3 });
      expect((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM fingerprints'))!.n).not.toBe(before!.n);
      expect((await corpusReader(db).counts()).untraced).toBe(1);
      await runTraceJob(db);
      const faz = await db.get<{ verdict: string }>("SELECT verdict FROM articles WHERE ext_id = 'faz-1'");
      expect(faz).toEqual({ verdict: 'derived' });
      await db.close();
    });

    it('drops stock phrases held by many stories, but not by the many versions of one story', async () => {
      const db = await openDatabase(await dialect.fresh());
      // Words no other item uses: letters spelling the item's number.
      const own = (n: number) =>
        Array.from(
          { length: 14 },
          (_, j) => `w${(n * 14 + j).toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]!)}`,
        ).join(' ');
      const STOCK = 'Die Bundesregierung in Berlin hat am Montag nach Angaben eines Sprechers mitgeteilt';
      const LIVE =
        'Der Liveticker zum Gipfeltreffen der Staats und Regierungschefs in Brüssel wird laufend ergänzt';
      const items = [
        ...Array.from({ length: 60 }, (_, i) => ({ id: `stock-${i}`, text: `${STOCK}. ${own(i)}.` })),
        ...Array.from({ length: 60 }, (_, i) => ({
          id: `live-${i}`,
          text: `${LIVE}. ${own(100 + i)}.`,
          story: 'urn:live',
        })),
      ];
      await db.transaction((tx) => upsertWires(tx, items, new Date().toISOString()));
      await runTraceJob(db);
      const common = new Set(
        (await db.all<{ hash: number }>('SELECT hash FROM common_fingerprints')).map((row) => row.hash),
      );
      const inCommon = (text: string) => [...fingerprint(text)].filter((hash) => common.has(hash)).length;
      expect(inCommon(STOCK)).toBeGreaterThan(0);
      expect(inCommon(LIVE)).toBe(0);
      const live = await corpusReader(db).findSources(`${LIVE}. ${own(100)}.`);
      expect(live.sources[0]).toMatchObject({ story: 'urn:live' });
      await db.close();
    });

    it('finds the source of a pasted text, or says why the nearest were not enough', async () => {
      const db = await openDatabase(await dialect.fresh());
      await importAll(db);
      await runTraceJob(db);
      const corpus = corpusReader(db);
      const found = await corpus.findSources(`Bahn-Sanierung\n\n${BAHN_WIRE}`);
      expect(found).toMatchObject({ verdict: 'derived', archiveSize: 5, nearest: [] });
      expect(found.sources[0]).toMatchObject({
        wire: 'dpa/bahn.txt',
        title: 'Bahn saniert Schienennetz',
        text: BAHN_WIRE,
      });

      const dated = await corpus.findSources(BAHN_WIRE, { published: '2024-10-28T08:00:00Z' });
      expect(dated.verdict).toBe('independent');
      expect(dated.nearest[0]).toMatchObject({
        wire: 'dpa/bahn.txt',
        why: expect.stringMatching(/published after the article/),
      });

      const unrelated = await corpus.findSources(
        'Ein ganz anderer Text über das Wetter in Hamburg, ohne jeden Bezug.',
      );
      expect(unrelated).toMatchObject({ verdict: 'independent', sources: [], nearest: [] });
      await db.close();
    });
  });
}

describe('matching against the database (wiretrace match without --wires)', () => {
  it('traces articles like the trace job, and refuses an empty archive', async () => {
    const target = await TEST_DIALECTS[0].fresh();
    await expect(openDatabaseMatcher(target)).rejects.toThrow(/holds no wire items: import them first/);
    const db = await openDatabase(target);
    await importAll(db);
    await runTraceJob(db);
    await db.close();
    const matcher = await openDatabaseMatcher(target);
    expect(await matcher.match(articles[2]!)).toMatchObject({
      id: 'taz-1',
      outlet: 'taz',
      verdict: 'derived',
      sources: [{ wire: 'dpa/tarif-1', story: 'dpa/tarif-1' }],
    });
    await matcher.close();
  });
});
