import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { syntheticComparison } from '../scripts/lib/synthetic-comparison';
import { saveComparison } from './fixtures/many-versions';

// Three versions of 40,000 characters each: far more than one page (row-pages.ts: 30,000 characters a page).
let long = '';
const client = () => ({
  'x-forwarded-for': `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`,
});
test.beforeAll(async ({ baseURL }) => {
  long = await saveComparison(baseURL!, syntheticComparison(3, 40_000, 7));
});
test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders(client());
});

const wireIds = (ids: string[]) => ids.map((id) => Number(id.slice(1)));

test.describe('a long comparison is shown a part at a time', () => {
  test('side by side: a bounded first part, and the next part goes on along the wire', async ({ page }) => {
    const response = await page.goto(long);
    // A part is about 0.5 MB of HTML; the whole comparison in one page would be several times that.
    expect((await response!.body()).length).toBeLessThan(1_000_000);
    const pager = page.getByRole('navigation', { name: 'Parts (top)' });
    await expect(pager).toContainText(/Part 1 of ([4-9]|\d\d)/);
    // Find searches what the page holds, and says so.
    await expect(page.getByLabel('Find in this part')).toBeVisible();
    const first = wireIds(
      await page.locator('[role="row"][data-wire-unit]').evaluateAll((rows) => rows.map((r) => r.id)),
    );
    expect(first[0]).toBe(1);
    await pager.getByRole('link', { name: 'Next part' }).click();
    await expect(page).toHaveURL(/\?rows=2$/);
    await expect(page.getByRole('navigation', { name: 'Parts (top)' })).toContainText('Part 2 of');
    const second = wireIds(
      await page.locator('[role="row"][data-wire-unit]').evaluateAll((rows) => rows.map((r) => r.id)),
    );
    expect(second[0]).toBeGreaterThan(first.at(-1)!);
  });

  test('paging keeps the chosen columns', async ({ page }) => {
    await page.goto(`${long}?outlets=outlet-2`);
    await page
      .getByRole('navigation', { name: 'Parts (top)' })
      .getByRole('link', { name: 'Next part' })
      .click();
    await expect(page).toHaveURL(/outlets=outlet-2/);
    await expect(page).toHaveURL(/rows=2/);
  });

  test('a wire source link in the outlet view opens the part that holds the wire sentence', async ({
    page,
  }) => {
    await page.goto(`${long}/outlets/outlet-1?part=2`);
    await expect(page.getByRole('navigation', { name: 'Parts (top)' })).toContainText('Part 2 of');
    const link = page.locator('.wire-source a[href*="?rows="]').first();
    const href = (await link.getAttribute('href'))!;
    const wireId = href.split('#')[1]!;
    await page.goto(href);
    await expect(page.locator(`[role="row"]#${wireId}`)).toHaveCount(1);
  });

  test('the wire view pages along the same sentences and links to the outlet sentence on its part', async ({
    page,
  }) => {
    await page.goto(`${long}/wire?rows=2`);
    const ids = await page.locator('li[data-wire-unit]').evaluateAll((items) => items.map((i) => i.id));
    await page.goto(`${long}?rows=2`);
    const rowIds = await page
      .locator('[role="row"][data-wire-unit]')
      .evaluateAll((rows) => rows.map((r) => r.id));
    expect(ids).toEqual(rowIds);
    await page.goto(`${long}/wire?rows=4`);
    const toOutlet = page.locator('li[data-wire-unit] a[href*="?part="]').first();
    const href = (await toOutlet.getAttribute('href'))!;
    await page.goto(href);
    await expect(page.locator(`#${href.split('#')[1]}`)).toHaveCount(1);
  });

  test('the overview heat map shows one part of the wire, its cells linking into that part', async ({
    page,
  }) => {
    await page.goto(`${long}/overview?rows=2`);
    const cell = page.locator('table[aria-label^="Heat map"] a').first();
    await expect(cell).toHaveAttribute('href', /\?rows=2#w\d+$/);
  });

  for (const colorScheme of ['light', 'dark'] as const)
    test(`a part with its pagers is axe clean (${colorScheme})`, async ({ browser }) => {
      test.setTimeout(60_000);
      const context = await browser.newContext({ colorScheme, extraHTTPHeaders: client() });
      const page = await context.newPage();
      await page.goto(`${long}?rows=2`);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      await context.close();
    });
});
