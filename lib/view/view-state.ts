/**
 * The view state that lives in the URL, beyond the path (view and outlet are path segments, the focused sentence
 * is the fragment, which the browser scrolls to and CSS highlights): which outlets the side-by-side view shows, in
 * which order — `?outlets=a,b` — and whether it shows only the versions' own additions — `?only=added`.
 * Invalid parameters fall back to defaults rather than failing: unknown ids are dropped, duplicates ignored, and
 * an empty result means "all, in story order".
 */

/**
 * The outlet ids to show, in order, from the `outlets` parameter. Any of `available` may be named; without a
 * valid name the result is `defaults` (all of `available` unless given).
 */
export function parseOutletOrder(
  param: string | null | undefined,
  available: string[],
  defaults: string[] = available,
): string[] {
  if (!param) return defaults;
  const known = new Set(available);
  const chosen: string[] = [];
  for (const id of param.split(',').map((part) => part.trim())) {
    if (known.has(id) && !chosen.includes(id)) chosen.push(id);
  }
  return chosen.length > 0 ? chosen : defaults;
}

/** The `outlets` parameter for an order; null when it is the default (so links stay short). */
export function formatOutletOrder(order: string[], defaults: string[]): string | null {
  const isDefault = order.length === defaults.length && order.every((id, i) => id === defaults[i]);
  return isDefault ? null : order.join(',');
}

/** Whether the side-by-side view shows only what versions added (`?only=added`); anything else means no. */
export function parseAdditionsOnly(param: string | null | undefined): boolean {
  return param === 'added';
}
