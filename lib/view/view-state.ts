/**
 * The view state that lives in the URL, beyond the path (view and outlet are path segments, the focused sentence
 * is the fragment, which the browser scrolls to and CSS highlights): which outlets the side-by-side view shows, in which order — `?outlets=a,b`.
 * Invalid parameters fall back to defaults rather than failing: unknown ids are dropped, duplicates ignored, and
 * an empty result means "all, in story order".
 */

/** The outlet ids to show, in order, from the `outlets` parameter; `available` is the default order. */
export function parseOutletOrder(param: string | null | undefined, available: string[]): string[] {
  if (!param) return available;
  const known = new Set(available);
  const chosen: string[] = [];
  for (const id of param.split(',').map((part) => part.trim())) {
    if (known.has(id) && !chosen.includes(id)) chosen.push(id);
  }
  return chosen.length > 0 ? chosen : available;
}

/** The `outlets` parameter for an order; null when it is the default (so links stay short). */
export function formatOutletOrder(order: string[], available: string[]): string | null {
  const isDefault = order.length === available.length && order.every((id, i) => id === available[i]);
  return isDefault ? null : order.join(',');
}
