/**
 * Aligning off the request thread: a small pool of worker threads runs `alignTexts`, each task within a time
 * budget, so that one long comparison (20 outlets × 200,000 characters takes seconds) never stalls the requests
 * of everyone else. The worker is the bundle dist/cli/align-worker.mjs, built with the command line (npm start
 * and npm test build it); where it is missing (a bare `next dev`), texts are aligned in-thread, as before.
 * The result comes back in pieces (align-transfer.ts), so that receiving it never holds up other requests either.
 * Known weakness: a task that runs out of its budget costs its worker, which is replaced.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { alignTexts, type ComparisonTexts } from '@/lib/view/story-view';
import { assembleAligned, type Aligned, type AlignedPiece } from './align-transfer';

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

interface Task {
  id: number;
  texts: ComparisonTexts;
  resolve: (value: Aligned) => void;
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
  worker.on('message', (message: { id: number; piece?: AlignedPiece; done?: true; error?: string }) => {
    if (message.piece) {
      received.add(message.piece);
      // The next piece is asked for once requests waiting meanwhile have been served.
      setImmediate(() => worker.postMessage({ id: task.id, next: true }));
      return;
    }
    finish();
    if (message.done) task.resolve(received.result());
    else task.reject(new AlignmentFailed(`Aligning failed: ${message.error ?? 'unknown error'}`));
  });
  worker.postMessage({ id: task.id, texts: task.texts });
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

/** Aligns `texts` on a worker thread (in-thread when no worker bundle was built). */
export function alignOffThread(texts: ComparisonTexts): Promise<Aligned> {
  if (!existsSync(workerFile())) return Promise.resolve(alignTexts(texts));
  return new Promise((resolve, reject) => {
    queue.push({ id: nextId++, texts, resolve, reject });
    drain();
  });
}
