/**
 * Small helpers for the HTTP API: JSON error answers that say what to fix, a request body read with a byte cap,
 * the one JSON-body reading every POST shares (media type, size, encoding, syntax), and the client key for rate
 * limiting.
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

/** How many proxies in front of the app append to X-Forwarded-For; 0 (the default) trusts none of it. */
export function trustedProxyHops(value: string | undefined = process.env.WIRETRACE_TRUST_PROXY): number {
  const hops = Number(value ?? 0);
  return Number.isInteger(hops) && hops > 0 ? hops : 0;
}

/**
 * The rate-limit key of an address: an IPv4 address as it is (also when IPv4-mapped, `::ffff:192.0.2.1`), an IPv6
 * address as its /64 network — one subscriber usually holds a whole /64 and could otherwise rotate through it.
 * Anything unparseable is kept as it is.
 */
export function addressKey(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(trimmed);
  if (mapped) return mapped[1]!;
  if (!trimmed.includes(':')) return trimmed;
  const [head = '', tail, extra] = trimmed.split('%')[0]!.split('::');
  if (extra !== undefined) return trimmed;
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0');
  const groups = tail === undefined ? left : [...left, ...zeros, ...right];
  if (groups.length !== 8 || !groups.every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return trimmed;
  const network = groups.slice(0, 4).map((group) => parseInt(group, 16).toString(16));
  return `${network.join(':')}::/64`;
}

/**
 * The key a client is rate-limited by (its address, through {@link addressKey}).
 * - Behind proxies (`WIRETRACE_TRUST_PROXY=<hops>`): the address `hops` entries from the right of X-Forwarded-For,
 *   the one the outermost trusted proxy appended (the leftmost if the header is shorter: a proxy is missing).
 * - Otherwise: the socket's address, which scripts/serve.mjs puts in a header it always overwrites. Next itself
 *   keeps a client-sent X-Forwarded-For as it is, so that header is never believed without proxies.
 * - Under a bare `next start` (no serve.mjs, no proxies) no address can be trusted: every client shares one key,
 *   which keeps the limit whole at the price of sharing it.
 */
export function clientKey(
  request: Request,
  hops: number = trustedProxyHops(),
  socketHeader: string | undefined = process.env.WIRETRACE_SOCKET_ADDRESS_HEADER,
): string {
  if (hops > 0) {
    const chain = (request.headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    return addressKey(chain[Math.max(0, chain.length - hops)] ?? 'unknown');
  }
  if (socketHeader) return addressKey(request.headers.get(socketHeader) ?? 'unknown');
  return 'unidentified';
}

/**
 * Whether a Content-Type names JSON exactly: `application/json`, any case, with optional parameters
 * (`; charset=utf-8`). Suffixed types such as `application/json-patch+json` are other formats and do not pass.
 */
export function isJsonMediaType(contentType: string | null): boolean {
  if (!contentType) return false;
  const essence = contentType.split(';')[0]!.trim().toLowerCase();
  return essence === 'application/json';
}

/**
 * The parsed JSON body of a request, or the answer refusing it — the same for every JSON API:
 * 415 unless the media type is exactly application/json, 413 over the byte limit, 400 not UTF-8 or not JSON.
 * `what` names the body in the messages ("the comparison", "the article").
 */
export async function readJsonBody(
  request: Request,
  what: string,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const type = request.headers.get('content-type');
  if (!isJsonMediaType(type))
    return {
      ok: false,
      response: jsonError(
        415,
        `Send ${what} as JSON with the header Content-Type: application/json (got ${type?.slice(0, 80) ?? 'none'}).`,
      ),
    };
  const body = await readBodyText(request);
  if (!body.ok) return body;
  try {
    return { ok: true, value: JSON.parse(body.text) };
  } catch (error) {
    return {
      ok: false,
      response: jsonError(400, `The body is not valid JSON (${(error as Error).message}).`),
    };
  }
}

/** A 429 answer saying what the limit is and when to come back, with Retry-After. */
export function tooManyRequests(what: string, limit: number, retryAfterSeconds: number): Response {
  return jsonError(
    429,
    `Too many ${what}: the limit is ${limit} a minute. Try again in ${retryAfterSeconds} s.`,
    {},
    { 'retry-after': String(retryAfterSeconds) },
  );
}
