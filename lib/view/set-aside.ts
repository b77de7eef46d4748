/**
 * Why a sentence was set aside as page furniture, in words a reader of the views understands — "keep the
 * evidence": what is not compared is shown, and why. Learned furniture says where it recurs.
 */
import type { FurnitureReason, OutletUnit } from '../engine';

const REASON_LABEL: Record<FurnitureReason, string> = {
  'archive-marker': 'archive date marker',
  dateline: 'dateline',
  credit: 'credit',
  byline: 'byline',
  interface: 'page interface',
  advertising: 'advertising',
  'related-link': 'link to another article',
  duplicate: 'repeats the line beside it',
  timestamp: 'date of the page',
  'site-name': 'name of the site',
  'trailing-links': 'links after the article',
  recurring: 'recurs across the outlet’s articles',
};

/** Why a boilerplate unit is furniture ("recurs in 14 of 20 articles of this outlet"); undefined for text. */
export function setAsideReason(
  unit: Pick<OutletUnit, 'status' | 'furniture' | 'furnitureNote'>,
): string | undefined {
  if (unit.status !== 'boilerplate') return undefined;
  return unit.furnitureNote ?? (unit.furniture ? REASON_LABEL[unit.furniture] : 'page furniture');
}
