/**
 * `npm run bench`: speed figures of the engine (median of repeated runs after warm-up), printed, never asserted.
 * Inputs: the seed story (wire + 4 outlets) and the same story concatenated 10× and 100× (long texts with every
 * sentence repeated, the worst case for candidate lookup), each beside jsdiff's diffWords run naively on the whole
 * wire and outlet texts (at 100× stopped by jsdiff's timeout: a lower bound). --skip-naive leaves that one out.
 * Targets (issue 3): seed ≤ 5 ms; 100× within about 150× the seed time; at 100× at least 10× faster than naive.
 * Then the page budgets (issue 12, scripts/lib/page-budget.ts). --pages-only skips the engine figures.
 */
import { diffWords } from 'diff';
import { compare } from '../lib/engine';
import { loadStory } from '../lib/content/load-stories';
import { printPageBudget } from './lib/page-budget';

const story = loadStory('nato-nordkorea-kursk-2024-10');
if (!story) throw new Error('the seed story is missing from content/');
const skipNaive = process.argv.includes('--skip-naive');
const NAIVE_TIMEOUT_MS = 15_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => void, budgetMs: number): { ms: number; runs: number } {
  // Warm-up: let the JIT settle (at least two runs, about half a second).
  const warmUntil = performance.now() + Math.min(500, budgetMs / 4);
  for (let i = 0; i < 2 || performance.now() < warmUntil; i += 1) run();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < 3 || (performance.now() - started < budgetMs && samples.length < 200)) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), runs: samples.length };
}

const format = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms < 1000 ? ms.toFixed(1) : ms.toFixed(0));
const rows: string[] = [];
let seedMs = 0;
for (const factor of process.argv.includes('--pages-only') ? [] : [1, 10, 100]) {
  const repeat = (text: string) => Array.from({ length: factor }, () => text).join('\n\n');
  const wire = repeat(story.wireText);
  const outlets = story.outlets.map((outlet) => repeat(outlet.text));
  const kb = (wire.length + outlets.reduce((sum, text) => sum + text.length, 0)) / 1024;
  const engine = time(() => compare(wire, outlets), factor === 100 ? 8000 : 3000);
  if (factor === 1) seedMs = engine.ms;
  let naive = 'skipped';
  if (factor === 100 && !skipNaive) {
    // Quadratic: a full run would take a quarter of an hour. jsdiff's own timeout stops each outlet's diff, so
    // the figure is a lower bound (and the speed-up a lower bound too).
    let ms = 0;
    let stopped = false;
    for (const outlet of outlets) {
      const t0 = performance.now();
      if (diffWords(wire, outlet, { timeout: NAIVE_TIMEOUT_MS }) === undefined) stopped = true;
      ms += performance.now() - t0;
    }
    naive = `${stopped ? '> ' : ''}${format(ms)} ms (1 run${stopped ? `, stopped by a ${NAIVE_TIMEOUT_MS / 1000} s timeout per outlet` : ''}), engine ${stopped ? '> ' : ''}${(ms / engine.ms).toFixed(0)}× faster`;
  } else if (factor < 100) {
    const naiveRun = time(() => outlets.forEach((outlet) => diffWords(wire, outlet)), 2000);
    naive = `${format(naiveRun.ms)} ms (${naiveRun.runs} runs), engine ${(naiveRun.ms / engine.ms).toFixed(1)}× faster`;
  }
  rows.push(
    `${String(factor).padStart(3)}×  ${kb.toFixed(0).padStart(5)} KB  engine ${format(engine.ms).padStart(7)} ms (${engine.runs} runs, ${(engine.ms / seedMs).toFixed(1)}× seed)   naive diffWords ${naive}`,
  );
  process.stdout.write(`${rows.at(-1)}\n`);
}

const memory = process.memoryUsage();
process.stdout.write(
  `heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MB, rss ${(memory.rss / 2 ** 20).toFixed(0)} MB\n`,
);

// The pages' budgets (issue 12): first-load JavaScript, a 12-version comparison's HTML size and DOM size.
await printPageBudget(story.slug);
