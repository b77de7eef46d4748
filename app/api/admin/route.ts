import { adminAccess } from '@/server/admin/require-admin';
import { answeringStorageFaults } from '@/server/storage-response';

/**
 * Whether the request is an admin's: `200 { admin: true, via: "bearer" | "session" }`, or the 401 any guarded
 * change answers. Scripts check their token with it before an import.
 */
export const GET = answeringStorageFaults(async function GET(request: Request): Promise<Response> {
  const access = await adminAccess(request);
  if ('refused' in access) return access.refused;
  return Response.json({ admin: true, via: access.via }, { headers: { 'cache-control': 'no-store' } });
});
