import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// The e2e server starts on an archive imported by e2e/seed-corpus.mjs through the `wiretrace import` CLI: the
// seed story's wire as two versions of one dpa story, its four outlet texts as articles, and a small synthetic
// archive around them.
const seedText = (file: string) => readFileSync(`content/nato-nordkorea-kursk-2024-10/${file}`, 'utf8');

test('home lists the archive stories the import built, with counts, search and paging', async ({ page }) => {
  await page.goto('/');
  const archive = page.getByRole('region', { name: 'From the archive' });
  const story = archive
    .locator('[data-corpus-story]')
    .filter({ hasText: 'Nordkoreanische Truppen in Kursk' });
  await expect(story).toContainText('2 wire versions');
  await expect(story).toContainText('2 traced articles');
  await page.getByLabel('Title contains').fill('Kursk');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\?title=Kursk/);
  await expect(archive.locator('[data-corpus-story]')).toHaveCount(1);
});

test('a bad date in the search is reported beside the form, not an error page', async ({ page }) => {
  const response = await page.goto('/?from=31.10.2024&title=Kursk');
  expect(response?.status()).toBe(200);
  await expect(page.locator('#search-from-problem')).toHaveText(
    '"31.10.2024" is not a date: write it as YYYY-MM-DD.',
  );
  await expect(page.locator('[data-corpus-story]')).toHaveCount(1);
});

test('a corpus story opens on the version its outlets used, with every version one click away', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('[data-corpus-story]').filter({ hasText: 'Kursk' }).getByRole('link').click();
  await expect(page).toHaveURL(/\/corpus\/stories\/\d+\/v\/1$/);
  const versions = page.getByRole('navigation', { name: 'Wire versions' });
  await expect(versions.getByRole('link')).toHaveCount(2);
  await expect(versions.locator('[aria-current="page"]')).toContainText('2 outlets');
  await expect(page.locator('tr[data-outlet]')).toHaveCount(2);
  await expect(page.locator('[role="columnheader"][data-col]')).toHaveCount(3);
  await versions.getByRole('link', { name: /v2/ }).click();
  await expect(page).toHaveURL(/\/v\/2$/);
  await expect(page.getByText('No version is derived from the wire')).toBeVisible();
});

test('Find the source: a copied article opens its comparison with the wire text found', async ({ page }) => {
  await page.goto('/find');
  await page.getByLabel('The article').fill(seedText('outlet-001.txt'));
  await page.getByRole('button', { name: 'Find the source' }).click();
  await expect(page).toHaveURL(/\/c\/[A-Za-z0-9_-]{22}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Source found: Nato: Nordkoreanische');
  await expect(page.locator('tr[data-outlet]')).toContainText('Your article');
  await expect(page.locator('tr[data-outlet]')).toContainText('partial');
});

test('Find the source: an independent report is told plainly that nothing was copied', async ({ page }) => {
  await page.goto('/find');
  await page.getByLabel('The article').fill(seedText('outlet-003.txt'));
  await page.getByRole('button', { name: 'Find the source' }).click();
  await expect(page.getByRole('heading', { name: 'No wire text in the archive was copied' })).toBeVisible();
  await expect(page).toHaveURL(/\/find$/);
});

test('Find the source: an empty article gets its message beside the field, and nothing is lost', async ({
  page,
}) => {
  await page.goto('/find');
  await page.getByLabel('Published').fill('2024-10-28');
  await page.getByRole('button', { name: 'Find the source' }).click();
  await expect(page.getByText('The article is missing: paste or upload its text.').first()).toBeVisible();
  await expect(page.getByLabel('Published')).toHaveValue('2024-10-28');
});

test('the jobs page shows the import and the trace job, finished', async ({ page }) => {
  await page.goto('/jobs');
  const jobs = page.getByRole('list', { name: 'Jobs' });
  await expect(jobs.locator('[data-state="done"]').first()).toBeVisible();
  await expect(jobs).toContainText('Trace');
  await expect(jobs).toContainText('Import');
});
