import { E2E_READ_LIMIT } from '../playwright.config';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

// The e2e server trusts one proxy hop (playwright.config.ts), so each test can act as its own client by sending
// X-Forwarded-For, as a reverse proxy would; without the variable the socket address is the key (server/http.ts).
const story = '/stories/nato-nordkorea-kursk-2024-10';
const wire = 'Berlin (dpa) - Die Bahn fährt wieder. Der Streik ist nach drei Tagen vorbei.';
const outletText = "Quelle;=cmd|' /C calc'!A0 meldet das. Die Bahn fährt wieder.";

async function create(
  request: APIRequestContext,
  body: string,
  client: string,
  contentType = 'application/json',
) {
  return request.post('/api/comparisons', {
    data: Buffer.from(body),
    headers: { 'content-type': contentType, 'x-forwarded-for': client },
  });
}

async function saveComparison(request: APIRequestContext, client: string): Promise<string> {
  const body = JSON.stringify({
    title: 'Bahnstreik',
    wire,
    outlets: [{ name: '@Blatt;Ost', text: outletText }],
  });
  const response = await create(request, body, client);
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** Collects CSP violations reported by the page and the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

test.describe('API refusals', () => {
  test('refuses a JSON-like media type that is not application/json (415)', async ({ request }) => {
    const body = JSON.stringify({ wire, outlets: [outletText] });
    const patch = await create(request, body, '198.51.100.10', 'application/json-patch+json');
    expect(patch.status()).toBe(415);
    expect((await patch.json()).error).toMatch(/Content-Type: application\/json/);
    const withCharset = await create(request, body, '198.51.100.10', 'application/json; charset=utf-8');
    expect(withCharset.status()).toBe(201);
  });

  test('refuses a lone surrogate with 422 naming the field', async ({ request }) => {
    // Written as a JSON escape, as a client would send it; the parsed string holds an unpaired U+D800.
    const body =
      '{"wire": "Berlin (dpa) - Ein Satz.", "outlets": [{"name": "Taz", "text": "Ein \\ud800 Satz."}]}';
    const response = await create(request, body, '198.51.100.11');
    expect(response.status()).toBe(422);
    const answer = (await response.json()) as { errors: Array<{ field: string; message: string }> };
    expect(answer.errors).toEqual([
      {
        field: 'outlets.0.text',
        message: expect.stringMatching(/U\+D800 \(a lone UTF-16 surrogate/),
      },
    ]);
  });

  test('refuses control characters in names, titles and texts with 422 naming each field', async ({
    request,
  }) => {
    const body = JSON.stringify({
      title: 'Bahn\u001b[2J',
      wire: `${wire}\u0007`,
      outlets: [{ name: 'Taz\u0000', text: outletText }],
    });
    const response = await create(request, body, '198.51.100.12');
    expect(response.status()).toBe(422);
    const answer = (await response.json()) as { errors: Array<{ field: string }> };
    expect(answer.errors.map((e) => e.field)).toEqual(['title', 'wire', 'outlets.0.name']);
  });

  test('limits heavy reads per client (429 with Retry-After)', async ({ request }) => {
    // Counting to the limit takes a few hundred requests: give a loaded machine time for them.
    test.setTimeout(120_000);
    const id = await saveComparison(request, '198.51.100.13');
    const reader = { 'x-forwarded-for': '198.51.100.14' };
    let status = 200;
    let reads = 0;
    while (status === 200 && reads < E2E_READ_LIMIT + 50) {
      status = (await request.get(`/api/comparisons/${id}`, { headers: reader })).status();
      reads += 1;
    }
    expect(status).toBe(429);
    expect(reads).toBe(E2E_READ_LIMIT + 1); // the limit set for the e2e server, then the refusal
    const refused = await request.get(`/c/${id}`, { headers: reader });
    expect(refused.status()).toBe(429);
    expect(refused.headers()['retry-after']).toMatch(/^\d+$/);
    // Another client is not affected.
    expect((await request.get(`/api/comparisons/${id}`)).status()).toBe(200);
  });

  test('behind a trusted proxy, rotating the client-written part of X-Forwarded-For does not escape', async ({
    request,
  }) => {
    // The proxy appends the real address (203.0.113.50); what the client wrote before it is ignored.
    const statuses: number[] = [];
    for (let i = 0; i < 31; i += 1) {
      const forwarded = `10.${i}.0.1, 203.0.113.50`;
      statuses.push(
        (await create(request, JSON.stringify({ wire: 'x', outlets: ['y'] }), forwarded)).status(),
      );
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(30);
    expect(statuses.at(-1)).toBe(429);
  });
});

test.describe('exports', () => {
  test('CSV quotes semicolons, neutralises formulas per cell and after separators, and starts with a BOM', async ({
    request,
  }) => {
    const id = await saveComparison(request, '198.51.100.20');
    const response = await request.get(`/api/comparisons/${id}?format=csv`);
    expect(response.status()).toBe(200);
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = bytes.toString('utf8').slice(1).split('\r\n');
    expect(rows[0]).toBe('outlet,status,wire,wireText,moved,sharedQuote,text');
    // German Excel splits on the semicolon even inside quotes: the fragment after it must not run either.
    expect(rows).toContain(`"'@Blatt;Ost",added,,,false,false,"Quelle;'=cmd|' /C calc'!A0 meldet das."`);
    // So short a text shares one sentence and no evidence of copying: independent, its sentences its own.
    expect(rows).toContain(`"'@Blatt;Ost",added,,,false,false,Die Bahn fährt wieder.`);
  });

  test('the excel-de dialect separates with semicolons, writes decimal commas and defuses the same', async ({
    request,
  }) => {
    const id = await saveComparison(request, '198.51.100.22');
    const sentences = await request.get(`/api/comparisons/${id}?format=csv&dialect=excel-de`);
    const rows = (await sentences.body()).toString('utf8').split('\r\n');
    expect(rows[0]).toBe('\uFEFFoutlet;status;wire;wireText;moved;sharedQuote;text');
    expect(rows).toContain(`"'@Blatt;Ost";added;;;false;false;"Quelle;'=cmd|' /C calc'!A0 meldet das."`);
    // The seed story's outlet table: shares with decimal commas ("0,4567", never "0.4567").
    const outlets = (await (await request.get(`/api${story}?format=outlets&dialect=excel-de`)).text()).split(
      '\r\n',
    );
    expect(outlets[0]).toBe(
      '\uFEFFname;url;published;verdict;reuseShare;wireUsed;words;addedWords;movedSentences',
    );
    expect(outlets.some((row) => /;partial;0,\d{1,4};0,\d{1,4};\d+;\d+;\d+$/.test(row))).toBe(true);
    expect(outlets.join('\n')).not.toMatch(/;0\.\d/);
    const unknown = await request.get(`/api/comparisons/${id}?format=csv&dialect=excel`);
    expect(unknown.status()).toBe(400);
    expect((await unknown.json()).error).toBe(
      'Unknown CSV dialect "excel": use dialect=rfc4180 or dialect=excel-de.',
    );
  });

  test("a saved comparison's JSON and CSV are private and not indexed; a story's are public", async ({
    request,
  }) => {
    const id = await saveComparison(request, '198.51.100.21');
    for (const url of [`/api/comparisons/${id}`, `/api/comparisons/${id}?format=csv`]) {
      const headers = (await request.get(url)).headers();
      expect(headers['cache-control'], url).toMatch(/^private/);
      expect(headers['x-robots-tag'], url).toBe('noindex');
      expect(headers['content-security-policy'], url).toMatch(/^default-src 'none'/);
    }
    const storyHeaders = (await request.get(`/api${story}`)).headers();
    expect(storyHeaders['x-robots-tag']).toBeUndefined();
  });
});

test.describe('content security policy', () => {
  test('pages allow scripts only by nonce, and still hydrate with no violation', async ({
    page,
    context,
    request,
  }) => {
    const violations = await watchViolations(page);
    const response = await page.goto(story);
    const policy = response!.headers()['content-security-policy']!;
    const scripts = policy.split(';').find((directive) => directive.trim().startsWith('script-src'))!;
    expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/]+=*'/);
    expect(scripts).not.toContain('unsafe-inline');
    expect(scripts).not.toContain('unsafe-eval');

    // Hydrated: the column controls change the address, and copy link writes the clipboard.
    await page.getByRole('checkbox', { name: 'Outlet 001' }).uncheck();
    await expect(page).toHaveURL(/\?outlets=outlet-002$/);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();

    // A saved comparison's page too, with a fresh nonce per request.
    const id = await saveComparison(request, '198.51.100.30');
    const saved = await page.goto(`/c/${id}`);
    expect(saved!.headers()['content-security-policy']).not.toBe(policy);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bahnstreik');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/c/${id}$`));
    expect(violations).toEqual([]);

    // The policy is a real backstop against injected markup: an inline handler does not run, and the browser
    // reports it. ('strict-dynamic' does let a script that already runs add scripts; that is its design.)
    const ran = await page.evaluate(async () => {
      const holder = document.createElement('div');
      holder.innerHTML = '<img src="/no-such-image.png" onerror="window.injected = true">';
      document.body.append(holder);
      await new Promise((resolve) => setTimeout(resolve, 500));
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
  });
});
