/**
 * Furniture learned from many texts of one outlet or one feed: the lines an outlet repeats on every page
 * ("Direkt aus dem dpa-Newskanal", "Weitere Informationen folgen", a newsletter box) are its furniture, whatever
 * words it uses — fixed lists cannot keep up with them (passim's boilerplate pass, Churnalism's rule that a
 * fragment in more than 30 % of the results is boilerplate).
 * Method: every text is split into lines as the engine reads them (line breaks unified, wrapped paragraphs joined,
 * stage 2); each short line gets a key (NFKC, lower case, white space collapsed, every number written 0, so that
 * "Stand: 26.09.2024" recurs as one line). A line is learned when it occurs in at least `minShare` of the texts
 * and in at least `minOccurrences` of them, counted once per text — or once per group, when texts are versions of one
 * story, so that the versions' shared sentences are not mistaken for furniture. With fewer than `minTexts` texts
 * (groups) nothing is learned; of a large feed, an even sample of `sampleTexts` is read. The result is plain data (JSON), to be stored per outlet or feed and handed to
 * `compare`, which marks matching lines as furniture "recurring" and says where they recur.
 * Known weaknesses: an outlet that covered one story many times learns that story's lead as furniture when the
 * texts are not grouped; furniture inside a line (an injected "Anzeige" mid-sentence) is not learned.
 */
import { ENGINE_CONFIG } from './config';
import type { FurnitureReason } from './furniture';
import type { Segment } from './segment';
import { unifyLineBreaks } from './normalize';
import { unwrapLines } from './unwrap';

const { minShare, minTexts, minOccurrences, maxLineWords, sampleTexts } = ENGINE_CONFIG.learnedFurniture;

/** Lines learned as furniture, and how often each recurs; plain data, to be stored and passed to `compare`. */
export interface LearnedFurniture {
  /** What the texts were, for the reason shown: "articles of this outlet", "items of this feed". */
  of: string;
  /** How many texts (or groups of versions) the lines were learned from. */
  texts: number;
  /** Each learned line's key ({@link furnitureLineKey}) and in how many texts (groups) it occurs. */
  lines: Array<{ line: string; texts: number }>;
}

/** The key under which a line is learned and looked up: NFKC, lower case, spaces collapsed, numbers as 0. */
export function furnitureLineKey(line: string): string {
  return line
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\p{N}+(?:[.,:/-]\p{N}+)*/gu, '0')
    .replace(/\s+/g, ' ')
    .trim();
}

function lineKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const line of unwrapLines(unifyLineBreaks(text)).split('\n')) {
    const words = line.trim().split(/\s+/).filter(Boolean).length;
    if (words > 0 && words <= maxLineWords) keys.add(furnitureLineKey(line));
  }
  return keys;
}

/**
 * Learns the recurring lines of `texts` (all of one outlet, or one feed). `groups`, when given, names each text's
 * group (the story its versions share); a line then counts once per group.
 */
export function learnFurniture(
  texts: readonly string[],
  of: string,
  groups?: readonly string[],
): LearnedFurniture {
  const perLine = new Map<string, Set<string>>();
  const allGroups = new Set<string>();
  const step = Math.max(1, texts.length / sampleTexts);
  for (let at = 0; at < texts.length; at += step) {
    const i = Math.floor(at);
    const text = texts[i]!;
    const group = groups?.[i] ?? String(i);
    allGroups.add(group);
    for (const key of lineKeys(text)) {
      const seen = perLine.get(key);
      if (seen) seen.add(group);
      else perLine.set(key, new Set([group]));
    }
  }
  const total = allGroups.size;
  if (total < minTexts) return { of, texts: total, lines: [] };
  const lines = [...perLine]
    .filter(([, seen]) => seen.size >= minOccurrences && seen.size >= minShare * total)
    .map(([line, seen]) => ({ line, texts: seen.size }))
    .sort((a, b) => b.texts - a.texts || (a.line < b.line ? -1 : 1));
  return { of, texts: total, lines };
}

/** Looks lines up in learned furniture: the reason to show for a recurring line, or null. */
export type FurnitureLookup = (line: string) => string | null;

/** A lookup over learned furniture ("recurs in 14 of 20 articles of this outlet"). */
export function furnitureLookup(learned: LearnedFurniture | undefined): FurnitureLookup | undefined {
  if (!learned || learned.lines.length === 0) return undefined;
  const counts = new Map(learned.lines.map(({ line, texts }) => [line, texts]));
  return (line) => {
    const count = counts.get(furnitureLineKey(line));
    return count === undefined ? null : `recurs in ${count} of ${learned.texts} ${learned.of}`;
  };
}

/** The note of every segment marked `recurring` (where its line recurs), undefined for the others. */
export function recurringNotes(
  text: string,
  segments: readonly Segment[],
  reasons: ReadonlyArray<FurnitureReason | null>,
  lookup: FurnitureLookup | undefined,
): Array<string | undefined> {
  const lines = new Map<number, string>();
  segments.forEach((segment) =>
    lines.set(
      segment.line,
      `${lines.get(segment.line) ?? ''} ${text.slice(segment.start, segment.end).trim()}`,
    ),
  );
  return segments.map((segment, i) =>
    lookup && reasons[i] === 'recurring' ? (lookup(lines.get(segment.line)!) ?? undefined) : undefined,
  );
}
