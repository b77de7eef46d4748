/**
 * Validation of imported items: one parsed JSON Lines object, or one .txt file (its bytes and relative path),
 * becomes a WireItem / ArticleItem or a message naming what is wrong ("no text", "`published` is not an ISO 8601
 * date", …). Also the JSON Lines *line* parser, which adds the line number to every message.
 * Method: explicit field checks (no schema library at run time); text goes through lib/text/decode-text's checks.
 * Known weaknesses: unknown fields are ignored silently (an archive may carry many); numeric ids are accepted and
 * turned into strings, since archives often number their items.
 */
import { checkText, decodeText } from '../text/decode-text';
import type { ArticleItem, ItemResult, ParsedLine, WireItem } from './types';

/** Which kind of item a JSON Lines file or folder holds. */
export type ItemKind = 'wire' | 'article';

const OPTIONAL_FIELDS: Record<ItemKind, readonly string[]> = {
  wire: ['title', 'published', 'agency', 'story'],
  article: ['outlet', 'url', 'published', 'title'],
};

// Date, optionally with time (minutes, seconds, fractions) and zone: 2024-10-28, 2024-10-28T14:05:00+01:00, …Z.
const ISO_8601 =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** True when `value` is an ISO 8601 date or date-time that names a real day (2024-02-30 is refused). */
export function isIsoDate(value: string): boolean {
  if (!ISO_8601.test(value)) return false;
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Milliseconds since 1970 of an ISO 8601 value (a date alone is taken as midnight UTC); NaN when invalid. */
export function publishedTime(value: string | undefined): number {
  if (value === undefined || !isIsoDate(value)) return Number.NaN;
  return Date.parse(value.replace(' ', 'T').replace(',', '.'));
}

/** Validates one parsed JSON value as an item of `kind`. */
export function itemFromObject(value: unknown, kind: 'wire'): ItemResult<WireItem>;
export function itemFromObject(value: unknown, kind: 'article'): ItemResult<ArticleItem>;
export function itemFromObject(value: unknown, kind: ItemKind): ItemResult<WireItem | ArticleItem>;
export function itemFromObject(value: unknown, kind: ItemKind): ItemResult<WireItem | ArticleItem> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return refuse('is not a JSON object ({ "id": …, "text": … })');
  const record = value as Record<string, unknown>;
  const id = record.id;
  let itemId: string;
  if (typeof id === 'string' && id.trim() !== '') itemId = id;
  else if (typeof id === 'number' && Number.isSafeInteger(id)) itemId = String(id);
  else return refuse(id === undefined ? 'has no "id"' : '"id" must be a non-empty string');
  const at = `item "${itemId}"`;
  if (record.text === undefined || record.text === null)
    return refuse(`${at} has no text ("text" is missing)`);
  if (typeof record.text !== 'string') return refuse(`${at}: "text" must be a string`);
  const text = checkText(record.text);
  if (!text.ok) return refuse(`${at}: "text" ${text.message}`);
  const item: Record<string, string> = { id: itemId, text: text.text };
  for (const field of OPTIONAL_FIELDS[kind]) {
    const fieldValue = record[field];
    if (fieldValue === undefined || fieldValue === null) continue;
    if (typeof fieldValue !== 'string') return refuse(`${at}: "${field}" must be a string`);
    if (field === 'published' && !isIsoDate(fieldValue))
      return refuse(`${at}: "published" is not an ISO 8601 date ("${fieldValue.slice(0, 40)}")`);
    if (fieldValue !== '') item[field] = fieldValue;
  }
  return { ok: true, item: item as unknown as WireItem | ArticleItem };
}

/** Parses one JSON Lines line (1-based `line`); blank lines give null, problems name the line. */
export function parseJsonLine(text: string, line: number, kind: 'wire'): ParsedLine<WireItem>;
export function parseJsonLine(text: string, line: number, kind: 'article'): ParsedLine<ArticleItem>;
export function parseJsonLine(text: string, line: number, kind: ItemKind): ParsedLine<WireItem | ArticleItem>;
export function parseJsonLine(
  text: string,
  line: number,
  kind: ItemKind,
): ParsedLine<WireItem | ArticleItem> {
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const binary = !checkText(text).ok;
    const why = binary ? 'binary data, not JSON' : `broken JSON (${(error as Error).message})`;
    return { ok: false, line, message: `line ${line}: ${why}` };
  }
  const result = itemFromObject(value, kind);
  return result.ok
    ? { ok: true, line, item: result.item }
    : { ok: false, line, message: `line ${line}: ${result.message}` };
}

/** An item from one .txt file: `id` is its path relative to the folder (with / separators), text from bytes. */
export function itemFromTextFile(id: string, bytes: Uint8Array): ItemResult<WireItem & ArticleItem> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return refuse(`${id} ${decoded.message}`);
  return { ok: true, item: { id, text: decoded.text } };
}

function refuse(message: string): { ok: false; message: string } {
  return { ok: false, message };
}
