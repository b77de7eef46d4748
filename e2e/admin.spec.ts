import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitUntilUp } from '../scripts/lib/wait-until-up';

// The shared e2e server makes its admin token on first start and keeps it in its data folder
// (playwright.config.ts), where an operator would read it too. It trusts one proxy hop, so each test is its own
// client through X-Forwarded-For — wrong tokens are counted per client.
const sharedToken = () => readFileSync(path.join('.test-output', 'e2e-data', 'admin-token'), 'utf8').trim();
const client = (n: number) => ({ 'x-forwarded-for': `203.0.113.${n}` });

/** A port nobody listens on now (the test's own server takes it a moment later). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** `npm run serve` on a data folder of its own, without WIRETRACE_ADMIN_TOKEN: its printed output and a stop. */
async function serveOwn(dataDir: string) {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', WIRETRACE_DATA_DIR: dataDir };
  delete env.WIRETRACE_ADMIN_TOKEN;
  delete env.WIRETRACE_PUBLIC_URL;
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const base = `http://localhost:${port}`;
  await waitUntilUp(base);
  await expect.poll(() => output, { timeout: 20_000 }).toContain('/sign-in?token=');
  return {
    base,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const printedLink = (output: string) =>
  /^Admin sign-in \(keep it private; it lets this browser change the corpus\): (http:\/\/localhost:\d+\/sign-in\?token=[A-Za-z0-9_-]{43})$/m.exec(
    output,
  )?.[1];

async function headerAdminState(page: Page) {
  return page.getByRole('banner').locator('[data-admin="signed-in"]').count();
}

test('the sign-in link printed at start signs the browser in, leaves a clean address, and survives a restart', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'wiretrace-e2e-admin-'));
  let server = await serveOwn(dataDir);
  let link: string | undefined;
  try {
    link = printedLink(server.output());
    expect(link, server.output()).toBeDefined();
    expect(server.output().match(/\/sign-in\?token=/g)).toHaveLength(1);
    expect(server.output()).toContain(
      `The admin token was made now and is kept in ${path.join(dataDir, 'admin-token')} (readable by this user only)`,
    );
    const token = new URL(link!).searchParams.get('token')!;
    expect(statSync(path.join(dataDir, 'admin-token')).mode & 0o777).toBe(0o600);

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.base}/`);
    expect(await headerAdminState(page)).toBe(0);
    await page.goto(link!);
    // Redirected to a clean address: the token is neither in the address bar nor in this history entry.
    await expect(page).toHaveURL(`${server.base}/sign-in`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signed in as admin');
    expect(await headerAdminState(page)).toBe(1);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Admin' })).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(`${server.base}/`);
    await page.goForward();
    await expect(page).toHaveURL(`${server.base}/sign-in`);

    const [cookie, ...others] = await context.cookies();
    expect(others).toEqual([]);
    expect(cookie).toMatchObject({
      name: 'wiretrace-admin',
      httpOnly: true,
      sameSite: 'Strict',
      secure: false,
    });
    expect(cookie!.value).toMatch(/^\d+\.[A-Za-z0-9_-]{43}$/);
    expect(cookie!.value).not.toContain(token);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const check = await page.request.get(`${server.base}/api/admin`);
    expect(check.status()).toBe(200);
    expect(await check.json()).toEqual({ admin: true, via: 'session' });

    // A restart keeps the token: the same link is printed, and the browser stays signed in.
    await server.stop();
    server = await serveOwn(dataDir);
    expect(printedLink(server.output())!.split('?token=')[1]).toBe(token);
    expect(server.output()).toContain(`The admin token is kept in ${path.join(dataDir, 'admin-token')}`);
    await page.goto(`${server.base}/`);
    expect(await headerAdminState(page)).toBe(1);

    // Signing out from the header ends it in this browser.
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(`${server.base}/sign-in?signed-out=1`);
    await expect(page.getByRole('status')).toHaveText('Signed out: this browser is no longer admin.');
    expect(await headerAdminState(page)).toBe(0);
    expect(await context.cookies()).toEqual([]);
    expect((await page.request.get(`${server.base}/api/admin`)).status()).toBe(401);
    await context.close();
  } finally {
    await server.stop();
  }
});

test('a wrong token is refused with a clear page, and no cookie', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: client(1) });
  const page = await context.newPage();
  await page.goto('/sign-in?token=Wiretrace-2024-falsch&next=%2Fjobs');
  await expect(page).toHaveURL('/sign-in?refused=wrong&next=%2Fjobs');
  await expect(page.locator('#sign-in-refusal')).toHaveText(
    "That is not this server's admin token. Check that it was copied whole — no space or line break cut into it — and try again.",
  );
  await expect(page.getByLabel('Admin token')).toHaveAttribute('aria-invalid', 'true');
  expect(await context.cookies()).toEqual([]);
  expect(await headerAdminState(page)).toBe(0);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await context.close();
});

test('the form signs in with a pasted token and returns to the page that asked', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: client(2) });
  const page = await context.newPage();
  await page.goto('/sign-in?next=%2Fjobs');
  await page.getByLabel('Admin token').fill(`  ${sharedToken()}\n`);
  await page.getByLabel('Admin token').press('Enter');
  await expect(page).toHaveURL('/jobs');
  expect(await headerAdminState(page)).toBe(1);
  expect((await page.request.get('/api/admin')).status()).toBe(200);
  // A return address off the site is ignored.
  await page.goto('/sign-in?next=%2F%2Fevil.example%2F');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signed in as admin');
  await context.close();
});

test('the protected endpoint answers 401 without the token and 200 with it', async ({ request }) => {
  const without = await request.get('/api/admin', { headers: client(3) });
  expect(without.status()).toBe(401);
  expect(without.headers()['www-authenticate']).toBe('Bearer realm="wiretrace"');
  expect(await without.json()).toEqual({
    error:
      'This changes the shared corpus and needs the admin token: send Authorization: Bearer <token>, or sign in at /sign-in. The server prints a sign-in link when it starts.',
  });
  const wrong = await request.get('/api/admin', {
    headers: { ...client(3), authorization: 'Bearer Wiretrace-2024-falsch' },
  });
  expect(wrong.status()).toBe(401);
  expect(wrong.headers()['www-authenticate']).toBe('Bearer realm="wiretrace", error="invalid_token"');
  const right = await request.get('/api/admin', {
    headers: { ...client(3), authorization: `Bearer ${sharedToken()}` },
  });
  expect(right.status()).toBe(200);
  expect(await right.json()).toEqual({ admin: true, via: 'bearer' });
});

test('ten wrong tokens from one client stop it for a quarter hour, the right one included', async ({
  browser,
  request,
}) => {
  for (let guess = 1; guess <= 10; guess += 1) {
    const answer = await request.post('/sign-in', {
      form: { token: `Wiretrace-guess-${guess}-falsch` },
      headers: client(4),
      maxRedirects: 0,
    });
    expect(answer.status()).toBe(303);
    expect(answer.headers().location).toBe('/sign-in?refused=wrong');
  }
  const context = await browser.newContext({ extraHTTPHeaders: client(4) });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Admin token').fill(sharedToken());
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#sign-in-refusal')).toHaveText(
    /^Too many wrong tokens from your address\. Try again in about 1[45] min\.$/,
  );
  expect(await context.cookies()).toEqual([]);
  const api = await request.get('/api/admin', {
    headers: { ...client(4), authorization: `Bearer ${sharedToken()}` },
  });
  expect(api.status()).toBe(429);
  expect(Number(api.headers()['retry-after'])).toBeGreaterThan(800);
  // Another client is not affected.
  expect(
    (
      await request.get('/api/admin', { headers: { ...client(5), authorization: `Bearer ${sharedToken()}` } })
    ).status(),
  ).toBe(200);
  await context.close();
});

test('a sign-in link followed from another site lands signed in', async ({ browser, baseURL }) => {
  // 127.0.0.1 and localhost are different sites: a link on one to the other is what a webmail or chat page does.
  const elsewhere = baseURL!.replace('localhost', '127.0.0.1');
  const context = await browser.newContext({ extraHTTPHeaders: client(6) });
  const page = await context.newPage();
  await page.goto(`${elsewhere}/methods`);
  await page.evaluate((href) => {
    const link = Object.assign(document.createElement('a'), { href, textContent: 'Sign in to Wiretrace' });
    document.body.prepend(link);
  }, `${baseURL}/sign-in?token=${sharedToken()}`);
  await page.getByRole('link', { name: 'Sign in to Wiretrace' }).click();
  await expect(page).toHaveURL(`${baseURL}/sign-in`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signed in as admin');
  expect(await headerAdminState(page)).toBe(1);
  // The page with the token in its address replaced itself: one step back is the other site's page.
  await page.goBack();
  await expect(page).toHaveURL(`${elsewhere}/methods`);
  await context.close();
});
