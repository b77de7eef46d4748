/**
 * A title for a text that came without one (a corpus item, a saved comparison): its first line that is article
 * text, not page furniture — so no "date 2018-06 Hamburg (dpa) - …" archive marker and dateline, no
 * "| # taz.de -- … | |" site line, no timestamp or subscription prompt.
 * Method: the text is prepared as for comparison (stages 1–5); the first unit that is not furniture and holds a
 * word gives the title: a heading whole, else the sentence. A site line that carries the page title after the
 * site's name ("| # taz.de -- Grüne wählen neue Spitze | |") gives that title. Long titles are cut at a word
 * with "…".
 * Known weakness: a kicker line above the headline ("Ukraine-Krieg") is taken as the title.
 */
import { prepareDocument } from './document';
import { ENGINE_CONFIG } from './config';

const { maxChars } = ENGINE_CONFIG.title;

// The page title inside a site line: "| # taz.de -- Grüne wählen neue Spitze | |" → "Grüne wählen neue Spitze".
const SITE_TITLE =
  /^[|#\s]*(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,6}\s*(?:--|[-–—|:·])\s*(.+?)[\s|]*$/u;

function cut(text: string, limit: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= limit) return line;
  const head = line.slice(0, limit - 1);
  const atWord = head.lastIndexOf(' ');
  return `${(atWord > limit / 2 ? head.slice(0, atWord) : head).trimEnd()}…`;
}

/** The title of `text` from its cleaned text (see the module comment); '' when it holds no article text. */
export function deriveTitle(text: string, limit: number = maxChars): string {
  const doc = prepareDocument(text);
  for (const unit of doc.units) {
    const raw = doc.text.slice(unit.start, unit.end).trim();
    if (unit.furniture === 'site-name') {
      const title = SITE_TITLE.exec(raw)?.[1];
      if (title && /\p{L}{2}/u.test(title)) return cut(title, limit);
      continue;
    }
    if (unit.furniture !== null || unit.from === unit.to) continue;
    if (unit.role !== 'heading') return cut(raw, limit);
    // A heading may run on in the next units of its line (a kicker glued to its title): take the whole line.
    const lineEnd = doc.text.indexOf('\n', unit.start);
    return cut(doc.text.slice(unit.start, lineEnd === -1 ? doc.text.length : lineEnd), limit);
  }
  return '';
}
