import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';

// "Find the source" with `open: true` saves through the same create path as POST /api/comparisons: the same
// limit per client (30 a minute on the e2e server, playwright.config.ts), the same checks, and the delete secret
// in the answer. Each test is its own client through X-Forwarded-For (the e2e server trusts one proxy hop).
const seedText = (file: string) => readFileSync(`content/nato-nordkorea-kursk-2024-10/${file}`, 'utf8');
const E2E_CREATE_LIMIT = 30;

function lookup(request: APIRequestContext, body: unknown, client: string) {
  return request.post('/api/sources', {
    data: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
  });
}

test('open within the limit saves the comparison with its delete secret, which deletes it', async ({
  request,
}) => {
  const client = '192.0.2.201';
  const answer = await lookup(request, { text: seedText('outlet-001.txt'), open: true }, client);
  expect(answer.status()).toBe(200);
  const body = (await answer.json()) as {
    sources: Array<{ wire: string; verdict: string }>;
    comparison: { id: string; url: string; title: string; deleteToken: string; links: { json: string } };
  };
  expect(body.sources[0]).toMatchObject({
    wire: expect.stringMatching(/^dpa-nato-kursk-\d$/),
    verdict: 'partial',
  });
  const { id, url, title, deleteToken, links } = body.comparison;
  expect(url).toBe(`/c/${id}`);
  expect(title).toMatch(/^Source found: Nato: Nordkoreanische Truppen in Kursk/);
  expect(deleteToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
  expect(links.json).toBe(`/api/comparisons/${id}`);
  const saved = await (await request.get(links.json, { headers: { 'x-forwarded-for': client } })).json();
  expect(saved.outlets.map((o: { source: string }) => o.source)).toEqual(['Your article']);

  const wrong = await request.delete(`/api/comparisons/${id}`, { headers: { authorization: 'Bearer nope' } });
  expect(wrong.status()).toBe(403);
  const deleted = await request.delete(`/api/comparisons/${id}`, {
    headers: { authorization: `Bearer ${deleteToken}` },
  });
  expect(deleted.status()).toBe(204);
  expect((await request.get(links.json, { headers: { 'x-forwarded-for': client } })).status()).toBe(404);
});

test('open counts with POST /api/comparisons: past the create limit it is refused before the lookup runs', async ({
  request,
}) => {
  const client = '192.0.2.202';
  for (let i = 0; i < E2E_CREATE_LIMIT; i += 1) {
    const created = await request.post('/api/comparisons', {
      data: { wire: 'Berlin (dpa) - Die Bahn fährt wieder.', outlets: ['Die Bahn fährt wieder.'] },
      headers: { 'x-forwarded-for': client },
    });
    expect(created.status()).toBe(201);
  }
  const refused = await lookup(request, { text: seedText('outlet-001.txt'), open: true }, client);
  expect(refused.status()).toBe(429);
  expect(refused.headers()['retry-after']).toMatch(/^\d+$/);
  expect((await refused.json()).error).toMatch(/^Too many comparisons created: the limit is 30 a minute/);
  // A lookup that saves nothing is not a create: it still answers.
  const plain = await lookup(request, { text: seedText('outlet-001.txt') }, client);
  expect(plain.status()).toBe(200);
  expect(await plain.json()).not.toHaveProperty('comparison');
});

test('open refuses a lone surrogate as a create does (422 naming the field), before any lookup', async ({
  request,
}) => {
  // Written as a JSON escape, as a client would send it; the parsed string holds an unpaired U+D800.
  const answer = await lookup(request, '{"text": "Nato \\ud800 Kursk", "open": true}', '192.0.2.203');
  expect(answer.status()).toBe(422);
  expect((await answer.json()).errors).toEqual([
    { field: 'text', message: expect.stringMatching(/U\+D800 \(a lone UTF-16 surrogate/) },
  ]);
});

test('the find form remembers the comparison it opened, so My comparisons can delete it', async ({
  page,
}) => {
  await page.goto('/find');
  await page.getByLabel('The article').fill(seedText('outlet-001.txt'));
  await page.getByRole('button', { name: 'Find the source' }).click();
  await expect(page).toHaveURL(/\/c\/[A-Za-z0-9_-]{22}$/);
  const id = new URL(page.url()).pathname.split('/').at(-1)!;
  await page.goto('/mine');
  const entry = page.locator(`[data-comparison="${id}"]`);
  await expect(entry).toContainText('Source found: Nato: Nordkoreanische Truppen in Kursk');
  page.once('dialog', (dialog) => void dialog.accept());
  await entry.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status')).toContainText('no longer answer');
  expect((await page.request.get(`/api/comparisons/${id}`)).status()).toBe(404);
});
