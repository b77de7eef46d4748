/**
 * `npm run screenshots`: takes screenshots of every view at desktop and phone widths, light and dark, and in print
 * (A4 landscape), from a running server (BASE_URL, default http://localhost:3000), into docs/screenshots/: the
 * seed story, and a 12-version comparison it saves through the API (names prefixed `twelve-`). For looking at,
 * and for the README. `npm run screenshots -- twelve` takes only the names starting with "twelve".
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { stableSlug } from '../lib/view/outlet-id';
import { saveComparison, twelveVersions } from '../e2e/fixtures/many-versions';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const story = '/stories/nato-nordkorea-kursk-2024-10';
const sizes = { desktop: { width: 1440, height: 1000 }, phone: { width: 390, height: 844 } } as const;
/** A4 landscape at 96 dpi, less 10 mm margins. */
const PRINT_VIEWPORT = { width: 1047, height: 718 };

function pagesOf(twelve: string): Array<[string, string]> {
  return [
    ['home', '/'],
    ['overview', `${story}/overview`],
    ['side-by-side', story],
    ['outlet', `${story}/outlets/outlet-002#outlet-002-u11`],
    ['wire', `${story}/wire`],
    ['focus', `${story}?outlets=outlet-002,outlet-001#w7`],
    ['twelve-overview', `${twelve}/overview`],
    ['twelve-side-by-side', twelve],
    ['twelve-outlet', `${twelve}/outlets/outlet-2`],
    ['twelve-wire', `${twelve}/wire`],
    // The archive pages and the outlet dashboard, on an archive holding the seed story (e2e/seed-corpus.mjs).
    ['find', '/find'],
    ['jobs', '/jobs'],
    ['dashboard-outlets', '/outlets'],
    ['dashboard-outlet', `/outlets/${stableSlug('Outlet 001')}`],
    ['methods', '/methods'],
  ];
}

async function main() {
  mkdirSync('docs/screenshots', { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.WIRETRACE_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const only = process.argv[2];
  const twelve = await saveComparison(base, twelveVersions());
  for (const [name, path] of pagesOf(twelve)) {
    if (only && !name.startsWith(only)) continue;
    for (const [device, viewport] of Object.entries(sizes)) {
      for (const scheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(base + path, { waitUntil: 'networkidle' });
        await page.waitForTimeout(300);
        await page.screenshot({ path: `docs/screenshots/${name}-${device}-${scheme}.png`, fullPage: false });
        await context.close();
      }
    }
    // Print is checked on the comparison views only.
    if (name === 'home' || name === 'methods' || name.startsWith('dashboard')) continue;
    const context = await browser.newContext({ viewport: PRINT_VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(base + path, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `docs/screenshots/${name}-print.png`, fullPage: false });
    await context.close();
  }
  await browser.close();
}

void main();
