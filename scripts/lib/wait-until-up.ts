// Waits for a server the scripts started (reliability, page budgets) to answer on its home page.

/** Resolves once `base` answers 200 on `/`; throws after `timeoutMs`. */
export async function waitUntilUp(base: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer on ${base} within ${timeoutMs / 1000} s`);
}
