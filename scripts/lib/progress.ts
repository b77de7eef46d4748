/**
 * Progress on stderr for long command-line work: a redrawn bar on a terminal, otherwise one plain line every few
 * seconds (logs and CI keep readable output). Done counts may come without a total (a count only).
 */

/** Where progress goes: a writable text stream and whether it is a terminal. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Reports how far one task is. */
export interface Progress {
  update(done: number, total?: number): void;
  finish(summary?: string): void;
}

const PLAIN_INTERVAL_MS = 5000;
const TTY_INTERVAL_MS = 100;
const BAR_WIDTH = 30;

/** A progress reporter for `label` ("indexing wires", …) on `stream`. */
export function createProgress(
  label: string,
  stream: ProgressStream,
  now: () => number = Date.now,
): Progress {
  const started = now();
  let lastShown = started;
  let drawn = false;
  const describe = (done: number, total?: number) =>
    total ? `${done.toLocaleString('en')}/${total.toLocaleString('en')}` : done.toLocaleString('en');
  return {
    update(done, total) {
      const time = now();
      if (time - lastShown < (stream.isTTY ? TTY_INTERVAL_MS : PLAIN_INTERVAL_MS)) return;
      lastShown = time;
      if (stream.isTTY) {
        const share = total ? Math.min(1, done / total) : 0;
        const filled = Math.round(share * BAR_WIDTH);
        const bar = total ? `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ` : '';
        stream.write(`\r${label} ${bar}${describe(done, total)}\u001b[K`);
        drawn = true;
      } else stream.write(`${label}: ${describe(done, total)} (${Math.round((time - started) / 1000)} s)\n`);
    },
    finish(summary) {
      if (drawn) stream.write('\r\u001b[K');
      if (summary) stream.write(`${label}: ${summary}\n`);
    },
  };
}
