import { expect, test } from '@playwright/test';

test('home lists the seed story with its date, agency and number of versions', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
  const story = page.locator('[data-story="nato-nordkorea-kursk-2024-10"]');
  await expect(story).toContainText('Nato: Putin auf ausländische Hilfe angewiesen');
  await expect(story).toContainText('October 2024');
  await expect(story).toContainText('dpa');
  await expect(story).toContainText('4 versions');
});

test('home → story page shows the wire and every version', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-story="nato-nordkorea-kursk-2024-10"] a').click();
  await expect(page).toHaveURL(/\/stories\/nato-nordkorea-kursk-2024-10$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nato: Putin');
  // The wire and a column for each of the four versions (the independent ones hidden until chosen).
  await expect(page.locator('[role="columnheader"][data-col]')).toHaveCount(5);
});

test('an unknown story gets a helpful 404', async ({ page }) => {
  const response = await page.goto('/stories/no-such-story');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See all stories' })).toBeVisible();
});
