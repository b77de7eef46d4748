import { expect, test } from '@playwright/test';

// Runs against the e2e archive (e2e/seed-corpus.mjs: the seed story's wire as two dpa versions and its four
// outlet texts as articles "Outlet 001" … "Outlet 004", all published 2024-10-28, plus whatever synthetic archive
// surrounds them). The outlet figures must have been refreshed after the trace job (refreshOutletStats).

const outletRows = (page: import('@playwright/test').Page) =>
  page.locator('tbody tr[data-outlet^="Outlet 00"]');

test('the outlets table lists every outlet and sorts by any column, both ways', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outlets' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outlets' })).toBeVisible();
  await page.getByLabel('Outlet name contains').fill('Outlet 00');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(outletRows(page)).toHaveCount(4);

  await page.locator('a[data-sort="outlet"]').click();
  await expect(page).toHaveURL(/sort=outlet&dir=asc/);
  await expect(page.getByRole('columnheader', { name: /Outlet/ }).first()).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(outletRows(page).first()).toHaveAttribute('data-outlet', 'Outlet 001');
  await page.locator('a[data-sort="outlet"]').click();
  await expect(page).toHaveURL(/sort=outlet&dir=desc/);
  await expect(outletRows(page).first()).toHaveAttribute('data-outlet', 'Outlet 004');

  await page.locator('a[data-sort="medianReuseShare"]').click();
  await expect(page).toHaveURL(/sort=medianReuseShare&dir=desc/);
  await expect(page).toHaveURL(/q=Outlet/);
  const shares = await outletRows(page)
    .locator('td:nth-of-type(8)')
    .allTextContents()
    .then((cells) => cells.map((cell) => Number.parseInt(cell, 10)));
  expect(shares).toEqual([...shares].sort((a, b) => b - a));
});

test('the outlets table filters by name, date range and agency, and reports a bad date', async ({ page }) => {
  await page.goto('/outlets?q=outlet%20002');
  await expect(outletRows(page)).toHaveCount(1);
  await page.goto('/outlets?q=Outlet%2000&from=2024-10-28&to=2024-10-28&agency=dpa');
  await expect(outletRows(page)).not.toHaveCount(0);
  await page.getByLabel('Published from').fill('2025-01-01');
  await page.getByLabel('to', { exact: true }).fill('2025-01-31');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByText('No outlet has traced articles that match these filters.')).toBeVisible();
  const response = await page.goto('/outlets?from=2024-13-45');
  expect(response?.status()).toBe(200);
  await expect(page.locator('#filter-from-problem')).toContainText('"from" must be a day like 2024-10-28');
  await expect(page.getByLabel('Published from')).toHaveAttribute('aria-invalid', 'true');
});

test('an outlet page shows its charts with tables and drills down to the comparison', async ({ page }) => {
  await page.goto('/outlets?q=Outlet%2000&sort=outlet&dir=asc');
  // An outlet with a traced (derived or partial) article: its row's derived or partial count is not zero.
  const traced = outletRows(page).filter({ has: page.locator('td:nth-of-type(1)') });
  let name = '';
  for (const row of await traced.all()) {
    const cells = await row.locator('td').allTextContents();
    if (Number(cells[1]) + Number(cells[3]) > 0) {
      name = (await row.getAttribute('data-outlet')) ?? '';
      break;
    }
  }
  expect(name).not.toBe('');
  await outletRows(page).filter({ hasText: name }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.locator('figure svg[role="img"]')).toHaveCount(3);
  // Its one week (2024-10-28, not this year) is named in the text alternative and, with its year, under the bar.
  await expect(page.locator('figure svg desc').first()).toContainText(
    'One stacked bar for the week of 2024-10-28',
  );
  await expect(
    page
      .locator('figure svg')
      .first()
      .locator('text', { hasText: /^2024-10-28$/ }),
  ).toHaveCount(1);
  await expect(page.getByRole('table', { name: 'Articles per reuse share' })).toBeVisible();
  const article = page
    .locator('tr[data-article]')
    .filter({ has: page.getByRole('link') })
    .first();
  await expect(article).toContainText(/derived|partial/);
  await article.getByRole('link').click();
  await expect(page).toHaveURL(/\/corpus\/stories\/\d+\/v\/\d+\/outlets\/a-outlet-00\d-/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main')).toContainText(name);
});

test('the APIs answer JSON and CSV and refuse bad input with a message', async ({ request }) => {
  const outlets = await request.get('/api/outlets');
  expect(outlets.ok()).toBe(true);
  const body = (await outlets.json()) as { outlets: Array<{ outlet: string; articles: number }> };
  expect(body.outlets.filter((o) => o.outlet.startsWith('Outlet 00'))).toHaveLength(4);
  const csv = await request.get('/api/outlets?format=csv&from=2024-10-01&to=2024-10-31');
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).toMatch(/^\uFEFFoutlet,articles,derived,partial,independent,/);
  const articles = await request.get('/api/articles?outlet=Outlet%20001&format=csv');
  // trimEnd: trim() would also take the byte-order mark.
  const lines = (await articles.text()).trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    '\uFEFFid,outlet,published,verdict,best_wire,wire_version,reuse_share,wire_coverage,lag_hours',
  );
  expect(lines[1]).toMatch(/^outlet-001,Outlet 001,2024-10-28T18:00:00Z,(derived|partial|independent),/);

  const unknown = await request.get('/api/articles?outlet=Nobody');
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error).toContain('Unknown outlet "Nobody"');
  const badDate = await request.get('/api/outlets?from=28.10.2024');
  expect(badDate.status()).toBe(400);
  expect((await badDate.json()).error).toContain('"from" must be a day like 2024-10-28');
});

test('the methods page carries the engine version and a corpus snapshot in its cite line', async ({
  page,
}) => {
  await page.goto('/methods');
  const version = await page.locator('[data-engine-version]').textContent();
  const snapshot = await page.locator('[data-snapshot]').textContent();
  await expect(page.locator('[data-cite]')).toContainText(`Wiretrace ${version}`);
  await expect(page.locator('[data-cite]')).toContainText(snapshot!);
  expect(snapshot).toMatch(/^w\d+-a\d+-/);
});
