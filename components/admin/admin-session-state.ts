/**
 * Whether the request a server component renders for is an admin's browser: its session cookie, checked against
 * the admin token. No cookie answers at once, without loading the token.
 */
import { cookies } from 'next/headers';
import { ADMIN_COOKIE, sessionExpiry } from '@/server/admin/admin-session';
import { isAdminSession } from '@/server/admin/require-admin';

/** The signed-in admin session (with when it ends), or null. */
export async function adminSessionOfPage(): Promise<{ expires: Date } | null> {
  const value = (await cookies()).get(ADMIN_COOKIE)?.value;
  if (!value || !(await isAdminSession(value))) return null;
  return { expires: sessionExpiry(value)! };
}
