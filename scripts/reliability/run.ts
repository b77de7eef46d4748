/**
 * `npm run reliability` (not part of npm test): starts the production server on localhost and prints one table per
 * section. Traffic goes to 127.0.0.1 only; every loop is bounded in count and time.
 *   1. Crash safety: SIGKILL during a burst of creates; no acknowledged save may be lost.
 *   2. Load: 50 concurrent clients; zero errors.
 *   3. Bad input: each refusal's status and message.
 *   4. Limits with rotating X-Forwarded-For values, direct and behind one trusted proxy.
 *   5. Slow clients: closed within the header and request timeouts.
 *   6. Small requests while a heavy comparison is viewed: p99 of 200 ms or less.
 *   7. Storage faults: a locked database, a full disk, a corrupt or empty database at start-up.
 *   8. Find the source and full exports under bursts (small-request p99), and `open: true` past the create limit.
 */
// @ts-expect-error -- a plain .mjs module without types, shared with npm start and npm test
import { ensureBuilt, ensureInstalled } from '../lib/setup.mjs';
import { badInputs } from './bad-input';
import { crashTest, loadTest } from './crash-and-load';
import { heavyViewTest } from './heavy-view';
import { limitTest } from './limits';
import { lookupTest } from './lookups';
import { BASE, dataDir, isListening, PORT } from './server-process';
import { slowClientTest } from './slow-clients';
import { storageFaultTest } from './storage-faults';

const SECTIONS: Record<string, () => Promise<void>> = {
  crash: crashTest,
  load: loadTest,
  'bad-input': badInputs,
  limits: limitTest,
  'slow-clients': slowClientTest,
  'heavy-view': heavyViewTest,
  'storage-faults': storageFaultTest,
  lookups: lookupTest,
};

async function main() {
  // `npm run reliability -- heavy-view storage-faults` runs only those sections.
  const chosen = process.argv.slice(2);
  const unknown = chosen.filter((name) => !(name in SECTIONS));
  if (unknown.length > 0)
    throw new Error(`unknown section ${unknown.join(', ')}; sections: ${Object.keys(SECTIONS).join(', ')}`);
  if (!ensureInstalled() || !ensureBuilt()) throw new Error('install or build failed');
  if (await isListening())
    throw new Error(`port ${PORT} is in use: stop what runs there or set RELIABILITY_PORT`);
  console.log(`Wiretrace reliability, server on ${BASE}, data in ${dataDir}\n`);
  for (const [name, section] of Object.entries(SECTIONS))
    if (chosen.length === 0 || chosen.includes(name)) {
      await section();
      console.log('');
    }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
