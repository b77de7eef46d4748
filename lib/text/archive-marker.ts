/**
 * Archive date markers: web archives prefix stored pages with ` date YYYY-MM` (or `YYYY-MM-DD`).
 * It is metadata, not article text. Method: one anchored pattern at the very start of the text.
 * Known weakness: a marker anywhere but the start is not recognised (none has been seen elsewhere).
 */

const ARCHIVE_MARKER = /^\uFEFF?[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)[ \t]+/;

/** A leading archive marker: its date and how many UTF-16 code units it occupies. */
export interface ArchiveMarker {
  date: string;
  length: number;
}

/** Finds an archive date marker at the start of `text`, or returns null. */
export function findArchiveMarker(text: string): ArchiveMarker | null {
  const match = ARCHIVE_MARKER.exec(text);
  if (!match?.[1]) return null;
  return { date: match[1], length: match[0].length };
}
