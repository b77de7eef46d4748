import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const story = '/stories/nato-nordkorea-kursk-2024-10';
const sentence = (page: Page, outlet: string, status: string) =>
  page.locator(`[data-outlet="${outlet}"][data-status="${status}"]`);

test.describe('side-by-side view on the seed story', () => {
  test('shows copied and edited sentences with the changed words marked', async ({ page }) => {
    await page.goto(story);
    expect(await sentence(page, 'outlet-001', 'copied').count()).toBeGreaterThanOrEqual(5);
    const edited = sentence(page, 'outlet-002', 'edited').filter({ hasText: 'Klare Worte von der Nato' });
    // Screen readers hear the marks too: the brackets are visually hidden.
    await expect(edited.locator('ins').first()).toHaveText('[inserted: Klare Worte von der Nato]');
    await expect(edited.locator('del')).toHaveText('[removed: der Nato]');
    await expect(edited.locator('ins').nth(1)).toHaveText('[inserted: des Verteidigungsbündnisses]');
    await expect(edited.locator('del')).toHaveCSS('text-decoration-line', 'line-through');
  });

  test("marks each outlet's own additions and collapses its furniture", async ({ page }) => {
    await page.goto(story);
    await expect(
      sentence(page, 'outlet-002', 'added').filter({ hasText: 'Zweifel an Leistungsfähigkeit' }),
    ).toBeVisible();
    await expect(
      sentence(page, 'outlet-001', 'added').filter({ hasText: 'Ukraine-Krieg Nato' }),
    ).toBeVisible();
    const credit = sentence(page, 'outlet-001', 'boilerplate').filter({ hasText: 'DPA · Reuters' });
    await expect(credit).toBeHidden();
    await page.locator('[data-col="outlet-001"] summary', { hasText: 'page furniture' }).last().click();
    await expect(credit).toBeVisible();
  });

  test('shows 003 and 004 as independent, not forced into rows', async ({ page }) => {
    await page.goto(`${story}/overview`);
    for (const id of ['outlet-003', 'outlet-004'])
      await expect(page.locator(`tr[data-outlet="${id}"]`)).toHaveAttribute('data-verdict', 'independent');
    await page.goto(story);
    for (const id of ['outlet-003', 'outlet-004']) {
      await expect(page.locator(`li[data-outlet="${id}"][data-verdict="independent"]`)).toBeVisible();
      await expect(page.locator(`[role="columnheader"][data-col="${id}"]`)).toBeHidden();
    }
    // What 003 shares is a quotation: the heat map says so instead of showing an edit.
    await page.goto(`${story}/overview`);
    await expect(page.locator('td[data-outlet="outlet-003"][data-wire-unit="w3"]')).toHaveAttribute(
      'data-shared-quote',
      'true',
    );
  });

  test('shows a dropped wire sentence as an explicit dropped cell and rows carry their wire unit', async ({
    page,
  }) => {
    await page.goto(story);
    const row = page.locator('[data-wire-unit="w5"][role="row"]');
    await expect(row.locator('[data-outlet="outlet-002"][data-status="dropped"]')).toHaveText(/dropped/);
  });

  test('the heat map links each cell to its row', async ({ page }) => {
    await page.goto(`${story}/overview`);
    await page.locator('td[data-outlet="outlet-002"][data-wire-unit="w7"] a').click();
    await expect(page).toHaveURL(/#w7$/);
    await expect(page.locator('#w7')).toBeInViewport();
  });
});

test.describe('links restore the view', () => {
  test('a shared link opened in a fresh browser context shows the same columns and focus', async ({
    page,
    browser,
  }) => {
    await page.goto(story);
    await page.getByRole('checkbox', { name: 'Outlet 001' }).uncheck();
    await expect(page).toHaveURL(/\?outlets=outlet-002$/);
    await page.getByRole('checkbox', { name: 'Outlet 001' }).check();
    await expect(page).toHaveURL(/\?outlets=outlet-002%2Coutlet-001$/);
    await page.getByRole('button', { name: 'Move Outlet 002 right' }).click();
    await expect(page).toHaveURL(new RegExp(`${story}$`));
    await page.getByRole('button', { name: 'Move Outlet 002 left' }).click();
    await expect(page).toHaveURL(/\?outlets=outlet-002%2Coutlet-001$/);
    await page.evaluate(() => {
      window.location.hash = 'w7';
    });
    const shared = page.url();
    expect(shared).toMatch(/\?outlets=outlet-002%2Coutlet-001#w7$/);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(shared);
    const x = async (id: string) =>
      (await other.locator(`[role="columnheader"][data-col="${id}"]`).boundingBox())!.x;
    await expect.poll(async () => (await x('outlet-002')) < (await x('outlet-001'))).toBe(true);
    await expect(other.locator('#w7')).toBeInViewport();
    await expect(other.locator('#w7')).toHaveCSS('outline-style', 'solid');
    await fresh.close();
  });

  test('invalid parameters fall back to the defaults', async ({ page }) => {
    await page.goto(`${story}?outlets=nope,,outlet-999#no-such-sentence`);
    await expect(page.locator('[role="columnheader"][data-col="outlet-001"]')).toBeVisible();
    await expect(page.locator('[role="columnheader"][data-col="outlet-002"]')).toBeVisible();
    expect((await page.goto(`${story}/outlets/no-such-outlet`))?.status()).toBe(404);
  });

  test('copy link puts the address of this view on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${story}?outlets=outlet-002#w3`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\?outlets=outlet-002#w3$/);
  });

  test('pages have titles, descriptions and a generated preview image', async ({ page, request }) => {
    await page.goto(story);
    await expect(page).toHaveTitle(/Nato: Putin .* · Wiretrace/);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
      'content',
      /Outlet 001: partial/,
    );
    const image = await page.locator('meta[property="og:image"]').first().getAttribute('content');
    const response = await request.get(new URL(image!).pathname);
    expect(response.headers()['content-type']).toBe('image/png');
    expect((await response.body()).length).toBeGreaterThan(10_000);
  });
});

test.describe('outlet and wire views', () => {
  test('the outlet view shows the article in its own order; selecting a sentence shows its wire source', async ({
    page,
  }) => {
    await page.goto(`${story}/outlets/outlet-002`);
    await expect(page.getByRole('heading', { level: 2, name: /Outlet 002/ })).toBeVisible();
    const first = page.locator('article [data-status]').first();
    await expect(first).toHaveAttribute('data-status', 'boilerplate');
    const edited = sentence(page, 'outlet-002', 'edited').filter({ hasText: 'Klare Worte' });
    await expect(edited.locator('.wire-source')).toBeHidden();
    await edited.locator('a').first().click();
    await expect(page).toHaveURL(/#outlet-002-u\d+$/);
    await expect(edited.locator('.wire-source')).toContainText(
      'Russlands Präsident Wladimir Putin ist für eine Fortsetzung',
    );
    const added = sentence(page, 'outlet-002', 'added').filter({ hasText: 'Kremlchef Putin drohte' });
    await added.locator('a').first().click();
    await expect(added.locator('.wire-source')).toContainText('No wire source');
  });

  test('the outlet view of an independent version says its resemblances are not copies', async ({ page }) => {
    await page.goto(`${story}/outlets/outlet-003`);
    await expect(page.locator('[data-verdict-note="independent"]')).toContainText(
      'not derived from the wire',
    );
    await page.goto(`${story}/outlets/outlet-001`);
    await expect(page.locator('[data-verdict-note]')).toHaveCount(0);
  });

  test('the wire view lists what each outlet did with a sentence', async ({ page }) => {
    await page.goto(`${story}/wire`);
    const w3 = page.locator('li[data-wire-unit="w3"]');
    await expect(w3).toContainText('2 kept');
    await w3.locator('summary').click();
    await expect(w3.locator('[data-outlet="outlet-001"][data-status="kept"]')).toBeVisible();
    await expect(w3.locator('[data-outlet="outlet-004"][data-status="dropped"]')).toBeVisible();
  });
});

test.describe('keyboard, phone and accessibility', () => {
  test('controls are reachable and usable with the keyboard', async ({ page }) => {
    await page.goto(story);
    const wireTab = page.getByRole('link', { name: 'Wire view' });
    for (let i = 0; i < 10 && !(await wireTab.evaluate((el) => el === document.activeElement)); i += 1)
      await page.keyboard.press('Tab');
    await expect(wireTab).toBeFocused();
    await expect(wireTab).toHaveCSS('outline-style', 'solid');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/wire$/);
    await page.locator('li[data-wire-unit="w2"] summary').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('li[data-wire-unit="w2"] [data-outlet="outlet-001"]')).toBeVisible();
  });

  test('on a phone: the wire plus one version with a switcher, no horizontal scrolling', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(story);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const w2 = page.locator('[data-wire-unit="w2"][role="row"]');
    await expect(w2.locator('[data-col="outlet-001"]')).toBeVisible();
    await expect(w2.locator('[data-col="outlet-002"]')).toBeHidden();
    await page.getByLabel('Version beside the wire').selectOption('outlet-002');
    await expect(w2.locator('[data-col="outlet-002"]')).toBeVisible();
    await expect(w2.locator('[data-col="outlet-001"]')).toBeHidden();
    await expect(page).toHaveURL(/\?outlets=outlet-002%2Coutlet-001$/);
    for (const path of [`${story}/outlets/outlet-002`, `${story}/wire`, '/']) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
    await context.close();
  });

  for (const [name, path] of [
    ['home', '/'],
    ['new comparison', '/new'],
    ['side by side', story],
    ['overview', `${story}/overview`],
    ['outlet view', `${story}/outlets/outlet-001`],
    ['wire view', `${story}/wire`],
  ]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${name} (${colorScheme}) has no serious or critical accessibility violations`, async ({
        browser,
      }) => {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(path!);
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(
          serious.map(
            (v) =>
              `${v.id}: ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          ),
        ).toEqual([]);
        await context.close();
      });
    }
  }
});
