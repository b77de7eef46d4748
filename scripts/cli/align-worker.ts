// A worker thread of the server's alignment pool (server/align-pool.ts): aligns the texts it is sent and posts
// back the alignment and the view model, so that a long comparison never runs on the thread serving requests.
// Bundled by scripts/cli/build-cli.mjs into dist/cli/align-worker.mjs.
import { parentPort } from 'node:worker_threads';
import { alignTexts, type ComparisonTexts } from '../../lib/view/story-view';

parentPort?.on('message', ({ id, texts }: { id: number; texts: ComparisonTexts }) => {
  try {
    parentPort!.postMessage({ id, result: alignTexts(texts) });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
