/**
 * Outlet ids for articles imported into the corpus. Their own ids are free text (a JSON Lines `id`, a relative
 * path with slashes), but an outlet id travels in URLs, element ids (`<outlet>-u3`) and CSS attribute selectors,
 * and a shared link must keep working when more articles are imported. So the id is derived from the article id
 * alone: a readable slug of it plus a short hash that keeps two ids apart when their slugs collide.
 * Known weakness: the slug is cut at 40 characters, so very long ids differ only in their hash.
 */

import { fnv1a } from '../text/fnv1a';

const SLUG_MAX_CHARS = 40;

/** A stable, URL-safe slug of any free text: `<slug>-<hash>`, or `<hash>` when nothing readable is left. */
export function stableSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_CHARS)
    .replace(/-+$/, '');
  const hash = fnv1a(text).toString(36).padStart(7, '0');
  return slug ? `${slug}-${hash}` : hash;
}

/** A stable, URL- and selector-safe outlet id for an imported article id: `a-<slug>-<hash>`. */
export function outletIdFor(articleId: string): string {
  return `a-${stableSlug(articleId)}`;
}
