/**
 * Background jobs in the `jobs` table (imports and the trace job), so the app can show their progress while the
 * CLI works. Progress writes are throttled to one a second: a job touching 100,000 items does not turn into
 * 100,000 updates. A process that dies leaves its job `running` with an old `updated_at`; readers can tell.
 */
import type { Queryable } from '../db/open-database';
import type { JobKind } from './types';

// The least time between two progress writes of one job: often enough for a progress display, cheap to store.
const PROGRESS_INTERVAL_MS = 1000;

/** A running job: report progress, then finish or fail it once. */
export interface JobHandle {
  readonly id: number;
  /** Records progress (throttled; `force` writes at once). */
  progress(done: number, total?: number | null, message?: string, force?: boolean): Promise<void>;
  finish(message: string, done?: number): Promise<void>;
  fail(message: string): Promise<void>;
}

/** Starts a job of `kind` and returns its handle. */
export async function startJob(
  db: Queryable,
  kind: JobKind,
  message: string,
  total: number | null = null,
): Promise<JobHandle> {
  const now = new Date().toISOString();
  const row = await db.get<{ id: number }>(
    'INSERT INTO jobs (kind, status, done, total, message, started_at, updated_at) VALUES (?, ?, 0, ?, ?, ?, ?) RETURNING id',
    [kind, 'running', total, message, now, now],
  );
  const id = row!.id;
  let lastWrite = 0;
  let lastTotal = total;
  let lastDone = 0;
  return {
    id,
    async progress(done, newTotal, newMessage, force = false) {
      if (newTotal !== undefined) lastTotal = newTotal;
      lastDone = done;
      const time = Date.now();
      if (!force && time - lastWrite < PROGRESS_INTERVAL_MS) return;
      lastWrite = time;
      await db.run(
        'UPDATE jobs SET done = ?, total = ?, message = COALESCE(?, message), updated_at = ? WHERE id = ?',
        [done, lastTotal, newMessage ?? null, new Date(time).toISOString(), id],
      );
    },
    async finish(message, done = lastDone) {
      const at = new Date().toISOString();
      await db.run(
        "UPDATE jobs SET status = 'done', done = ?, total = COALESCE(total, ?), message = ?, finished_at = ?, updated_at = ? WHERE id = ?",
        [done, done, message, at, at, id],
      );
    },
    async fail(message) {
      const at = new Date().toISOString();
      await db.run(
        "UPDATE jobs SET status = 'failed', message = ?, finished_at = ?, updated_at = ? WHERE id = ?",
        [message, at, at, id],
      );
    },
  };
}
