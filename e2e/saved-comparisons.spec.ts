import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';

const seed = (file: string) => readFileSync(`content/nato-nordkorea-kursk-2024-10/${file}`, 'utf8');
const wire = seed('wire.txt');

// Each create from its own (documentation-range) address, so that this file never meets the per-client limit.
let client = 0;
async function create(request: APIRequestContext, data: unknown) {
  client += 1;
  const response = await request.post('/api/comparisons', {
    data,
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `192.0.2.${(client % 250) + 1}` },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; url: string; deleteToken: string };
}

const withMetadata = {
  title: 'Nato und Nordkorea',
  agency: 'dpa',
  wirePublished: '2024-10-28',
  wire,
  outlets: [
    {
      name: 'Kölner Blatt',
      text: seed('outlet-001.txt'),
      url: 'https://koelner-blatt.example/nato',
      published: '2024-10-29',
    },
    { name: 'Outlet 2', text: seed('outlet-002.txt') },
  ],
};

test('delete: a wrong secret deletes nothing (403); the right one answers 204 and the page, JSON and CSV are gone', async ({
  request,
}) => {
  const { id, deleteToken } = await create(request, withMetadata);
  const wrong = await request.delete(`/api/comparisons/${id}`, {
    headers: { authorization: 'Bearer wrong' },
  });
  expect(wrong.status()).toBe(403);
  expect((await request.get(`/api/comparisons/${id}`)).status()).toBe(200);
  const right = await request.delete(`/api/comparisons/${id}`, {
    headers: { authorization: `Bearer ${deleteToken}` },
  });
  expect(right.status()).toBe(204);
  expect((await request.get(`/c/${id}`)).status()).toBe(404);
  expect((await request.get(`/api/comparisons/${id}`)).status()).toBe(404);
  expect((await request.get(`/api/comparisons/${id}?format=csv`)).status()).toBe(404);
});

test('the page shows the metadata and tells "saved on" apart from the story date', async ({
  page,
  request,
}) => {
  const { url } = await create(request, withMetadata);
  await page.goto(`${url}/overview`);
  await expect(page.locator('header time').first()).toHaveText('28 October 2024');
  await expect(page.getByText('wire: dpa')).toBeVisible();
  await expect(page.locator('[data-saved-on]')).toContainText('Comparison saved on');
  await expect(page.locator('tr[data-outlet="outlet-1"]')).toContainText('29 October 2024');
});

test('edit opens a new comparison prefilled; saving makes a new link and the old one is unchanged', async ({
  page,
  request,
}) => {
  const { id } = await create(request, withMetadata);
  await page.goto(`/new?from=${id}`);
  await expect(page.getByRole('status')).toContainText('Saving makes a new link');
  await expect(page.getByLabel('Title')).toHaveValue('Nato und Nordkorea');
  await expect(page.locator('[id="outlets.0.url"]')).toHaveValue('https://koelner-blatt.example/nato');
  await page.getByLabel('Title').fill('Nato und Nordkorea, zweiter Blick');
  await page.getByRole('button', { name: 'Remove outlet version 2' }).click();
  await page.getByRole('button', { name: 'Compare and save' }).click();
  await expect(page).toHaveURL(/\/c\/[A-Za-z0-9_-]{22}$/);
  expect(page.url()).not.toContain(id);
  await page.goto(`${page.url()}/overview`);
  await expect(page.locator('tr[data-outlet]')).toHaveCount(1);
  const old = await (await request.get(`/api/comparisons/${id}?format=bundle`)).json();
  expect(old.title).toBe('Nato und Nordkorea');
  expect(old.outlets).toHaveLength(2);
  await page.goto('/mine');
  await expect(page.getByRole('list', { name: 'My comparisons' })).toContainText('zweiter Blick');
});

test('several .txt files at once become one version each, named from the file', async ({ page }) => {
  await page.goto('/new');
  await page.getByLabel("The agency's text").fill(wire);
  await page.getByLabel('Add outlet versions from .txt files').setInputFiles(
    ['001', '002', '003'].map((n) => ({
      name: `rhein-zeitung_${n}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(seed(`outlet-${n}.txt`)),
    })),
  );
  await expect(page.locator('[data-outlet-row]')).toHaveCount(3);
  await expect(page.locator('[id="outlets.2.name"]')).toHaveValue('rhein zeitung 003');
  await page.getByRole('button', { name: 'Compare and save' }).click();
  await expect(page).toHaveURL(/\/c\//);
  await page.goto(`${page.url()}/overview`);
  await expect(page.locator('tr[data-outlet]')).toHaveCount(3);
});

test('exports: per outlet, per sentence with wire text and dropped sentences, a self-contained bundle, the texts', async ({
  request,
}) => {
  const { id } = await create(request, withMetadata);
  const outlets = (await (await request.get(`/api/comparisons/${id}?format=outlets`)).text()).split('\r\n');
  expect(outlets[0]).toBe(
    '\uFEFFname,url,published,verdict,reuseShare,wireUsed,words,addedWords,movedSentences',
  );
  expect(outlets[1]).toBe(
    'Kölner Blatt,https://koelner-blatt.example/nato,2024-10-29,partial,0.4601,0.4379,276,142,0',
  );
  const sentences = await (await request.get(`/api/comparisons/${id}?format=csv`)).text();
  expect(sentences).toContain('Kölner Blatt,dropped,w5,');
  const bundle = await (await request.get(`/api/comparisons/${id}?format=bundle`)).json();
  expect(bundle).toMatchObject({ schema: 'wiretrace.bundle/1', agency: 'dpa', wirePublished: '2024-10-28' });
  // The bundle alone rebuilds the highlighting: its offsets point into its own texts.
  const unit = bundle.alignment.outlets[0].units.find(
    (u: { status: string; wire: string[] }) => u.status === 'copied' && u.wire[0] === 'w3',
  );
  expect(bundle.outlets[0].text.slice(unit.start, unit.end).trim()).toMatch(/^"Mehr als 600\.000/);
  const texts = await (await request.get(`/api/comparisons/${id}?format=texts`)).text();
  expect(texts).toContain('===== Kölner Blatt <https://koelner-blatt.example/nato> =====');
  expect(texts).toContain(wire.trimEnd());
});

test('several wire versions: each outlet is shown with the version it is closest to, and the page says which', async ({
  page,
  request,
}) => {
  const update = wire
    .replace(
      /Russlands Präsident Wladimir Putin[^\n]*/,
      'Die Nato sieht in der Entsendung nordkoreanischer Soldaten nach Kursk eine gefährliche Ausweitung des Krieges, teilte das Bündnis am Montag in Brüssel mit.',
    )
    .concat(
      '\n\nDie Nato will am Donnerstag erneut beraten, kündigte Generalsekretär Mark Rutte in Brüssel an.',
    );
  const { url } = await create(request, {
    wire,
    wireVersions: [{ label: 'Update', text: update }],
    outlets: [
      { name: 'Kölner Blatt', text: seed('outlet-001.txt') },
      { name: 'Copy of the update', text: update.split('\n\n').slice(0, 3).join('\n\n') },
    ],
  });
  await page.goto(`${url}/overview`);
  const versions = page.getByRole('navigation', { name: 'Wire versions' });
  await expect(versions).toContainText('2 wire versions');
  await expect(page.locator('tr[data-outlet]')).toHaveCount(1);
  await expect(page.locator('tr[data-outlet]')).toContainText('Kölner Blatt');
  await versions.getByRole('link', { name: /v2 Update/ }).click();
  await expect(page).toHaveURL(/\/v\/2\/overview$/);
  await expect(page.locator('tr[data-outlet]')).toContainText('Copy of the update');
});

test('an outlet as the base shows copy chains: the wire and the other outlets against it', async ({
  page,
  request,
}) => {
  const { url } = await create(request, withMetadata);
  await page.goto(url);
  const versions = page.getByRole('navigation', { name: 'Wire versions' });
  await versions.getByText('Base of the comparison').click();
  await versions.getByRole('link', { name: 'Kölner Blatt' }).click();
  await expect(page).toHaveURL(/\/v\/o1$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('against Kölner Blatt');
  await page.goto(`${page.url()}/overview`);
  await expect(page.locator('tr[data-outlet="agency-wire"]')).toContainText('Wire (dpa)');
});
