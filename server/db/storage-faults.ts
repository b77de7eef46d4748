/**
 * Storage faults, said plainly and never blocking the server. SQLite's own busy wait (busy_timeout) sleeps on the
 * thread that runs the query — the server's only thread — so while another process holds the write lock every
 * request would wait. Instead the driver asks once (busy_timeout = 0) and waits here, asynchronously, with a
 * growing pause, for at most `maxWaitMs`; other requests are served meanwhile. What cannot succeed by waiting (a
 * full disk, a read-only folder, a damaged file) becomes a {@link StorageFault} with a message for people, which
 * the HTTP layer answers with 503 and Retry-After.
 */

/** A storage operation that failed for a reason outside the request: the message says what and what to do. */
export class StorageFault extends Error {
  override readonly name = 'StorageFault';
  constructor(
    message: string,
    /** When trying again may help (a lock held elsewhere, space freed), in seconds. */
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

export const STORAGE_WAIT = {
  /** How long a write waits for a lock another process holds (an import's batch commits within a second). */
  maxWaitMs: 3000,
  /** The first pause; each next one doubles, up to `maxPauseMs`. */
  firstPauseMs: 10,
  maxPauseMs: 250,
};

const BUSY = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED_SHAREDCACHE']);

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/** The fault an SQLite error stands for, or null for errors of the query itself (a bug, not the storage). */
export function storageFaultOf(error: unknown, file: string): StorageFault | null {
  if (error instanceof StorageFault) return error;
  const code = codeOf(error);
  if (BUSY.has(code))
    return new StorageFault(
      `The database ${file} is busy: another process is writing to it. Try again shortly.`,
      5,
    );
  if (code === 'SQLITE_FULL')
    return new StorageFault(
      `The disk holding ${file} is full: nothing was saved. Free some space and try again.`,
      60,
    );
  if (code.startsWith('SQLITE_READONLY'))
    return new StorageFault(
      `The database ${file} is read-only: nothing was saved. Make its folder writable.`,
      60,
    );
  if (code.startsWith('SQLITE_CANTOPEN'))
    return new StorageFault(
      `The database ${file} cannot be opened (${code}): its folder must exist and be writable, as the database keeps its write-ahead log beside it. Check the folder's permissions and the disk, or set WIRETRACE_DATA_DIR to another folder.`,
      30,
    );
  if (code.startsWith('SQLITE_IOERR'))
    return new StorageFault(`The database ${file} cannot be read or written (${code}). Check the disk.`, 30);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return new StorageFault(
      `The database ${file} is damaged (${code}). Restore it from a backup; the server keeps refusing until then.`,
      300,
    );
  return null;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `operation` (synchronous SQLite work); while the database is locked by another process it is tried again
 * after a pause that does not block the event loop. Storage errors become {@link StorageFault}s.
 */
export async function withoutBlocking<T>(file: string, operation: () => T): Promise<T> {
  const deadline = Date.now() + STORAGE_WAIT.maxWaitMs;
  let wait = STORAGE_WAIT.firstPauseMs;
  for (;;) {
    try {
      return operation();
    } catch (error) {
      const fault = storageFaultOf(error, file);
      if (!fault) throw error;
      if (!BUSY.has(codeOf(error)) || Date.now() + wait > deadline) throw fault;
      await pause(wait);
      wait = Math.min(wait * 2, STORAGE_WAIT.maxPauseMs);
    }
  }
}
