import { beforeAll, describe, expect, it, vi } from 'vitest';
import { issueSession } from './admin-session';

// The server's token comes from the environment here; the socket-address header is what serve.mjs sets, so that
// each test can be its own client.
const TOKEN = 'Redaktion!Archiv#2024-Wiretrace';
const SOCKET = 'x-wiretrace-socket-address';
vi.stubEnv('WIRETRACE_ADMIN_TOKEN', TOKEN);
vi.stubEnv('WIRETRACE_SOCKET_ADDRESS_HEADER', SOCKET);
vi.stubEnv('WIRETRACE_TRUST_PROXY', '');
vi.stubEnv('WIRETRACE_PUBLIC_URL', '');

let gate: typeof import('./require-admin');
beforeAll(async () => {
  gate = await import('./require-admin');
});

const request = (client: string, headers: Record<string, string> = {}, url = 'http://localhost/api/import') =>
  new Request(url, { method: 'POST', headers: { [SOCKET]: client, ...headers } });
const bearer = (client: string, token: string) => request(client, { authorization: `Bearer ${token}` });

async function refusal(response: Response | null) {
  expect(response).not.toBeNull();
  return {
    status: response!.status,
    challenge: response!.headers.get('www-authenticate'),
    retryAfter: response!.headers.get('retry-after'),
    error: ((await response!.json()) as { error: string }).error,
  };
}

describe('requireAdmin', () => {
  it('refuses a request without the token, saying how to give it', async () => {
    expect(await refusal(await gate.requireAdmin(request('192.0.2.1')))).toEqual({
      status: 401,
      challenge: 'Bearer realm="wiretrace"',
      retryAfter: null,
      error:
        'This changes the shared corpus and needs the admin token: send Authorization: Bearer <token>, or sign in at /sign-in. The server prints a sign-in link when it starts.',
    });
  });
  it('lets a script through with Authorization: Bearer <token>', async () => {
    expect(await gate.requireAdmin(bearer('192.0.2.2', TOKEN))).toBeNull();
    expect(await gate.adminAccess(bearer('192.0.2.2', TOKEN))).toEqual({ via: 'bearer' });
  });
  it('lets a signed-in browser through with its session cookie', async () => {
    const cookie = `theme=dark; wiretrace-admin=${await issueSession(TOKEN)}`;
    expect(await gate.adminAccess(request('192.0.2.3', { cookie }))).toEqual({ via: 'session' });
  });
  it('says when a session expired or was issued for another token', async () => {
    const old = await issueSession(TOKEN, Date.now() - 8 * 24 * 3600_000);
    const other = await issueSession('Another-Token-Of-Another-Server');
    for (const value of [old, other])
      expect(
        await refusal(await gate.requireAdmin(request('192.0.2.4', { cookie: `wiretrace-admin=${value}` }))),
      ).toMatchObject({
        status: 401,
        error: 'Your admin sign-in has expired or the admin token has changed: sign in again at /sign-in.',
      });
  });
  it('refuses a wrong token, and another scheme, per RFC 6750', async () => {
    expect(await refusal(await gate.requireAdmin(bearer('192.0.2.5', `${TOKEN}x`)))).toEqual({
      status: 401,
      challenge: 'Bearer realm="wiretrace", error="invalid_token"',
      retryAfter: null,
      error: "This is not the server's admin token: nothing was changed. Check that it was copied whole.",
    });
    const basic = request('192.0.2.5', { authorization: `Basic ${btoa(`admin:${TOKEN}`)}` });
    expect(await refusal(await gate.requireAdmin(basic))).toMatchObject({
      status: 401,
      challenge: 'Bearer realm="wiretrace", error="invalid_request"',
    });
  });
  it('stops a client after ten wrong tokens, even when it then sends the right one; others go on', async () => {
    const guesser = '198.51.100.7';
    for (let guess = 0; guess < 9; guess += 1)
      expect((await gate.requireAdmin(bearer(guesser, `guess-number-${guess}-of-many`)))!.status).toBe(401);
    expect((await gate.checkOfferedToken(request(guesser), 'the-tenth-guess-of-many')).ok).toBe(false);
    expect(await refusal(await gate.requireAdmin(bearer(guesser, TOKEN)))).toEqual({
      status: 429,
      challenge: null,
      retryAfter: '900',
      error: 'Too many wrong admin tokens from your address: try again in about 15 min.',
    });
    expect(await gate.requireAdmin(bearer('198.51.100.8', TOKEN))).toBeNull();
  });
  it('never counts right tokens against the limit', async () => {
    for (let call = 0; call < 30; call += 1)
      expect(await gate.requireAdmin(bearer('192.0.2.9', TOKEN))).toBeNull();
  });
});

describe('isHttps', () => {
  it("follows the address, a proxy's X-Forwarded-Proto, or the public URL", () => {
    expect(gate.isHttps(new Request('https://wiretrace.example/sign-in'))).toBe(true);
    expect(gate.isHttps(new Request('http://localhost:3000/sign-in'))).toBe(false);
    expect(
      gate.isHttps(
        new Request('http://10.0.0.2:3000/sign-in', { headers: { 'x-forwarded-proto': 'https' } }),
      ),
    ).toBe(true);
    vi.stubEnv('WIRETRACE_PUBLIC_URL', 'https://wiretrace.example');
    expect(gate.isHttps(new Request('http://10.0.0.2:3000/sign-in'))).toBe(true);
    vi.stubEnv('WIRETRACE_PUBLIC_URL', '');
  });
});

describe('waitText', () => {
  it('says seconds for short waits, minutes for long ones', () => {
    expect(gate.waitText(45)).toBe('45 s');
    expect(gate.waitText(899)).toBe('about 15 min');
  });
});
