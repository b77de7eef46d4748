#!/usr/bin/env node
// `npm test`: install when needed, make sure a Chromium is there, then lint, typecheck, unit tests, production
// build and end-to-end tests. Every suite runs even when an earlier one failed; the last line totals them all.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureBuilt, ensureInstalled, root, run } from './lib/setup.mjs';
import { findChromium } from './lib/chromium.mjs';
import { startTestPostgres } from './lib/test-postgres.mjs';

const outputDir = path.join(root, '.test-output');
const totals = { passed: 0, failed: 0 };
const summary = [];

function record(name, passed, failed) {
  totals.passed += passed;
  totals.failed += failed;
  summary.push(`${failed === 0 ? 'ok  ' : 'FAIL'} ${name}: ${passed} passed, ${failed} failed`);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function finish() {
  console.log(`\n${summary.join('\n')}`);
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(totals.failed === 0 ? 0 : 1);
}

if (!ensureInstalled()) {
  record('install', 0, 1);
  finish();
}
const chromium = findChromium();
rmSync(outputDir, { recursive: true, force: true });
mkdirSync(outputDir, { recursive: true });

console.log('\n== lint');
const lint =
  run('npx', ['eslint', '--max-warnings=0', '.']) ||
  run('npx', ['prettier', '--check', '--log-level=warn', '.']);
record('lint', lint === 0 ? 1 : 0, lint === 0 ? 0 : 1);

console.log('\n== typecheck');
const typecheck = run('npx', ['next', 'typegen']) || run('npx', ['tsc', '--noEmit']);
record('typecheck', typecheck === 0 ? 1 : 0, typecheck === 0 ? 0 : 1);

console.log('\n== unit tests');
// Store tests run against SQLite always, and against a throwaway PostgreSQL database when one can be started.
const postgres = startTestPostgres();
if (postgres.skipped) console.log(`PostgreSQL store tests skipped: ${postgres.skipped}.`);
else console.log(`PostgreSQL store tests use ${postgres.description}.`);
const vitestReport = path.join(outputDir, 'vitest.json');
const unit = run(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
  postgres.url ? { env: { ...process.env, WIRETRACE_TEST_DATABASE_URL: postgres.url } } : {},
);
postgres.cleanup?.();
const vitest = readJson(vitestReport);
if (vitest)
  record(
    'unit tests',
    vitest.numPassedTests,
    vitest.numFailedTests + (unit !== 0 && vitest.numFailedTests === 0 ? 1 : 0),
  );
else record('unit tests', 0, 1);

console.log('\n== production build');
const built = ensureBuilt();
record('build', built ? 1 : 0, built ? 0 : 1);

console.log('\n== end-to-end tests');
if (!built) record('end-to-end tests (not run: no build)', 0, 1);
else if (!chromium.path) {
  console.error(chromium.message);
  record('end-to-end tests (not run: no Chromium)', 0, 1);
} else {
  const report = path.join(outputDir, 'playwright.json');
  const e2e = run('npx', ['playwright', 'test', '--reporter=list,json'], {
    env: { ...process.env, WIRETRACE_CHROMIUM: chromium.path, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
  });
  const stats = existsSync(report) ? readJson(report)?.stats : null;
  if (stats) {
    const failed = stats.unexpected + (e2e !== 0 && stats.unexpected === 0 ? 1 : 0);
    record('end-to-end tests', stats.expected + stats.flaky, failed);
  } else record('end-to-end tests', 0, 1);
}
finish();
