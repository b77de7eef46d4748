// A worker thread of the server's alignment pool (server/align-pool.ts): aligns the texts it is sent and sends back
// the alignment and the view model piece by piece (server/align-transfer.ts), each piece when the server asks for
// it, so that a long comparison neither runs on nor floods the thread serving requests.
// Bundled by scripts/cli/build-cli.mjs into dist/cli/align-worker.mjs.
import { parentPort } from 'node:worker_threads';
import { splitAligned, type AlignedPiece } from '../../server/align-transfer';
import { alignTexts, type ComparisonTexts } from '../../lib/view/story-view';

type Request = { id: number; texts: ComparisonTexts } | { id: number; next: true };

let sending: { id: number; pieces: Generator<AlignedPiece> } | undefined;

function sendNext(id: number): void {
  if (sending?.id !== id) return;
  const { value, done } = sending.pieces.next();
  if (done) {
    sending = undefined;
    parentPort!.postMessage({ id, done: true });
  } else parentPort!.postMessage({ id, piece: value });
}

parentPort?.on('message', (request: Request) => {
  if ('next' in request) return sendNext(request.id);
  try {
    sending = { id: request.id, pieces: splitAligned(alignTexts(request.texts)) };
    sendNext(request.id);
  } catch (error) {
    sending = undefined;
    parentPort!.postMessage({ id: request.id, error: (error as Error).message });
  }
});
