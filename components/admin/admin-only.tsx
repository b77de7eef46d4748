/**
 * A page part only an admin may use: its children when this browser is signed in as admin, else the sign-in
 * panel, which brings the browser back to `returnTo`. One wrapper guards a page:
 * `<AdminOnly returnTo="/import"><ImportForm /></AdminOnly>`. The API the page calls must still check, with
 * requireAdmin (server/admin/require-admin.ts): hiding a form guards nothing by itself.
 */
import { adminSessionOfPage } from './admin-session-state';
import { SignInPanel } from './sign-in-panel';

export async function AdminOnly({ returnTo, children }: { returnTo: string; children: React.ReactNode }) {
  if (await adminSessionOfPage()) return children;
  return <SignInPanel returnTo={returnTo} />;
}
