// Section 3: a table of bad requests to the API and each answer's status and error.
import { waitUntilUp } from '../lib/wait-until-up';
import { BASE, kill, startServer } from './server-process';

export async function badInputs(): Promise<void> {
  const server = startServer();
  await waitUntilUp(BASE);
  const json = { 'content-type': 'application/json' };
  const cases: Array<[string, RequestInit]> = [
    ['malformed JSON', { method: 'POST', headers: json, body: '{"wire": ' }],
    [
      'not JSON (form data)',
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'wire=x' },
    ],
    [
      'JSON-patch media type',
      { method: 'POST', headers: { 'content-type': 'application/json-patch+json' }, body: '{}' },
    ],
    ['JSON array', { method: 'POST', headers: json, body: '[]' }],
    ['lone surrogate', { method: 'POST', headers: json, body: '{"wire": "a\\ud800b", "outlets": ["y"]}' }],
    [
      'control chars in name',
      {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ title: 'T\u001b[2J', wire: 'x', outlets: [{ name: 'A\u0007', text: 'y' }] }),
      },
    ],
    ['missing wire', { method: 'POST', headers: json, body: JSON.stringify({ outlets: ['x'] }) }],
    ['no outlets', { method: 'POST', headers: json, body: JSON.stringify({ wire: 'x', outlets: [] }) }],
    ['empty texts', { method: 'POST', headers: json, body: JSON.stringify({ wire: ' ', outlets: [''] }) }],
    [
      '21 outlets',
      { method: 'POST', headers: json, body: JSON.stringify({ wire: 'x', outlets: Array(21).fill('y') }) },
    ],
    [
      'text over 200,000 chars',
      { method: 'POST', headers: json, body: JSON.stringify({ wire: 'x'.repeat(200_001), outlets: ['y'] }) },
    ],
    [
      'binary (NUL) text',
      { method: 'POST', headers: json, body: JSON.stringify({ wire: 'a\u0000b', outlets: ['y'] }) },
    ],
    ['invalid UTF-8 body', { method: 'POST', headers: json, body: Buffer.from([0x7b, 0xff, 0x7d]) }],
    ['6 MB body', { method: 'POST', headers: json, body: 'x'.repeat(6 * 1024 * 1024) }],
    [
      'script in a name',
      {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ wire: 'x', outlets: [{ name: '<script>alert(1)</script>', text: 'y' }] }),
      },
    ],
  ];
  console.log('3. Bad input');
  for (const [name, init] of cases) {
    const response = await fetch(`${BASE}/api/comparisons`, init);
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    console.log(
      `   ${String(response.status).padEnd(4)} ${name.padEnd(24)} ${(body.error ?? '').slice(0, 90)}`,
    );
  }
  for (const url of [
    '/api/comparisons/AAAAAAAAAAAAAAAAAAAAAA',
    '/api/comparisons/..%2F..%2Fetc',
    '/c/unknown',
    '/api/stories/nope?format=xml',
  ]) {
    console.log(`   ${String((await fetch(BASE + url)).status).padEnd(4)} GET ${url}`);
  }
  await kill(server, 'SIGTERM');
}
