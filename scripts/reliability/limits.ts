// Section 4: limits that clients cannot escape: creates and heavy reads with rotating X-Forwarded-For values (and a
// forged socket-address header), served directly and behind one trusted proxy; accepted counts must stay at the limit.
import { waitUntilUp } from '../lib/wait-until-up';
import { BASE, createOne, kill, startServer } from './server-process';

/** A random documentation-range address, as a client rotating X-Forwarded-For would send. */
function randomAddress(): string {
  return `198.51.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;
}

/** Sends `count` requests within a minute, each with a fresh forged address; returns how many were accepted. */
async function rotatingAttempts(
  count: number,
  send: (forwarded: string) => Promise<Response>,
  accepted: number,
): Promise<{ accepted: number; refused: number; seconds: number }> {
  const started = performance.now();
  let ok = 0;
  let refused = 0;
  for (let i = 0; i < count; i += 8) {
    const batch = Array.from({ length: Math.min(8, count - i) }, async () => {
      const response = await send(randomAddress());
      await response.arrayBuffer();
      if (response.status === accepted) ok += 1;
      else if (response.status === 429) refused += 1;
    });
    await Promise.all(batch);
  }
  return { accepted: ok, refused, seconds: (performance.now() - started) / 1000 };
}

export async function limitTest(): Promise<void> {
  const tiny = JSON.stringify({ wire: 'Berlin (dpa) - Ein Satz.', outlets: ['Ein Satz.'] });
  const attempts = 500;
  // One comparison to read, saved before the limits apply so every mode starts with a full allowance.
  const setup = startServer();
  await waitUntilUp(BASE);
  const id = await createOne('Read limit');
  await kill(setup, 'SIGTERM');
  if (!id) throw new Error('could not save the comparison the read limit is measured on');
  console.log(`4. Limits with rotating X-Forwarded-For (${attempts} attempts each, within a minute)`);
  console.log('   mode             what             limit  accepted  refused (429)  seconds');
  for (const [mode, env, chain] of [
    ['direct (socket)', {}, (forged: string) => forged],
    ['1 trusted proxy', { WIRETRACE_TRUST_PROXY: '1' }, (forged: string) => `${forged}, 203.0.113.9`],
  ] as const) {
    const server = startServer(env);
    await waitUntilUp(BASE);
    const headers = (forged: string) => ({
      'content-type': 'application/json',
      'x-forwarded-for': chain(forged),
      // A forged copy of the header scripts/serve.mjs sets: it must be overwritten.
      'x-wiretrace-socket-address': forged,
    });
    const creates = await rotatingAttempts(
      attempts,
      (forged) => fetch(`${BASE}/api/comparisons`, { method: 'POST', headers: headers(forged), body: tiny }),
      201,
    );
    const reads = await rotatingAttempts(
      attempts,
      (forged) => fetch(`${BASE}/api/comparisons/${id}`, { headers: headers(forged) }),
      200,
    );
    await kill(server, 'SIGTERM');
    for (const [what, limit, result] of [
      ['creates', 20, creates],
      ['comparison reads', 120, reads],
    ] as const)
      console.log(
        `   ${mode.padEnd(16)} ${what.padEnd(16)} ${String(limit).padStart(5)}  ${String(result.accepted).padStart(8)}  ${String(result.refused).padStart(13)}  ${result.seconds.toFixed(1).padStart(7)}`,
      );
  }
}
