/**
 * Reads a coder's labels from a spreadsheet: a CSV with the header `article,label` (and optionally `note`), for
 * researchers who code outside the coding page (`wiretrace validate code`).
 * Method: RFC 4180 records (quoted cells may hold separators, doubled quotes and line breaks), separated by
 * commas, or by semicolons when the header has semicolons and no comma (German Excel saves so); a byte-order
 * mark and blank lines are ignored; header names are matched without regard to case or space. Each bad row — an
 * article outside the sample, a label outside the scheme, an unclosed quote — is reported with its line and
 * skipped; every other row is kept. An article listed twice keeps its last label, with a note. A cell our own
 * exports defused against formulas ('=…, '+…, '-…, '@…) is read back without the apostrophe when that names an
 * article of the sample.
 * Known weakness: a file saved in another encoding than UTF-8 shows its umlauts wrong in the ids and matches no
 * article; those rows are reported, not guessed at.
 */
import { labelProblem, readLabel, type Label } from './labels';

/** A label read from the file, with the line it came from. */
export interface CsvCoding {
  article: string;
  label: Label;
  note?: string;
  line: number;
}

/** A row that was not taken, or a note about one that was. */
export interface CsvProblem {
  line: number;
  message: string;
}

/** What was read. */
export interface CsvCodings {
  codings: CsvCoding[];
  problems: CsvProblem[];
}

interface CsvRecord {
  line: number;
  cells: string[];
}

/** Splits `text` into records, each with the line it starts on; an unclosed quote ends the text as a problem. */
function records(text: string, separator: string): { records: CsvRecord[]; unclosed: number | null } {
  const out: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        cell += char;
      }
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      out.push({ line: start, cells: [...cells, cell] });
      cells = [];
      cell = '';
      line += 1;
      start = line;
    } else cell += char;
  }
  if (quoted) return { records: out, unclosed: start };
  if (cell !== '' || cells.length > 0) out.push({ line: start, cells: [...cells, cell] });
  return { records: out, unclosed: null };
}

const DEFUSED = /^'[=+\-@\t\r]/;

/** Reads `text` (the file's content) against the sample's article ids. */
export function readCodingsCsv(text: string, sampleArticles: ReadonlySet<string>): CsvCodings {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const separator = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const parsed = records(body, separator);
  const nonBlank = parsed.records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = nonBlank[0]?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  const column = {
    article: header.indexOf('article'),
    label: header.indexOf('label'),
    note: header.indexOf('note'),
  };
  if (column.article < 0 || column.label < 0)
    return {
      codings: [],
      problems: [
        {
          line: nonBlank[0]?.line ?? 1,
          message: `The first line must be the header "article,label" (a "note" column may follow); found "${firstLine.slice(0, 80)}".`,
        },
      ],
    };
  const problems: CsvProblem[] = [];
  const byArticle = new Map<string, CsvCoding>();
  for (const { line, cells } of nonBlank.slice(1)) {
    const given = (cells[column.article] ?? '').trim();
    const article =
      !sampleArticles.has(given) && DEFUSED.test(given) && sampleArticles.has(given.slice(1))
        ? given.slice(1)
        : given;
    const labelText = cells[column.label] ?? '';
    const label = readLabel(labelText);
    if (article === '') problems.push({ line, message: 'The article cell is empty.' });
    else if (!sampleArticles.has(article))
      problems.push({ line, message: `Article "${article}" is not in this sample.` });
    else if (label === null) problems.push({ line, message: labelProblem(labelText.trim()) });
    else {
      const earlier = byArticle.get(article);
      if (earlier)
        problems.push({
          line,
          message: `Article "${article}" was already labelled on line ${earlier.line}; this line's label is kept.`,
        });
      const note = column.note < 0 ? '' : (cells[column.note] ?? '').trim();
      byArticle.set(article, { article, label, line, ...(note === '' ? {} : { note }) });
    }
  }
  if (parsed.unclosed !== null)
    problems.push({
      line: parsed.unclosed,
      message: 'A quoted cell opened here is never closed: this line and the rest of the file were not read.',
    });
  return { codings: [...byArticle.values()].sort((a, b) => a.line - b.line), problems };
}
