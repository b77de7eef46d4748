/**
 * The page part of `npm run bench` (issue 12's budgets), from the production build in .next:
 * - the story page's first-load JavaScript: every script its HTML loads, gzipped (budget 120 KB);
 * - a 12-version saved comparison (e2e/fixtures/many-versions.ts, saved through the API of a `next start` this
 *   starts on PAGE_BUDGET_PORT, default 3399, with a throw-away database): its side-by-side page's HTML gzipped
 *   (budget 300 KB) and the element count of its first view as Chromium builds it (budget under 5,000).
 * Figures are printed, never asserted. Without a build, or without a Chromium, it says so and skips that figure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { saveComparison, twelveVersions } from '../../e2e/fixtures/many-versions';
import { waitUntilUp } from './wait-until-up';

const BUDGET = { storyJsKb: 120, comparisonHtmlKb: 300, domNodes: 5000 };
const PORT = Number(process.env.PAGE_BUDGET_PORT ?? 3399);
const BASE = `http://127.0.0.1:${PORT}`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const within = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');

const gzipped = (buildDir: string, files: string[]) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(buildDir, file))).length, 0);

/** The scripts a page's HTML loads: module scripts, and noModule ones (Next's polyfills, which browsers that run modules skip). */
function scriptsOf(html: string, noModule: boolean): string[] {
  const tags = [...html.matchAll(/<script[^>]*\ssrc="\/_next\/(static\/[^"]+\.js)"[^>]*>/g)];
  return [...new Set(tags.filter((tag) => /\snoModule/i.test(tag[0]) === noModule).map((tag) => tag[1]!))];
}

/**
 * The first-load JavaScript of a page's HTML (served with per-request nonces, so fetched from the server), and
 * how much of it every page loads anyway: the scripts of `baseline`, a page without client components of its own
 * (React DOM, the Next.js runtime, next/link), which no change to Wiretrace's components can shrink.
 */
function firstLoadJs(buildDir: string, html: string, baseline: string): string {
  const loaded = scriptsOf(html, false);
  const size = gzipped(buildDir, loaded);
  const floor = new Set(scriptsOf(baseline, false));
  const everyPage = gzipped(
    buildDir,
    loaded.filter((file) => floor.has(file)),
  );
  return `${kb(size)} gzipped in ${loaded.length} files (not counting ${kb(gzipped(buildDir, scriptsOf(html, true)))} of noModule polyfills), budget ${BUDGET.storyJsKb} KB: ${within(size <= BUDGET.storyJsKb * 1024)}; of it, ${kb(everyPage)} is what every page loads (React DOM, the Next.js runtime, next/link: /methods, without client components, loads the same) and ${kb(size - everyPage)} the story page's own client components`;
}

async function comparisonPage(buildDir: string, slug: string): Promise<string[]> {
  const server: ChildProcess = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '--port', String(PORT), '--hostname', '127.0.0.1'],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        WIRETRACE_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'wiretrace-bench-')),
      },
      stdio: 'ignore',
    },
  );
  try {
    await waitUntilUp(BASE);
    const story = await (await fetch(`${BASE}/stories/${slug}`)).text();
    const methods = await (await fetch(`${BASE}/methods`)).text();
    const storyJs = `story page first-load JavaScript: ${firstLoadJs(buildDir, story, methods)}`;
    const page = await saveComparison(BASE, twelveVersions());
    const html = await (await fetch(`${BASE}${page}`)).text();
    const gzipped = gzipSync(html).length;
    const lines = [
      storyJs,
      `12-version comparison page HTML: ${kb(gzipped)} gzipped (${kb(html.length)} raw), budget ${BUDGET.comparisonHtmlKb} KB: ${within(gzipped <= BUDGET.comparisonHtmlKb * 1024)}`,
    ];
    const executablePath = process.env.WIRETRACE_CHROMIUM ?? '/usr/bin/chromium';
    if (!existsSync(executablePath))
      return [...lines, '12-version DOM nodes: no Chromium (set WIRETRACE_CHROMIUM)'];
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const tab = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await tab.goto(`${BASE}${page}`, { waitUntil: 'networkidle' });
      const nodes = await tab.evaluate(() => document.querySelectorAll('*').length);
      lines.push(
        `12-version comparison page DOM: ${nodes} elements in its first view, budget < ${BUDGET.domNodes}: ${within(nodes < BUDGET.domNodes)}`,
      );
    } finally {
      await browser.close();
    }
    return lines;
  } finally {
    server.kill('SIGTERM');
  }
}

/** Prints the page budgets' figures; `slug` names the story whose page is measured. */
export async function printPageBudget(slug: string): Promise<void> {
  const buildDir = path.join(process.cwd(), '.next');
  if (!existsSync(path.join(buildDir, 'BUILD_ID'))) {
    process.stdout.write('page budgets: no production build (run npm run build first)\n');
    return;
  }
  for (const line of await comparisonPage(buildDir, slug)) process.stdout.write(`${line}\n`);
}
