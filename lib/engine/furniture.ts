/**
 * Stage 5, page furniture: marks the segments that are not article text — the outlet's page, not its writing.
 * Method: general categories rather than one outlet's phrases, each a small rule on a segment and its place:
 *   - archive markers and datelines ("Brüssel (dpa) -");
 *   - credits: ©, "Foto:"/"Photo:", lines made only of agency names ("DPA · Reuters", "(mit dpa)", "Von dpa"),
 *     bylines ("By Sam Lister, …"), author initials alone on a line ("wue");
 *   - interface text: lines made only of UI words (subscribe, Abo, share, Lesezeit/reading time, Anzeige/ads;
 *     furniture-words.ts), breadcrumb trails ("Home > News"), a line naming the site ("| # taz.de -- …"),
 *     and lines that only date the page ("Stand: 26.09.2024 08:24 Uhr", "18. März 2016, 14:27 Uhr aktualisiert"):
 *     short, no verb, digits and a clock time or date, nothing but date words;
 *   - "Lesen Sie auch"/"Read more" and the teaser line right after it;
 *   - a line repeating the one just before it, whole, cut short or behind a kicker (alt text, teaser boxes);
 *   - the trailing block: short unpunctuated lines after the article's last sentence (shop links, tag lists,
 *     "ends"), once a credit or nothing but such lines follows the last sentence.
 * Captions, headlines, teasers and crossheads are not furniture: they are the outlet's own additions.
 * Lines that recur across an outlet's or a feed's texts are furniture too, when learned (furniture-learning.ts).
 * Known weaknesses: furniture written as full sentences ("Diese Nachricht wurde … gesendet.") stays text unless
 * learned; a lone place line ("Köln") is taken for a heading; UI words of other languages than German, English,
 * French, Spanish, Italian and Dutch are not recognised.
 */
import { ENGINE_CONFIG } from './config';
import { DATE_LABEL_WORDS, DATE_WORDS, UI_WORDS } from './furniture-words';
import type { Segment } from './segment';

const { trailingLinkMaxWords, interfaceMaxWords, bylineMaxWords, duplicateMinChars, timestampMaxWords } =
  ENGINE_CONFIG.furniture;

/** Why a segment is page furniture. */
export type FurnitureReason =
  | 'archive-marker'
  | 'dateline'
  | 'credit'
  | 'byline'
  | 'interface'
  | 'advertising'
  | 'related-link'
  | 'duplicate'
  | 'timestamp'
  | 'site-name'
  | 'trailing-links'
  /** A line that recurs across many texts of one outlet or feed (furniture-learning.ts). */
  | 'recurring';

const AGENCIES =
  'dpa|afp|ap|reuters|epd|kna|apa|sda|keystone-sda|ddp|dapd|pa|ansa|efe|upi|xinhua|tass|ria|anp|belga|ctk|pap|imago|getty|getty images|picture alliance|picture-alliance|bloomberg|press association|associated press|agence france-presse|sid|kyodo|yonhap';
const AGENCY_ONLY = new RegExp(
  `^\\(?\\s*(?:(?:mit|with|nach|von|by|from|quelle:|source:|mit material von)\\s+)?(?:${AGENCIES})(?:\\s*(?:[·•,/|&+]|und|and)\\s*(?:${AGENCIES}))*\\s*\\)?\\.?$`,
  'i',
);
// A parenthesised photo credit: names separated by slashes, one of them an agency ("(IMAGO / Ukrinform / ABACA)").
const PAREN_CREDIT = new RegExp(`^\\((?=[^()]*\\b(?:${AGENCIES})\\b)[^()]*\\/[^()]*\\)\\.?$`, 'i');
const CREDIT =
  /©|\(c\)\s|^\(?(?:foto|fotos|bild|bilder|photo|photos|image|credit|credits|quelle|source|grafik|picture)s?:\s/i;
// A short line ending in an agency name after a person's name: "Fabian Sommer. dpa", "John Doe/AFP".
const PERSON_AGENCY = new RegExp(`^[\\p{Lu}][\\p{L}' .-]{2,40}[./,]\\s*(?:${AGENCIES})$`, 'iu');
const BYLINE = /^(?:von|by|par|por|di|de|door|av)\s+[\p{L}][\p{L}' .-]*(?:,[^.]*)?$/iu;
const INITIALS = /^\(?[\p{Ll}]{2,4}\)?$|^\(?[\p{Ll}]{2,4}\/[\p{Ll}]{2,4}\)?$/u;
const ADVERTISING = /^(?:anzeige|werbung|advertisement|advertising|sponsored(?: content)?|publicité|ad)$/i;
const RELATED =
  /^(?:lesen sie auch|lesen sie mehr|lesen sie hier|auch interessant|das könnte sie auch interessieren|mehr zum thema|mehr dazu|weitere artikel|zum thema|read more|read also|related|related articles?|see also|more on this(?: story)?|you may also like|most read|trending|top stories|recommended|meistgelesen|empfehlungen|lire aussi|à lire aussi)\b.{0,3}$/i;
const READING_TIME =
  /^(?:lesezeit|lesedauer|reading time|temps de lecture)\b|\b\d+\s*(?:min\.?|minuten|minutes)\s*(?:lesezeit|read|lesedauer)\b/i;
// A clock time or a date: "14:27", "3:14 PM", "14h27", "26.09.2024", "2025-04-11", "18. März", "March 18", "2016".
const CLOCK_OR_DATE =
  /\d{1,2}[:.h]\d{2}\b|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\b\d{1,2}\.?\s+\p{L}{3,}|\p{L}{3,}\.?\s+\d{1,2}\b|\b(?:19|20)\d{2}\b/u;
const NUMBER_WORD = /^\d[\d.:/h-]*$/;

/**
 * A line that only dates the page, in any of the engine's languages and with its label before or after:
 * "Stand: 26.09.2024 08:24 Uhr", "18. März 2016, 14:27 Uhr aktualisiert", "Updated 3:14 PM EDT, October 11,
 * 2016", "Date:2025-04-11 04:48:16", "Publié le 12 mars 2024 à 14h27". Its form: short, no verb but a label,
 * digits, a clock time or a date, and nothing but date words, labels and numbers.
 */
function isTimestamp(line: string): boolean {
  if (!/\d/.test(line) || !CLOCK_OR_DATE.test(line)) return false;
  const lineWords = line
    .replace(/(\p{L}):(?=\d)/gu, '$1: ')
    .split(/[\s,|·•–—]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase())
    .filter(Boolean);
  const numbers = lineWords.filter((word) => NUMBER_WORD.test(word)).length;
  // A bare number is more likely a list item cut short than a date.
  const datelike =
    numbers >= 2 || lineWords.some((word) => DATE_LABEL_WORDS.has(word)) || /\d[.:/]\d/.test(line);
  return (
    datelike &&
    lineWords.length <= timestampMaxWords &&
    lineWords.every((word) => NUMBER_WORD.test(word) || DATE_WORDS.has(word))
  );
}

// A breadcrumb trail: "Home > News > …", "Current:Home > Markets…", "Startseite › Politik".
const BREADCRUMB =
  /^(?:[\p{L} ]{1,20}:\s*)?(?:home|startseite|start|accueil|inicio|portada|nachrichten|news)\s*[>›»]/iu;
// A line naming the site, as exported pages open: "| # taz.de -- … | |", "www.example.com | Politik".
const SITE_NAME = /^[|#\s]*(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,6}\s*(?:--|[-–—|:·]|$)/iu;

/** Splits glued interface words: "AboAbonnieren" → "Abo Abonnieren". */
function words(line: string): string[] {
  return line
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .split(/[\s·•|/,&:]+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}€]+|[^\p{L}\p{N}€]+$/gu, ''))
    .filter(Boolean);
}

function endsSentence(raw: string): boolean {
  return /[.!?…]["'»«“”’)\]]*$/u.test(raw.trim());
}

function ownRule(raw: string, segment: Segment): FurnitureReason | null {
  if (segment.role === 'marker') return 'archive-marker';
  if (segment.role === 'dateline') return 'dateline';
  const line = raw.trim();
  if (CREDIT.test(line) || PAREN_CREDIT.test(line) || AGENCY_ONLY.test(line) || PERSON_AGENCY.test(line))
    return 'credit';
  if (!segment.wholeLine && !/^\(.*\)\.?$/.test(line)) return null;
  if (ADVERTISING.test(line)) return 'advertising';
  if (RELATED.test(line)) return 'related-link';
  if (READING_TIME.test(line) || BREADCRUMB.test(line)) return 'interface';
  if (SITE_NAME.test(line)) return 'site-name';
  if (segment.wholeLine && isTimestamp(line)) return 'timestamp';
  const lineWords = words(line);
  if (
    lineWords.length > 0 &&
    lineWords.length <= interfaceMaxWords &&
    lineWords.every((word) => UI_WORDS.has(word.toLowerCase()) || /^\d+$/.test(word))
  )
    return 'interface';
  if (segment.wholeLine && INITIALS.test(line)) return 'credit';
  if (segment.wholeLine && !endsSentence(line) && lineWords.length <= bylineMaxWords && BYLINE.test(line))
    return 'byline';
  return null;
}

/**
 * Returns, for every segment, why it is page furniture, or null when it is article text. `isRecurringLine` says
 * which whole lines were learned as furniture of the text's outlet or feed.
 */
export function findFurniture(
  text: string,
  segments: Segment[],
  isRecurringLine?: (line: string) => boolean,
): Array<FurnitureReason | null> {
  const raws = segments.map((segment) => text.slice(segment.start, segment.end).trim());
  const reasons = segments.map((segment, i) => ownRule(raws[i]!, segment));
  const lines = new Map<number, string>();
  for (const [i, segment] of segments.entries())
    lines.set(segment.line, `${lines.get(segment.line) ?? ''} ${raws[i]}`.trim());

  // Lines learned as the outlet's or feed's furniture (furniture-learning.ts), before the rules that look at
  // what surrounds a line (a trailing link block ends with the page's recurring newsletter box).
  if (isRecurringLine)
    segments.forEach((segment, i) => {
      if (reasons[i] === null && isRecurringLine(lines.get(segment.line)!)) reasons[i] = 'recurring';
    });

  // The teaser a "Read more" line introduces is furniture too, if it is a short line of its own.
  for (let i = 0; i < segments.length - 1; i += 1) {
    const next = segments[i + 1]!;
    if (reasons[i] === 'related-link' && next.wholeLine && next.role === 'heading' && reasons[i + 1] === null)
      reasons[i + 1] = 'related-link';
  }

  // Two neighbouring lines where one repeats the other — whole, cut short, or behind a kicker — are the page
  // rendering one thing twice (alt text beside a caption, a teaser box): the shorter is furniture (the second
  // when equal). One line merely containing the other is not enough: a caption may end with the lead below it.
  const repeatedLines = new Set<number>();
  for (const [line, current] of lines) {
    const previous = lines.get(line - 1);
    if (previous === undefined || Math.min(previous.length, current.length) <= duplicateMinChars) continue;
    if (previous.startsWith(current) || current.endsWith(previous) || current.startsWith(previous))
      repeatedLines.add(current.length <= previous.length ? line : line - 1);
  }
  for (const [i, segment] of segments.entries())
    if (reasons[i] === null && repeatedLines.has(segment.line)) reasons[i] = 'duplicate';

  // Trailing block: after the last sentence of the article, short lines without sentence punctuation are links.
  let last = segments.length - 1;
  while (
    last >= 0 &&
    (reasons[last] !== null ||
      (segments[last]!.role === 'heading' && words(raws[last]!).length <= trailingLinkMaxWords))
  )
    last -= 1;
  const trailingHasCredit = reasons
    .slice(last + 1)
    .some((reason) => reason === 'credit' || reason === 'byline');
  const trailingCount = segments.length - 1 - last;
  // A single short last line may be a truncated sentence; only a credit or a list of them marks a link block.
  for (let i = last + 1; i < segments.length; i += 1) {
    if (reasons[i] === null && (trailingHasCredit || trailingCount >= 2)) reasons[i] = 'trailing-links';
  }
  return reasons;
}
