// A worker thread of the server's alignment pool (server/align-pool.ts): aligns the texts it is sent and sends back
// the alignment and the view model piece by piece (server/align-transfer.ts), each piece when the server asks for
// it, so that a long comparison neither runs on nor floods the thread serving requests.
// Bundled by scripts/cli/build-cli.mjs into dist/cli/align-worker.mjs.
import { setPriority } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { splitAligned, type Aligned, type AlignedPiece } from '../../server/align-transfer';
import { alignTexts, type ComparisonTexts } from '../../lib/view/story-view';
import { answerLookup, type LookupTask } from '../../server/lookup/verify-lookup';

// Below the thread serving requests (on Linux, setpriority applies to the calling thread only): when the cores
// are busy, a page or a refusal is answered first and an alignment or lookup waits. 10 of 19: it still runs.
try {
  setPriority(10);
} catch {
  // Not permitted here: the worker runs at the server's priority.
}

type Request =
  | { id: number; texts: ComparisonTexts; serialize?: boolean }
  | { id: number; stored: Uint8Array }
  | { id: number; lookup: LookupTask }
  | { id: number; next: true };

let sending: { id: number; pieces: Generator<AlignedPiece>; serialized?: Uint8Array } | undefined;

function sendNext(id: number): void {
  if (sending?.id !== id) return;
  const { value, done } = sending.pieces.next();
  if (!done) return parentPort!.postMessage({ id, piece: value });
  const { serialized } = sending;
  sending = undefined;
  // The serialization, for the server to store, is handed over without a copy.
  parentPort!.postMessage(
    { id, done: true, serialized },
    serialized ? [serialized.buffer as ArrayBuffer] : [],
  );
}

parentPort?.on('message', (request: Request) => {
  if ('next' in request) return sendNext(request.id);
  if ('lookup' in request) return parentPort!.postMessage(answerLookup(request.id, request.lookup));
  try {
    const aligned =
      'stored' in request ? (deserialize(request.stored) as Aligned) : alignTexts(request.texts);
    const serialized =
      'texts' in request && request.serialize ? new Uint8Array(serialize(aligned)) : undefined;
    sending = { id: request.id, pieces: splitAligned(aligned), serialized };
    sendNext(request.id);
  } catch (error) {
    sending = undefined;
    parentPort!.postMessage({ id: request.id, error: (error as Error).message });
  }
});
