import { afterAll, describe, expect, it } from 'vitest';
import { seedTexts } from '@/fixtures/seed-texts';
import { outletIdFor } from '@/lib/view/outlet-id';
import { openDatabase, type Database } from '../db/open-database';
import { dropTestSchemas, TEST_DIALECTS } from '../db/test-databases';
import { exportArticles, listOutletArticles, outletExists } from './outlet-articles';
import { getOutlet, listOutlets } from './outlet-read';
import { refreshOutletStats } from './outlet-stats';
import { corpusReader } from './corpus';
import { runTraceJob } from './trace-job';
import { upsertArticles, upsertWires } from './write-items';

afterAll(dropTestSchemas);

const NOW = '2024-11-30T00:00:00.000Z';

/** A small traced corpus written straight to the tables: two stories (one with two versions), three outlets. */
async function fill(db: Database) {
  await db.run(
    `INSERT INTO stories (id, story_key, title, search_title, agency, first_published, versions, updated_at)
     VALUES (1, 'nato', 'Nato', 'nato', 'dpa', '2024-10-28T12:00:00.000Z', 2, ?),
            (2, 'tarif', 'Tarif', 'tarif', 'afp', '2024-11-04T09:00:00.000Z', 1, ?)`,
    [NOW, NOW],
  );
  const wire = (id: number, ext: string, at: string | null, agency: string, story: number) =>
    db.run(
      `INSERT INTO wires (id, ext_id, text, published, published_at, agency, story, content_hash, imported_at, updated_at)
       VALUES (?, ?, 'x', ?, ?, ?, ?, 'h', ?, ?)`,
      [id, ext, at, at, agency, story, NOW, NOW],
    );
  // Inserted out of date order: the version number follows dates, not row ids.
  await wire(1, 'dpa-nato-2', '2024-10-28T16:00:00.000Z', 'dpa', 1);
  await wire(2, 'dpa-nato-1', '2024-10-28T12:00:00.000Z', 'dpa', 1);
  await wire(3, 'afp-tarif', '2024-11-04T09:00:00.000Z', 'afp', 2);
  const article = (
    ext: string,
    outlet: string | null,
    at: string | null,
    verdict: string,
    wireId: number | null,
    reuse: number,
    coverage: number,
    traced = true,
  ) =>
    db.run(
      `INSERT INTO articles (ext_id, text, outlet, published, published_at, content_hash, imported_at, updated_at,
                             traced_hash, verdict, story, wire, reuse_share, wire_coverage, score)
       VALUES (?, 'x', ?, ?, ?, 'c', ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
      [
        ext,
        outlet,
        at,
        at,
        NOW,
        NOW,
        traced ? 'c' : 'old',
        verdict,
        wireId === 3 ? 2 : wireId ? 1 : null,
        wireId,
        reuse,
        coverage,
      ],
    );
  await article('sp-1', 'Spiegel', '2024-10-28T13:00:00.000Z', 'derived', 2, 0.9, 0.7);
  await article('sp-2', 'Spiegel', '2024-10-28T20:00:00.000Z', 'partial', 1, 0.3, 0.2);
  await article('sp-3', 'Spiegel', '2024-11-05T09:30:00.000Z', 'derived', 3, 0.8, 0.6);
  await article('sp-4', 'Spiegel', null, 'independent', null, 0, 0);
  await article('taz-1', 'taz', '2024-11-04T21:00:00.000Z', 'derived', 3, 0.95, 0.9);
  await article('taz-2', 'taz', '2024-11-06T10:00:00.000Z', 'independent', null, 0, 0);
  await article('stale', 'taz', '2024-11-06T10:00:00.000Z', 'derived', 3, 1, 1, false);
  await article('anon', null, '2024-11-06T10:00:00.000Z', 'derived', 3, 1, 1);
}

const seed = seedTexts();

for (const dialect of TEST_DIALECTS) {
  describe.skipIf(dialect.skip)(`outlet aggregates on ${dialect.name}`, () => {
    it('counts verdicts and takes exact medians per outlet, leaving out untraced and nameless articles', async () => {
      const db = await openDatabase(await dialect.fresh());
      await fill(db);
      expect(await refreshOutletStats(db)).toEqual({ outlets: 2, articles: 6 });
      const { outlets, agencies } = await listOutlets(db, {});
      expect(agencies).toEqual(['afp', 'dpa']);
      const spiegel = outlets.find((o) => o.outlet === 'Spiegel');
      expect(spiegel).toMatchObject({ articles: 4, derived: 2, partial: 1, independent: 1 });
      expect(spiegel!.medianReuseShare).toBeCloseTo(0.55, 10); // 0, 0.3, 0.8, 0.9
      expect(spiegel!.medianWireCoverage).toBeCloseTo(0.4, 10);
      expect(spiegel!.medianLagHours).toBe(4); // 1 h, 4 h, 24.5 h
      expect(outlets.find((o) => o.outlet === 'taz')).toMatchObject({ articles: 2, medianLagHours: 12 });
      await db.close();
    });

    it('filters by day range and agency, exactly, and refreshes without duplicating', async () => {
      const db = await openDatabase(await dialect.fresh());
      await fill(db);
      await refreshOutletStats(db);
      await refreshOutletStats(db);
      const october = await listOutlets(db, { from: '2024-10-28', to: '2024-10-28' });
      expect(october.outlets).toMatchObject([{ outlet: 'Spiegel', articles: 2, medianLagHours: 2.5 }]);
      const afp = await listOutlets(db, { agency: 'afp' });
      expect(afp.outlets.map((o) => [o.outlet, o.articles]).sort()).toEqual([
        ['Spiegel', 1],
        ['taz', 1],
      ]);
      expect((await listOutlets(db, { from: '2025-01-01' })).outlets).toEqual([]);
      await db.close();
    });

    it("gives an outlet's weeks, histograms and articles with the version their comparison opens", async () => {
      const db = await openDatabase(await dialect.fresh());
      await fill(db);
      await refreshOutletStats(db);
      const slug = (await listOutlets(db, {})).outlets.find((o) => o.outlet === 'Spiegel')!.slug;
      const detail = await getOutlet(db, slug);
      expect(detail!.weeks).toEqual([
        { week: '2024-10-28', derived: 1, partial: 1, independent: 0 },
        { week: '2024-11-04', derived: 1, partial: 0, independent: 0 },
      ]);
      expect(detail!.undated).toBe(1);
      expect(detail!.reuse.map((b) => b.count)).toEqual([1, 0, 0, 1, 0, 0, 0, 0, 1, 1]);
      expect(detail!.lag.reduce((n, b) => n + b.count, 0)).toBe(3);
      expect(await getOutlet(db, 'nobody-0000000')).toBeNull();

      const page = await listOutletArticles(db, detail!.figures, 1);
      expect(page.articles.map((a) => [a.id, a.storyId, a.version, a.wire, a.lagHours])).toEqual([
        ['sp-3', 2, 1, 'afp-tarif', 24.5],
        ['sp-2', 1, 2, 'dpa-nato-2', 4],
        ['sp-1', 1, 1, 'dpa-nato-1', 1],
        ['sp-4', null, null, null, null],
      ]);
      expect(outletIdFor('sp-2')).toMatch(/^a-sp-2-/);
      expect(await outletExists(db, 'taz')).toBe(true);
      expect(await outletExists(db, 'Bild')).toBe(false);
      await db.close();
    });

    it('agrees with the verdicts the trace job stored for the seed story', async () => {
      const db = await openDatabase(await dialect.fresh());
      const now = new Date().toISOString();
      await db.transaction(async (tx) => {
        await upsertWires(
          tx,
          [{ id: 'dpa-1', text: seed.wire, agency: 'dpa', published: '2024-10-28T12:00:00Z' }],
          now,
        );
        await upsertArticles(
          tx,
          ['001', '002', '003', '004'].map((n) => ({
            id: `outlet-${n}`,
            outlet: `Outlet ${n}`,
            published: '2024-10-28T18:00:00Z',
            text: seed.outlets[`outlet-${n}`]!,
          })),
          now,
        );
      });
      await runTraceJob(db);
      await refreshOutletStats(db);
      const { outlets } = await listOutlets(db, {});
      const counts = await corpusReader(db).counts();
      const sum = (key: 'derived' | 'partial' | 'independent') => outlets.reduce((n, o) => n + o[key], 0);
      expect([sum('derived'), sum('partial'), sum('independent')]).toEqual([
        counts.derived,
        counts.partial,
        counts.independent,
      ]);
      for (const outlet of outlets) {
        const [article] = (await listOutletArticles(db, outlet, 1)).articles;
        const stored = await db.get<{ verdict: string; reuse_share: number }>(
          'SELECT verdict, reuse_share FROM articles WHERE ext_id = ?',
          [article!.id],
        );
        expect(outlet[stored!.verdict as 'derived']).toBe(1);
        expect(outlet.medianReuseShare).toBeCloseTo(stored!.reuse_share, 4);
        if (stored!.verdict !== 'independent') expect(outlet.medianLagHours).toBe(6);
      }
      await db.close();
    });

    it('exports article rows by outlet and day range', async () => {
      const db = await openDatabase(await dialect.fresh());
      await fill(db);
      const ids: string[] = [];
      for await (const batch of exportArticles(db, { to: '2024-11-04' })) ids.push(...batch.map((a) => a.id));
      expect(ids).toEqual(['sp-1', 'sp-2', 'taz-1']);
      const taz: string[] = [];
      for await (const batch of exportArticles(db, { outlet: 'taz', from: '2024-11-05' }))
        taz.push(...batch.map((a) => a.id));
      expect(taz).toEqual(['taz-2']);
      await db.close();
    });
  });
}
