/**
 * Streaming readers for wire items and articles, shared by `wiretrace match` and `wiretrace import`:
 * a JSON Lines file (one object per line, read line by line from a file stream, so a 1 GB file never sits in
 * memory whole), a folder (every .txt below it, recursively; id = path relative to the folder with / separators)
 * or a single text file (id = the path as given). Bad lines and files are reported through `onProblem` with the
 * file and line number, and skipped. Validation is lib/corpus/items.ts; duplicates are the caller's business
 * ({@link collectLatest} keeps the last).
 * Known weaknesses: a folder's file list is read whole before its files (a million files hold a few MB of names);
 * symbolic links are not followed.
 */
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import {
  itemFromTextFile,
  parseJsonLine,
  type ArticleItem,
  type ItemKind,
  type WireItem,
} from '../../lib/corpus';

/** A skipped line or file: where, and why. */
export interface ReadProblem {
  /** The file (JSON Lines file or text file as named). */
  file: string;
  /** The 1-based line, for JSON Lines. */
  line?: number;
  message: string;
}

/** One item read, with where it came from (for duplicate reports). */
export interface ReadItem<T> {
  item: T;
  file: string;
  line?: number;
}

/** Callbacks of a read. */
export interface ReadOptions {
  onProblem: (problem: ReadProblem) => void;
  /** Progress in bytes (JSON Lines) or files (folders). */
  onProgress?: (done: number, total: number) => void;
}

/** A source that cannot be read at all (missing, unreadable, empty folder): the whole read fails. */
export class SourceError extends Error {}

type Item<K extends ItemKind> = K extends 'wire' ? WireItem : ArticleItem;

/** Reads the items of `source`: a .jsonl (or .ndjson) file, a folder of .txt files, or one text file. */
export async function* readItems<K extends ItemKind>(
  source: string,
  kind: K,
  options: ReadOptions,
): AsyncGenerator<ReadItem<Item<K>>> {
  let info;
  try {
    info = await stat(source);
  } catch (error) {
    throw new SourceError(`${source}: ${describeError(error)}`);
  }
  if (info.isDirectory()) yield* readTextFolder(source, options);
  else if (/\.(jsonl|ndjson)$/i.test(source)) yield* readJsonLines(source, kind, options);
  else if (/\.json$/i.test(source))
    throw new SourceError(
      `${source}: a .json file is not read; give JSON Lines (.jsonl), one {"id", "text", …} object per line`,
    );
  else {
    const item = await readOneText<Item<K>>(source, source, options);
    if (item) yield item;
  }
}

/** Reads a JSON Lines file line by line; each bad line is reported with its number and skipped. */
export async function* readJsonLines<K extends ItemKind>(
  file: string,
  kind: K,
  options: ReadOptions,
): AsyncGenerator<ReadItem<Item<K>>> {
  let size = 0;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw new SourceError(`${file}: ${describeError(error)}`);
  }
  const stream = createReadStream(file, { encoding: 'utf8' });
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  try {
    await opened;
  } catch (error) {
    throw new SourceError(`${file}: ${describeError(error)}`);
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  for await (const text of lines) {
    number += 1;
    const parsed = parseJsonLine(text, number, kind);
    if (parsed === null) continue;
    if (parsed.ok) yield { item: parsed.item as Item<K>, file, line: number };
    else options.onProblem({ file, line: number, message: parsed.message });
    if (options.onProgress && number % 256 === 0) options.onProgress(stream.bytesRead, size);
  }
  options.onProgress?.(size, size);
}

/** Reads every .txt file below `folder` (sorted, recursively); ids are relative paths with / separators. */
export async function* readTextFolder<T extends WireItem & ArticleItem>(
  folder: string,
  options: ReadOptions,
): AsyncGenerator<ReadItem<T>> {
  let names: string[];
  try {
    names = (await readdir(folder, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && /\.txt$/i.test(entry.name))
      .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
      .sort();
  } catch (error) {
    throw new SourceError(`${folder}: ${describeError(error)}`);
  }
  if (names.length === 0) throw new SourceError(`${folder}: no .txt files in this folder (or below it)`);
  for (const [i, name] of names.entries()) {
    const id = name.split(path.sep).join('/');
    const item = await readOneText(path.join(folder, name), id, options);
    if (item) yield item as ReadItem<T>;
    options.onProgress?.(i + 1, names.length);
  }
}

async function readOneText<T>(file: string, id: string, options: ReadOptions): Promise<ReadItem<T> | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    options.onProblem({ file, message: `${file}: ${describeError(error)}` });
    return null;
  }
  const result = itemFromTextFile(id, bytes);
  if (!result.ok) {
    options.onProblem({ file, message: result.message.replace(id, file) });
    return null;
  }
  return { item: result.item as T, file };
}

/** A duplicate id: where it was first seen and where the winning (last) copy stands. */
export interface Duplicate {
  id: string;
  first: { file: string; line?: number };
  last: { file: string; line?: number };
}

/**
 * Collects items by id; a repeated id replaces the earlier item (the last one wins) and is reported, with both
 * places, through `onDuplicate`. The map keeps first-seen order.
 */
export async function collectLatest<T extends { id: string }>(
  items: AsyncIterable<ReadItem<T>>,
  onDuplicate: (duplicate: Duplicate) => void,
): Promise<Map<string, ReadItem<T>>> {
  const byId = new Map<string, ReadItem<T>>();
  for await (const read of items) {
    const earlier = byId.get(read.item.id);
    if (earlier)
      onDuplicate({
        id: read.item.id,
        first: { file: earlier.file, line: earlier.line },
        last: { file: read.file, line: read.line },
      });
    byId.set(read.item.id, read);
  }
  return byId;
}

/** "file.jsonl line 9" or "folder/a.txt". */
export function placeOf(where: { file: string; line?: number }): string {
  return where.line === undefined ? where.file : `${where.file} line ${where.line}`;
}

/** The message for a duplicate: which copy wins. */
export function duplicateMessage({ id, first, last }: Duplicate): string {
  return `duplicate id "${id}" at ${placeOf(last)} (also at ${placeOf(first)}): the last one, ${placeOf(last)}, wins`;
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied (cannot be read)';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return `cannot be read (${code ?? (error as Error).message})`;
}
