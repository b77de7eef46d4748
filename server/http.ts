/**
 * Small helpers for the HTTP API: JSON error answers that say what to fix, a request body read with a byte cap,
 * and the client key for rate limiting.
 */
import { LIMITS } from '@/lib/comparisons/comparison-input';

/** A JSON error answer: `{ error, errors? }` with the given status. */
export function jsonError(
  status: number,
  error: string,
  extra: Record<string, unknown> = {},
  headers: HeadersInit = {},
): Response {
  return Response.json({ error, ...extra }, { status, headers });
}

/** Reads the body as text, refusing bodies over `limit` bytes without reading them whole. */
export async function readBodyText(
  request: Request,
  limit: number = LIMITS.maxBodyBytes,
): Promise<{ ok: true; text: string } | { ok: false; response: Response }> {
  const tooLarge = () => ({
    ok: false as const,
    response: jsonError(
      413,
      `The request body is too large: the limit is ${limit / 1024 / 1024} MB. Send fewer or shorter texts.`,
    ),
  });
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) return tooLarge();
  if (!request.body) return { ok: true, text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      response: jsonError(400, 'The request body is not valid UTF-8. Send JSON encoded as UTF-8.'),
    };
  }
}

/**
 * The key a client is rate-limited by: the last X-Forwarded-For address — the one a reverse proxy appends, or the
 * socket address Next sets when the header is absent. Served directly, a client can send its own header, so
 * deploy behind a proxy that sets X-Forwarded-For.
 */
export function clientKey(request: Request): string {
  return request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() || 'unknown';
}
