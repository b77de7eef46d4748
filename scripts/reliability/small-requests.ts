// What the reliability sections measure heavy work against: small requests (a page, a small comparison, its JSON)
// sent back to back by a few clients while the heavy work runs, and their latencies.

/** One GET: how long it took, its status and its size. */
export async function timedGet(
  base: string,
  url: string,
  headers: Record<string, string> = {},
): Promise<{ ms: number; status: number; bytes: number }> {
  const t0 = performance.now();
  const response = await fetch(base + url, { headers });
  const bytes = (await response.arrayBuffer()).byteLength;
  return { ms: performance.now() - t0, status: response.status, bytes };
}

/**
 * Runs `heavy` while `clients` small clients keep asking for `smallUrls` in turn; returns the heavy result, the
 * small requests' latencies and how many of them did not answer 200.
 */
export async function whileSmallRequests<T>(
  base: string,
  smallUrls: string[],
  heavy: () => Promise<T>,
  { clients = 4, headers = {} }: { clients?: number; headers?: Record<string, string> } = {},
) {
  const times: number[] = [];
  let errors = 0;
  let running = true;
  const client = async (n: number) => {
    for (let i = n; running; i += 1) {
      const { ms, status } = await timedGet(base, smallUrls[i % smallUrls.length]!, headers).catch(() => ({
        ms: 0,
        status: 0,
      }));
      if (status !== 200) errors += 1;
      times.push(ms);
    }
  };
  const all = Array.from({ length: clients }, (_, n) => client(n));
  const result = await heavy();
  running = false;
  await Promise.all(all);
  return { result, times, errors };
}
