import { describe, expect, it } from 'vitest';
import { signInLines } from './sign-in-announcement';

const token = 'uBSImJOh8Hql-6FcO7MyJpnTst9-smcGfKht6PJ-rEw';

describe('signInLines', () => {
  it('prints the sign-in link with a generated token, and where it is kept', () => {
    expect(
      signInLines(
        { token, source: 'file', where: '/srv/wiretrace/data/admin-token', created: true },
        'http://localhost:3000',
      ),
    ).toEqual([
      `Admin sign-in (keep it private; it lets this browser change the corpus): http://localhost:3000/sign-in?token=${token}`,
      '  The admin token was made now and is kept in /srv/wiretrace/data/admin-token (readable by this user only); set WIRETRACE_ADMIN_TOKEN to choose your own.',
    ]);
    expect(
      signInLines(
        { token, source: 'database', where: 'db.example:5432/wiretrace', created: false },
        'https://wiretrace.example/',
      )[1],
    ).toBe(
      '  The admin token is kept in the database db.example:5432/wiretrace, shared by every server on it; set WIRETRACE_ADMIN_TOKEN to choose your own.',
    );
  });
  it('never prints a token the operator set', () => {
    const lines = signInLines(
      { token: 'Redaktion!Archiv#2024', source: 'environment', where: '', created: false },
      'http://localhost:4000',
    );
    expect(lines).toEqual([
      'Admin sign-in: http://localhost:4000/sign-in with the token in WIRETRACE_ADMIN_TOKEN.',
    ]);
  });
});
