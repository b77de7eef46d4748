/**
 * Signing out: clears this browser's admin cookie and returns to /sign-in, which says so. GET (a link) and POST
 * (the header's button) alike; another site can at most sign a visitor out, which is harmless.
 */
import { sessionCookie } from '@/server/admin/admin-session';
import { isHttps } from '@/server/admin/require-admin';

function signOut(request: Request): Response {
  return new Response(null, {
    status: 303,
    headers: {
      location: '/sign-in?signed-out=1',
      'cache-control': 'no-store',
      'set-cookie': sessionCookie(null, { secure: isHttps(request) }),
    },
  });
}

export const GET = signOut;
export const POST = signOut;
