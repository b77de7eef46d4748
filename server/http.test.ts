import { describe, expect, it } from 'vitest';
import {
  addressKey,
  clientKey,
  isJsonMediaType,
  readBodyText,
  tooManyRequests,
  trustedProxyHops,
} from './http';

const SOCKET_HEADER = 'x-wiretrace-socket-address';
const request = (headers: Record<string, string>, body?: string) =>
  new Request('http://localhost/api/comparisons', { method: 'POST', headers, body });

describe('isJsonMediaType', () => {
  it('accepts application/json with or without parameters, in any case', () => {
    expect(isJsonMediaType('application/json')).toBe(true);
    expect(isJsonMediaType('application/json; charset=utf-8')).toBe(true);
    expect(isJsonMediaType('Application/JSON;charset=UTF-8')).toBe(true);
  });
  it('refuses other types that merely start the same way', () => {
    expect(isJsonMediaType('application/json-patch+json')).toBe(false);
    expect(isJsonMediaType('application/jsonl')).toBe(false);
    expect(isJsonMediaType('application/merge-patch+json')).toBe(false);
    expect(isJsonMediaType('text/plain')).toBe(false);
    expect(isJsonMediaType(null)).toBe(false);
  });
});

describe('addressKey', () => {
  it('keeps IPv4 addresses, unwrapping IPv4-mapped IPv6', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });
  it('keys IPv6 by its /64, so rotating through a subscriber network does not escape', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff:eeee:dddd:cccc')).toBe('2001:db8:1:2::/64');
    expect(addressKey('[2001:db8::5]')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
  it('keeps what it cannot parse as it is', () => {
    expect(addressKey('unknown')).toBe('unknown');
    expect(addressKey('1::2::3')).toBe('1::2::3');
    expect(addressKey('2001:db8:zz::1')).toBe('2001:db8:zz::1');
  });
});

describe('clientKey', () => {
  it('keys on the socket address, whatever X-Forwarded-For the client sends', () => {
    const rotating = ['1.1.1.1', '2.2.2.2', '10.0.0.1, 3.3.3.3'].map((forwarded) =>
      clientKey(request({ 'x-forwarded-for': forwarded, [SOCKET_HEADER]: '203.0.113.7' }), 0, SOCKET_HEADER),
    );
    expect(rotating).toEqual(['203.0.113.7', '203.0.113.7', '203.0.113.7']);
  });
  it('behind trusted proxies, takes the address that many hops from the right', () => {
    const forwarded = { 'x-forwarded-for': 'spoofed, 198.51.100.4, 10.0.0.2', [SOCKET_HEADER]: '10.0.0.3' };
    expect(clientKey(request(forwarded), 1, SOCKET_HEADER)).toBe('10.0.0.2');
    expect(clientKey(request(forwarded), 2, SOCKET_HEADER)).toBe('198.51.100.4');
    // Fewer entries than hops: a proxy is missing, so the leftmost entry (set by a trusted proxy) is used.
    expect(clientKey(request({ 'x-forwarded-for': '198.51.100.4' }), 3)).toBe('198.51.100.4');
  });
  it('shares one key when no address can be trusted (a bare `next start`)', () => {
    expect(clientKey(request({ 'x-forwarded-for': '1.2.3.4' }), 0, undefined)).toBe('unidentified');
    expect(clientKey(request({ [SOCKET_HEADER]: '1.2.3.4' }), 0, undefined)).toBe('unidentified');
  });
  it('reads the hop count from WIRETRACE_TRUST_PROXY, ignoring nonsense', () => {
    expect(trustedProxyHops('2')).toBe(2);
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops('yes')).toBe(0);
    expect(trustedProxyHops('-1')).toBe(0);
    expect(trustedProxyHops('1.5')).toBe(0);
  });
});

describe('tooManyRequests', () => {
  it('answers 429 with Retry-After and says the limit', async () => {
    const response = tooManyRequests('comparison reads', 120, 17);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('17');
    expect(await response.json()).toEqual({
      error: 'Too many comparison reads: the limit is 120 a minute. Try again in 17 s.',
    });
  });
});

describe('readBodyText', () => {
  it('refuses a body over the limit with 413 and invalid UTF-8 with 400', async () => {
    const big = await readBodyText(request({}, 'x'.repeat(2000)), 1000);
    expect(big.ok === false && big.response.status).toBe(413);
    const bytes = new Request('http://localhost/', {
      method: 'POST',
      body: new Uint8Array([0x7b, 0xff, 0x7d]),
    });
    const bad = await readBodyText(bytes);
    expect(bad.ok === false && bad.response.status).toBe(400);
    expect(await readBodyText(request({}, '{"wire":"ä"}'))).toEqual({ ok: true, text: '{"wire":"ä"}' });
  });
});
