/**
 * The address link previews point to. Chat and social apps need absolute URLs for a preview image; the app knows
 * its own address only from the request, so: WIRETRACE_PUBLIC_URL when set (the address people use), otherwise the
 * request's Host (and X-Forwarded-Proto from a proxy), otherwise localhost. Only a host name with an optional port
 * is taken from a header, so a forged Host cannot inject a path or a scheme.
 */

const HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/;

/** The origin for absolute URLs in page metadata. */
export function publicOrigin(configured: string | undefined, host: string | null, proto: string | null): URL {
  if (configured) return new URL(configured);
  const scheme = proto?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  return new URL(host && HOST.test(host) ? `${scheme}://${host}` : 'http://localhost:3000');
}
