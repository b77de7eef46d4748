/**
 * `npm run screenshots`: takes screenshots of every view at desktop and phone widths, light and dark, from a
 * running server (BASE_URL, default http://localhost:3000), into docs/screenshots/. For looking at, and for the README.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { stableSlug } from '../lib/view/outlet-id';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const story = '/stories/nato-nordkorea-kursk-2024-10';
const pages: Array<[string, string]> = [
  ['home', '/'],
  ['side-by-side', story],
  ['outlet', `${story}/outlets/outlet-002#outlet-002-u11`],
  ['wire', `${story}/wire`],
  ['focus', `${story}?outlets=outlet-002,outlet-001#w7`],
  // The outlet dashboard, on an archive that holds the seed story's articles (e2e/seed-corpus.mjs).
  ['dashboard-outlets', '/outlets'],
  ['dashboard-outlet', `/outlets/${stableSlug('Outlet 001')}`],
  ['methods', '/methods'],
];
const sizes = { desktop: { width: 1440, height: 1000 }, phone: { width: 390, height: 844 } } as const;

async function main() {
  mkdirSync('docs/screenshots', { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.WIRETRACE_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const only = process.argv[2];
  for (const [name, path] of pages) {
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
  }
  await browser.close();
}

void main();
