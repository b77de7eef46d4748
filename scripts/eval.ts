/**
 * `npm run eval -- <dir>`: scores document verdicts against a labelled folder laid out like shared/eval/dev:
 * one sub-folder per story with wire.txt and the outlet texts, and labels.tsv (set, file, label) at the top.
 * WD counts as derived, PD as partial, ND as independent; RW (derived but rewritten) expects derived or partial;
 * other labels are listed but not scored. Prints the accuracy (exact and derived-vs-independent) and every miss.
 * With `--discovery <dir>`, source discovery instead: see scripts/eval/discovery.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compare } from '../lib/engine/compare';
import type { Verdict } from '../lib/engine/types';
import { readTextFile } from './lib/read-text-file';
import { runDiscoveryEval } from './eval/discovery';

const EXPECTED: Record<string, Verdict[]> = {
  WD: ['derived'],
  PD: ['partial'],
  ND: ['independent'],
  RW: ['derived', 'partial'],
};
const isDerived = (verdict: Verdict) => verdict !== 'independent';

function main(dir: string | undefined): number {
  if (!dir) {
    process.stderr.write(
      'Usage: npm run eval -- <dir>   (a folder with labels.tsv and one sub-folder per story)\n',
    );
    return 2;
  }
  let labels: string;
  try {
    labels = readFileSync(path.join(dir, 'labels.tsv'), 'utf8');
  } catch (error) {
    process.stderr.write(`eval: cannot read ${path.join(dir, 'labels.tsv')}: ${(error as Error).message}\n`);
    return 1;
  }
  const rows = labels
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((row) => row.length >= 3);
  const bySet = new Map<string, Array<{ file: string; label: string }>>();
  for (const [set, file, label] of rows)
    bySet.set(set!, [...(bySet.get(set!) ?? []), { file: file!, label: label! }]);

  let scored = 0;
  let exact = 0;
  let binary = 0;
  const misses: string[] = [];
  const lines: string[] = [];
  for (const [set, entries] of bySet) {
    const wire = readTextFile(path.join(dir, set, 'wire.txt'));
    if (!wire.ok) {
      misses.push(`${set}: ${wire.message}`);
      continue;
    }
    const texts = entries.map((entry) => readTextFile(path.join(dir, set, entry.file)));
    const result = compare(
      wire.text,
      texts.map((text) => (text.ok ? text.text : '')),
    );
    entries.forEach((entry, i) => {
      const outlet = result.outlets[i]!;
      const expected = EXPECTED[entry.label];
      const share = `${Math.round(outlet.stats.reuseShare * 100)}%/${outlet.stats.unquotedReusedWords}w`;
      lines.push(
        `${entry.label.padEnd(3)} ${outlet.verdict.padEnd(12)} ${share.padEnd(10)} ${set}/${entry.file}`,
      );
      if (!expected) return;
      scored += 1;
      const right = expected.includes(outlet.verdict);
      if (right) exact += 1;
      if (isDerived(outlet.verdict) === isDerived(expected[0]!)) binary += 1;
      if (!right)
        misses.push(
          `${set}/${entry.file}: labelled ${entry.label}, got ${outlet.verdict} — ${outlet.reason}`,
        );
    });
  }
  process.stdout.write(`label verdict      reuse/evidence file\n${lines.join('\n')}\n\n`);
  process.stdout.write(`exact: ${exact}/${scored} = ${((exact / Math.max(scored, 1)) * 100).toFixed(1)} %\n`);
  process.stdout.write(
    `derived vs independent: ${binary}/${scored} = ${((binary / Math.max(scored, 1)) * 100).toFixed(1)} %\n`,
  );
  process.stdout.write(
    misses.length ? `misses:\n${misses.map((m) => `  - ${m}\n`).join('')}` : 'no misses\n',
  );
  return 0;
}

const args = process.argv.slice(2);
// `--discovery <dir>`: source discovery over one archive of every story's wire (scripts/eval/discovery.ts).
process.exitCode = args[0] === '--discovery' ? runDiscoveryEval(args[1]) : main(args[0]);
