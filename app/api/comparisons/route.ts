import { answeringStorageFaults } from '@/server/storage-response';
import { countCreate, saveComparison } from '@/server/create-comparison';
import { readJsonBody } from '@/server/http';

/** Creates a comparison from JSON: `{ title?, wire: "text", outlets: [{ name?, text }] }` → 201 with its id and link. */
export const POST = answeringStorageFaults(async function POST(request: Request): Promise<Response> {
  const refused = countCreate(request);
  if (refused) return refused;
  const body = await readJsonBody(request, 'the comparison');
  if (!body.ok) return body.response;
  const saved = await saveComparison(body.value);
  if (!saved.ok) return saved.response;
  return Response.json(saved.answer, {
    status: 201,
    headers: { location: new URL(saved.answer.url, request.url).toString() },
  });
});
