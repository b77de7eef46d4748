import { describe, expect, it } from 'vitest';
import { API_POLICY, createNonce, pagePolicy } from './content-security-policy';

describe('content security policy', () => {
  it('allows scripts only with the nonce, never inline', () => {
    const policy = pagePolicy('abc123==');
    const scripts = policy.split('; ').find((directive) => directive.startsWith('script-src'));
    expect(scripts).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(pagePolicy('n', true)).toContain("'unsafe-eval'");
  });
  it('makes a fresh 128-bit nonce each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
  it('closes everything for API answers', () => {
    expect(API_POLICY).toMatch(/^default-src 'none'/);
  });
});
