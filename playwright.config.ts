import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://localhost:${port}`;
// Debian's Chromium: Playwright's browser download cannot reach its servers here. npm test passes the path.
const executablePath = process.env.WIRETRACE_CHROMIUM ?? '/usr/bin/chromium';
// Without these, Chromium keeps dialling Google's hosts, which this machine's closed network refuses.
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Reads of saved comparisons per client and minute on the e2e server (the default, 120, is tested by reliability). */
export const E2E_READ_LIMIT = 300;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 30_000,
  outputDir: '.test-output/playwright',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath, args },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args } } },
  ],
  webServer: {
    // The archive is imported with the CLI first, as a user would; then the production server with its timeouts
    // and socket-address header (scripts/serve.mjs) starts on it, as `npm start` runs it.
    command: `node e2e/seed-corpus.mjs && node scripts/serve.mjs --port ${port}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    // Saved comparisons go to a throw-away database; the creation limit is the documented default's order. One
    // trusted proxy hop lets each test act as its own client through X-Forwarded-For (e2e/hardening.spec.ts).
    env: {
      WIRETRACE_DATA_DIR: '.test-output/e2e-data',
      WIRETRACE_CREATE_LIMIT: '30',
      // Every browser test reads saved comparisons from one address; the read limit's own test counts to it.
      WIRETRACE_READ_LIMIT: String(E2E_READ_LIMIT),
      WIRETRACE_TRUST_PROXY: '1',
    },
  },
});
