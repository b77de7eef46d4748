import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { expect, test, type APIRequestContext } from '@playwright/test';

const schema = JSON.parse(readFileSync('lib/engine/alignment.schema.json', 'utf8'));
const seed = (file: string) => readFileSync(`content/nato-nordkorea-kursk-2024-10/${file}`, 'utf8');
const wire = seed('wire.txt');
const outlet = seed('outlet-002.txt');

async function create(request: APIRequestContext, data: unknown, headers: Record<string, string> = {}) {
  return request.post('/api/comparisons', {
    data,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

test.describe('new comparison: paste, save, share', () => {
  test('paste → save → the link opens the same comparison in a fresh browser context', async ({
    page,
    browser,
  }) => {
    await page.goto('/new');
    await page.getByLabel('Title').fill('Nato und Nordkorea');
    await page.getByLabel("The agency's text").fill(wire);
    await page.getByLabel('Name').fill('Kölner Blatt');
    await page.getByLabel('Its text').fill(outlet);
    await page.getByRole('button', { name: 'Add an outlet version' }).click();
    await page.locator('[id="outlets.1.name"]').fill('<img src=x onerror=alert(1)>');
    await page.locator('[id="outlets.1.text"]').fill(seed('outlet-004.txt'));
    page.on('dialog', () => {
      throw new Error('a script from the texts ran');
    });
    await page.getByRole('button', { name: 'Compare and save' }).click();
    await expect(page).toHaveURL(/\/c\/[A-Za-z0-9_-]{22}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nato und Nordkorea');
    const link = page.url();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(`${link}#w2`);
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('Nato und Nordkorea');
    await expect(other.locator('[role="columnheader"][data-col="outlet-1"]')).toContainText('Kölner Blatt');
    // The independent version is listed apart, its name shown as text.
    await expect(other.locator('li[data-outlet="outlet-2"][data-verdict="independent"]')).toContainText(
      '<img src=x onerror=alert(1)>',
    );
    const edited = other
      .locator('[data-outlet="outlet-1"][data-status="edited"]')
      .filter({ hasText: 'Klare Worte' });
    await expect(edited.locator('del')).toContainText('der Nato');
    await expect(other.locator('#w2')).toBeInViewport();
    await other.getByRole('link', { name: 'Outlet view' }).click();
    await expect(other).toHaveURL(/\/c\/[A-Za-z0-9_-]{22}\/outlets\/outlet-1$/);
    await other.getByRole('link', { name: 'Wire view' }).click();
    await expect(other.locator('li[data-wire-unit="w3"]')).toContainText('1 kept');
    await fresh.close();
  });

  test('bad input shows beside its field and keeps everything typed, even across a reload', async ({
    page,
  }) => {
    await page.goto('/new');
    await page.getByLabel('Name').fill('Blatt A');
    await page.getByLabel('Its text').fill('Ein eigener Text des Blattes.');
    await page.getByRole('button', { name: 'Compare and save' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Your texts are still here' })).toBeVisible();
    await expect(page.locator('#wire-error')).toContainText('The wire text is missing');
    await expect(page.getByLabel("The agency's text")).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Its text')).toHaveValue('Ein eigener Text des Blattes.');

    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles({
        name: 'photo.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      });
    await expect(page.locator('#wire-error')).toContainText('photo.txt is not a plain-text file');
    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles({ name: 'wire.txt', mimeType: 'text/plain', buffer: Buffer.from(wire) });
    await expect(page.getByLabel("The agency's text")).toHaveValue(wire);

    await page.reload();
    await expect(page.getByLabel("The agency's text")).toHaveValue(wire);
    await expect(page.getByLabel('Name')).toHaveValue('Blatt A');
    await expect(page.getByLabel('Its text')).toHaveValue('Ein eigener Text des Blattes.');
  });
});

test.describe('the HTTP API', () => {
  test('creates (201), fetches as wiretrace.alignment/1 and exports CSV', async ({ request }) => {
    const response = await create(request, { wire, outlets: [{ name: 'A', text: outlet }] });
    expect(response.status()).toBe(201);
    const { id, url, links } = await response.json();
    expect(url).toBe(`/c/${id}`);
    expect(response.headers().location).toMatch(new RegExp(`/c/${id}$`));
    const json = await (await request.get(links.json)).json();
    expect(new Ajv2020().validate(schema, json)).toBe(true);
    expect(json.outlets[0].verdict).toBe('partial');
    const csv = await request.get(links.csv);
    expect(csv.headers()['content-type']).toContain('text/csv');
    // The CSV starts with a byte order mark, so spreadsheets read it as UTF-8.
    expect((await csv.text()).split('\r\n')[0]).toBe(
      '\uFEFFoutlet,status,wire,wireText,moved,sharedQuote,text',
    );
  });

  test('content stories are available as JSON and CSV too', async ({ request }) => {
    const json = await (await request.get('/api/stories/nato-nordkorea-kursk-2024-10')).json();
    expect(json.outlets.map((o: { verdict: string }) => o.verdict)).toEqual([
      'partial',
      'partial',
      'independent',
      'independent',
    ]);
    expect((await request.get('/api/stories/nato-nordkorea-kursk-2024-10?format=csv')).status()).toBe(200);
    expect((await request.get('/api/stories/nope')).status()).toBe(404);
  });

  test('answers every bad input with a 4xx that says what to fix', async ({ request }) => {
    const cases: Array<
      [string, () => Promise<{ status(): number; json(): Promise<{ error: string }> }>, number, RegExp]
    > = [
      [
        'malformed JSON',
        () =>
          request.post('/api/comparisons', {
            data: Buffer.from('{"wire": '),
            headers: { 'content-type': 'application/json' },
          }),
        400,
        /not valid JSON/,
      ],
      [
        'wrong content type',
        () =>
          request.post('/api/comparisons', {
            data: Buffer.from('wire=x'),
            headers: { 'content-type': 'text/plain' },
          }),
        415,
        /Content-Type: application\/json/,
      ],
      ['missing wire', () => create(request, { outlets: ['x'] }), 422, /wire text is missing/],
      ['empty texts', () => create(request, { wire: '  ', outlets: [''] }), 422, /empty/],
      [
        'too many outlets',
        () => create(request, { wire, outlets: Array.from({ length: 21 }, () => 'x') }),
        422,
        /limit is 20/,
      ],
      [
        'text too long',
        () => create(request, { wire: 'x'.repeat(200_001), outlets: ['y'] }),
        422,
        /too long/,
      ],
      [
        'binary content',
        () => create(request, { wire: 'PK\u0003\u0004\u0000', outlets: ['y'] }),
        422,
        /binary/,
      ],
      [
        'body too large',
        () =>
          request.post('/api/comparisons', {
            data: Buffer.from(`{"wire":"${'x'.repeat(6 * 1024 * 1024)}"}`),
            headers: { 'content-type': 'application/json' },
          }),
        413,
        /too large/,
      ],
    ];
    for (const [name, send, status, message] of cases) {
      const response = await send();
      expect(response.status(), name).toBe(status);
      expect((await response.json()).error, name).toMatch(message);
    }
    expect((await request.get('/api/comparisons/AAAAAAAAAAAAAAAAAAAAAA')).status()).toBe(404);
    expect((await request.get('/c/not-an-id')).status()).toBe(404);
  });

  test('limits how many comparisons one client creates per minute (429)', async ({ request }) => {
    const headers = { 'x-forwarded-for': '203.0.113.77' };
    for (let i = 0; i < 30; i += 1)
      expect((await create(request, { wire: 'x', outlets: ['y'] }, headers)).status()).toBe(201);
    const refused = await create(request, { wire: 'x', outlets: ['y'] }, headers);
    expect(refused.status()).toBe(429);
    expect(refused.headers()['retry-after']).toMatch(/^\d+$/);
    expect((await refused.json()).error).toMatch(/Too many comparisons/);
  });

  test('every page carries the security headers', async ({ request }) => {
    for (const path of [
      '/',
      '/new',
      '/stories/nato-nordkorea-kursk-2024-10',
      '/api/stories/nato-nordkorea-kursk-2024-10',
    ]) {
      const headers = (await request.get(path)).headers();
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
    }
  });
});
