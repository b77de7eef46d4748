/**
 * What the server checks about its database before it says it is ready: that it opens, that SQLite's quick
 * integrity check passes, and that it can be written (a read-only folder is found now, not at a user's first save).
 * A zero-byte SQLite file is opened as a new, empty database, but said out loud: it is more often a copy gone wrong
 * than a wish to start over.
 */
import { statSync } from 'node:fs';
import { storageFaultOf } from './storage-faults';
import type { Database } from './types';

/** Problems that must stop the server, each naming the database and the fix; empty when all is well. */
export async function checkDatabase(db: Database): Promise<string[]> {
  if (db.dialect !== 'sqlite') return [];
  const problems: string[] = [];
  try {
    const rows = await db.all<{ quick_check: string }>('PRAGMA quick_check');
    const failures = rows.map((row) => row.quick_check).filter((result) => result !== 'ok');
    if (failures.length > 0)
      problems.push(
        `The database ${db.location} failed its integrity check (${failures.slice(0, 3).join('; ')}). Restore it from a backup, or move it away to start with an empty one.`,
      );
    // A write lock taken and given back: fails now on a read-only file or folder.
    await db.transaction(async () => undefined);
  } catch (error) {
    problems.push(storageFaultOf(error, db.location)?.message ?? (error as Error).message);
  }
  return problems;
}

/** A warning when the SQLite file existed but was empty before this start, or null. */
export function emptyFileWarning(file: string, sizeBeforeOpen: number | null): string | null {
  if (sizeBeforeOpen !== 0) return null;
  return `Warning: the database ${file} was an empty file (0 bytes); it now holds a new, empty database. If you expected saved comparisons or an archive in it, stop the server and restore a backup.`;
}

/** The size of a file, or null when it does not exist. */
export function sizeOf(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}
