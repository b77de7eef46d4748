import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { signInRewrite } from './sign-in-rewrite';

const token = 'uBSImJOh8Hql-6FcO7MyJpnTst9-smcGfKht6PJ-rEw';

describe('signInRewrite', () => {
  it('sends the sign-in link to its handler with the token in a header, not in the address', () => {
    const response = signInRewrite(
      new NextRequest(`http://localhost:3000/sign-in?token=${token}&next=%2Fimport`),
    )!;
    expect(response.headers.get('x-middleware-rewrite')).toBe(
      'http://localhost:3000/api/admin/sign-in?next=%2Fimport',
    );
    expect([...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n')).not.toContain(
      `?token=${token}`,
    );
    expect(response.headers.get('x-middleware-request-x-wiretrace-sign-in-token')).toBe(token);
  });
  it('sends the form post to its handler', () => {
    const response = signInRewrite(new NextRequest('http://localhost:3000/sign-in', { method: 'POST' }))!;
    expect(response.headers.get('x-middleware-rewrite')).toBe('http://localhost:3000/api/admin/sign-in');
  });
  it('leaves the form page and everything else alone', () => {
    expect(signInRewrite(new NextRequest('http://localhost:3000/sign-in'))).toBeNull();
    expect(signInRewrite(new NextRequest('http://localhost:3000/sign-in?next=%2Fimport'))).toBeNull();
    expect(signInRewrite(new NextRequest(`http://localhost:3000/find?token=${token}`))).toBeNull();
  });
});
