import { describe, expect, it } from 'vitest';
import {
  ADMIN_ACCESS,
  cookieFrom,
  issueSession,
  newAdminToken,
  safeReturnPath,
  sessionCookie,
  sessionExpiry,
  sessionIsValid,
  tokenProblem,
  tokensMatch,
} from './admin-session';

const TOKEN = 'uBSImJOh8Hql-6FcO7MyJpnTst9-smcGfKht6PJ-rEw';
// 4 December 2026, 10:00 UTC.
const NOW = Date.UTC(2026, 11, 4, 10, 0, 0);
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

describe('newAdminToken', () => {
  it('is 256 random bits as 43 URL-safe characters, different every time', () => {
    const tokens = new Set(Array.from({ length: 50 }, newAdminToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      expect(tokenProblem(token)).toBeNull();
    }
  });
});

describe('tokenProblem', () => {
  it('says what is wrong with a hand-set token', () => {
    expect(tokenProblem('geheim')).toBe('is 6 characters long; an admin token needs at least 16');
    expect(tokenProblem('x'.repeat(513))).toBe('is 513 characters long; an admin token has at most 512');
    expect(tokenProblem('korrekt pferd batterie')).toBe(
      'holds a space at position 8; use visible ASCII characters only (letters, digits, punctuation)',
    );
    expect(tokenProblem('Zugangsschlüssel-2024')).toBe(
      'holds the character U+00FC at position 12; use visible ASCII characters only (letters, digits, punctuation)',
    );
    expect(tokenProblem('Redaktion!Archiv#2024')).toBeNull();
  });
});

describe('tokensMatch', () => {
  it('accepts the token only, whatever the length of a wrong one', () => {
    expect(tokensMatch(TOKEN, TOKEN)).toBe(true);
    expect(tokensMatch(`${TOKEN.slice(0, -1)}x`, TOKEN)).toBe(false);
    expect(tokensMatch(TOKEN.slice(0, 20), TOKEN)).toBe(false);
    expect(tokensMatch('', TOKEN)).toBe(false);
    expect(tokensMatch(`${TOKEN} `, TOKEN)).toBe(false);
  });
});

describe('sessions', () => {
  it('holds the time issued and a MAC, never the token', async () => {
    const value = await issueSession(TOKEN, NOW);
    expect(value).toMatch(/^1796378400\.[A-Za-z0-9_-]{43}$/);
    expect(value).not.toContain(TOKEN);
    expect(await issueSession(TOKEN, NOW)).toBe(value);
    expect(sessionExpiry(value)).toEqual(new Date('2026-12-11T10:00:00Z'));
  });
  it('is valid for its token for a week, by the server clock', async () => {
    const value = await issueSession(TOKEN, NOW);
    expect(await sessionIsValid(TOKEN, value, NOW)).toBe(true);
    expect(await sessionIsValid(TOKEN, value, NOW + WEEK_MS - 1000)).toBe(true);
    expect(await sessionIsValid(TOKEN, value, NOW + WEEK_MS + 1000)).toBe(false);
    // Issued by a server whose clock runs a little ahead: fine; far ahead: not issued by any of them.
    expect(await sessionIsValid(TOKEN, value, NOW - 60_000)).toBe(true);
    expect(await sessionIsValid(TOKEN, value, NOW - 3_600_000)).toBe(false);
  });
  it('is refused when the token changed, or when its time or MAC was edited', async () => {
    const value = await issueSession(TOKEN, NOW);
    expect(await sessionIsValid(newAdminToken(), value, NOW)).toBe(false);
    const [issued, mac] = value.split('.');
    expect(await sessionIsValid(TOKEN, `${Number(issued) + ADMIN_ACCESS.sessionSeconds}.${mac}`, NOW)).toBe(
      false,
    );
    expect(await sessionIsValid(TOKEN, `${issued}.${mac!.slice(0, -1)}A`, NOW)).toBe(false);
    for (const malformed of [undefined, '', 'admin', `${issued}.`, `${issued}.${mac}x`, TOKEN])
      expect(await sessionIsValid(TOKEN, malformed, NOW)).toBe(false);
  });
});

describe('sessionCookie', () => {
  it('is HttpOnly, SameSite=Strict, for the whole site for a week; Secure over HTTPS', () => {
    expect(sessionCookie('1796378400.abc', { secure: false })).toBe(
      'wiretrace-admin=1796378400.abc; Path=/; Max-Age=604800; HttpOnly; SameSite=Strict',
    );
    expect(sessionCookie('1796378400.abc', { secure: true })).toBe(
      'wiretrace-admin=1796378400.abc; Path=/; Max-Age=604800; HttpOnly; SameSite=Strict; Secure',
    );
  });
  it('clears the cookie with the same attributes', () => {
    expect(sessionCookie(null, { secure: true })).toBe(
      'wiretrace-admin=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict; Secure',
    );
  });
});

describe('cookieFrom', () => {
  it('finds the admin cookie among others', () => {
    expect(cookieFrom('theme=dark; wiretrace-admin=1796378400.a_b-c; lang=de')).toBe('1796378400.a_b-c');
    expect(cookieFrom('wiretrace-admin-old=1; x=wiretrace-admin=2')).toBeUndefined();
    expect(cookieFrom(null)).toBeUndefined();
  });
});

describe('safeReturnPath', () => {
  it('keeps paths on this site with their query and fragment', () => {
    expect(safeReturnPath('/import')).toBe('/import');
    expect(safeReturnPath('/jobs?status=running#job-3')).toBe('/jobs?status=running#job-3');
    expect(safeReturnPath('/')).toBe('/');
  });
  it('refuses anything that could leave the site', () => {
    for (const next of [
      '//evil.example/import',
      '/\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      'import',
      '/\t/evil.example',
      '/jobs\r\nSet-Cookie: x=1',
      '',
      null,
      undefined,
      `/${'a'.repeat(2000)}`,
    ])
      expect(safeReturnPath(next)).toBeNull();
  });
});
