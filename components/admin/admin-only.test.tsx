import { prerender } from 'react-dom/static';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { issueSession } from '@/server/admin/admin-session';

// The page's cookies, as next/headers gives them to a server component.
const jar = new Map<string, string>();
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
  }),
}));
const TOKEN = 'Redaktion!Archiv#2024-Wiretrace';
vi.stubEnv('WIRETRACE_ADMIN_TOKEN', TOKEN);

const { AdminOnly } = await import('./admin-only');
const { AdminStatus } = await import('./admin-status');

async function render(element: React.ReactElement): Promise<string> {
  const { prelude } = await prerender(element);
  return (await new Response(prelude).text()).replaceAll('<!-- -->', '');
}

const importPage = (
  <AdminOnly returnTo="/import?as=articles">
    <form data-testid="import-form">Import files</form>
  </AdminOnly>
);

beforeEach(() => jar.clear());

describe('AdminOnly', () => {
  it('shows the sign-in panel, which comes back to the page, instead of what it guards', async () => {
    const html = await render(importPage);
    expect(html).not.toContain('Import files');
    expect(html).toContain('<h2 id="sign-in-heading" class="text-xl font-semibold">Sign in as admin</h2>');
    expect(html).toContain('<form class="mt-4" action="/sign-in" method="post">');
    expect(html).toContain('<input type="hidden" name="next" value="/import?as=articles"/>');
    expect(html).toMatch(/<input id="admin-token" type="password" required=""[^>]* name="token"\/>/);
    expect(html).toContain('prints a sign-in link');
  });
  it('shows the guarded part to a signed-in admin', async () => {
    jar.set('wiretrace-admin', await issueSession(TOKEN));
    const html = await render(importPage);
    expect(html).toBe('<form data-testid="import-form">Import files</form>');
  });
  it('does not take a session of another token or a forged one', async () => {
    for (const value of [await issueSession('Another-Token-Of-Another-Server'), '1796378400.forged', TOKEN]) {
      jar.set('wiretrace-admin', value);
      expect(await render(importPage)).toContain('Sign in as admin');
    }
  });
});

describe('AdminStatus', () => {
  it('is nothing for readers, and "Admin" with a sign-out button for a signed-in admin', async () => {
    expect(await render(<AdminStatus />)).toBe('');
    jar.set('wiretrace-admin', await issueSession(TOKEN));
    const html = await render(<AdminStatus />);
    expect(html).toContain('>Admin</a>');
    expect(html).toContain('<form action="/sign-out" method="post"><button type="submit"');
  });
});
