/**
 * Aligning off the request thread: a small pool of worker threads runs `alignTexts`, each task within a time
 * budget, so that one long comparison (20 outlets × 200,000 characters takes seconds) never stalls the requests
 * of everyone else. The worker is the bundle dist/cli/align-worker.mjs, built with the command line (npm start
 * and npm test build it); where it is missing (a bare `next dev`), texts are aligned in-thread, as before.
 * The result comes back in pieces (align-transfer.ts), so that receiving it never holds up other requests either;
 * saved comparisons also get it serialized, to store (stored-alignments.ts), and a stored one is read back here.
 * Known weakness: a task that runs out of its budget costs its worker, which is replaced.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { alignTexts, type ComparisonTexts } from '@/lib/view/story-view';
import { assembleAligned, type Aligned, type AlignedPiece } from './align-transfer';
import type { SourceLookup } from './corpus/types';
import { verifyLookup, type LookupTask } from './lookup/verify-lookup';

const POOL = {
  /** One core stays for serving requests; on two cores that leaves one worker. */
  size: Math.max(1, Math.min(4, availableParallelism() - 1)),
  /** A comparison at the documented limits aligns in under 20 s on this class of machine; three times that. */
  budgetMs: 60_000,
};

/** An alignment that did not finish within its budget, or whose worker failed. */
export class AlignmentFailed extends Error {
  override readonly name = 'AlignmentFailed';
}

/**
 * What a worker is asked: to align texts (and serialize the result, for storing), to read a stored result, or to
 * verify a lookup's candidates (server/lookup/verify-lookup.ts), whose answer comes back whole as `value`.
 */
type Request =
  { texts: ComparisonTexts; serialize?: boolean } | { stored: Uint8Array } | { lookup: LookupTask };

/** An aligned comparison, and its serialization when one was asked for. */
export interface AlignedResult {
  aligned: Aligned;
  serialized?: Uint8Array;
}

interface Task {
  id: number;
  request: Request;
  resolve: (value: AlignedResult | SourceLookup) => void;
  reject: (error: Error) => void;
}

const workerFile = () =>
  path.join(/*turbopackIgnore: true*/ process.cwd(), 'dist', 'cli', 'align-worker.mjs');
const queue: Task[] = [];
const idle: Worker[] = [];
let started = 0;
let nextId = 1;

function run(worker: Worker, task: Task): void {
  // A worker that overran its budget or crashed is dropped; the next task starts a new one.
  const lose = (why: string) => {
    clearTimeout(timer);
    worker.removeAllListeners();
    void worker.terminate();
    started -= 1;
    task.reject(new AlignmentFailed(why));
    drain();
  };
  const timer = setTimeout(
    () => lose(`The comparison took longer than ${POOL.budgetMs / 1000} s to align.`),
    POOL.budgetMs,
  );
  worker.once('error', (error) => lose(`Aligning failed: ${error.message}`));
  const received = assembleAligned();
  const finish = () => {
    clearTimeout(timer);
    worker.removeAllListeners('error');
    worker.removeAllListeners('message');
    idle.push(worker);
    drain();
  };
  type Message = {
    id: number;
    piece?: AlignedPiece;
    done?: true;
    serialized?: Uint8Array;
    value?: SourceLookup;
    error?: string;
  };
  worker.on('message', (message: Message) => {
    if (message.piece) {
      received.add(message.piece);
      // The next piece is asked for once requests waiting meanwhile have been served.
      setImmediate(() => worker.postMessage({ id: task.id, next: true }));
      return;
    }
    finish();
    if (message.value) task.resolve(message.value);
    else if (message.done)
      task.resolve({
        aligned: received.result(),
        ...(message.serialized ? { serialized: message.serialized } : {}),
      });
    else task.reject(new AlignmentFailed(`Aligning failed: ${message.error ?? 'unknown error'}`));
  });
  // A stored result is handed over, not copied: the worker deserializes it, off this thread.
  const transfer = 'stored' in task.request ? [task.request.stored.buffer as ArrayBuffer] : [];
  worker.postMessage({ id: task.id, ...task.request }, transfer);
}

function drain(): void {
  while (queue.length > 0) {
    let worker = idle.pop();
    if (!worker && started < POOL.size) {
      worker = new Worker(workerFile());
      started += 1;
      worker.unref();
    }
    if (!worker) return;
    run(worker, queue.shift()!);
  }
}

function submit<Result extends AlignedResult | SourceLookup>(request: Request): Promise<Result> {
  return new Promise((resolve, reject) => {
    queue.push({ id: nextId++, request, resolve: resolve as Task['resolve'], reject });
    drain();
  });
}

/** Whether alignments run on worker threads (the worker bundle was built); else they run in-thread. */
export const hasWorkers = (): boolean => existsSync(workerFile());

/** Aligns `texts` on a worker thread (in-thread when no worker bundle was built). */
export async function alignOffThread(texts: ComparisonTexts): Promise<Aligned> {
  if (!hasWorkers()) return alignTexts(texts);
  return (await submit<AlignedResult>({ texts })).aligned;
}

/**
 * Aligns `texts` on a worker thread and serializes the result there, for storing; or, given `stored` (such a
 * serialization), reads it back there. Only with workers (see {@link hasWorkers}).
 */
export function alignForStoring(texts: ComparisonTexts, stored?: Uint8Array): Promise<AlignedResult> {
  if (!stored) return submit<AlignedResult>({ texts, serialize: true });
  // Handed over whole: a Buffer that shares its memory with others is copied first.
  const own = stored.byteOffset === 0 && stored.byteLength === stored.buffer.byteLength;
  return submit<AlignedResult>({ stored: own ? stored : new Uint8Array(stored) });
}

/** Verifies a lookup's candidates on a worker thread (in-thread when no worker bundle was built). */
export async function verifyLookupOffThread(task: LookupTask): Promise<SourceLookup> {
  if (!hasWorkers()) return verifyLookup(task);
  return submit<SourceLookup>({ lookup: task });
}
