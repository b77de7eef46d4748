/**
 * `npm run eval -- --discovery <dir>`: source discovery over a labelled folder laid out like the development set
 * (labels.tsv with set, file, label; one folder per story with wire.txt). Every story's wire text, and the seed
 * story's wire from content/, go into one archive; every labelled text is matched against all of it.
 * Prints per file: label, the story of its best source (or "-"), verdict; then how many WD/PD/RW articles were
 * traced to their own story and how many controls (ND) were left independent.
 * Known weakness: the archive is as small as the labelled set; the benchmark (npm run bench:corpus) covers size.
 */
import path from 'node:path';
import { readLabels } from './labels';
import { buildWireArchive, type WireItem } from '../../lib/corpus';
import { readTextFile } from '../lib/read-text-file';

const SEED_STORY = 'nato-nordkorea-kursk-2024-10';
const DERIVED_LABELS = new Set(['WD', 'PD', 'RW']);

/** Runs the discovery evaluation on `dir`; returns the exit code. */
export function runDiscoveryEval(
  dir: string | undefined,
  write = (text: string) => process.stdout.write(text),
): number {
  if (!dir) {
    process.stderr.write(
      'Usage: npm run eval -- --discovery <dir>   (labels.tsv and one folder per story)\n',
    );
    return 2;
  }
  const rows = readLabels(dir);
  if (!rows) return 1;

  const wires: WireItem[] = [];
  const addWire = (id: string, file: string) => {
    const wire = readTextFile(file);
    if (wire.ok) wires.push({ id, text: wire.text, story: id });
    else process.stderr.write(`eval: ${wire.message}\n`);
  };
  for (const set of new Set(rows.map((row) => row.set))) addWire(set, path.join(dir, set, 'wire.txt'));
  addWire(SEED_STORY, path.join(process.cwd(), 'content', SEED_STORY, 'wire.txt'));
  const archive = buildWireArchive(wires);

  let derivedTotal = 0;
  let derivedTraced = 0;
  let controlTotal = 0;
  let controlIndependent = 0;
  const misses: string[] = [];
  const lines = ['label best source story                    verdict      file'];
  for (const row of rows) {
    const text = readTextFile(path.join(dir, row.set, row.file));
    if (!text.ok) {
      misses.push(`${row.set}/${row.file}: ${text.message}`);
      continue;
    }
    const match = archive.match({ id: `${row.set}/${row.file}`, text: text.text });
    const best = match.sources[0];
    lines.push(
      `${row.label.padEnd(5)} ${(best?.story ?? '-').padEnd(34)} ${match.verdict.padEnd(12)} ${row.set}/${row.file}`,
    );
    if (DERIVED_LABELS.has(row.label)) {
      derivedTotal += 1;
      if (best?.story === row.set) derivedTraced += 1;
      else
        misses.push(`${row.set}/${row.file}: labelled ${row.label}, traced to ${best?.story ?? 'nothing'}`);
    } else if (row.label === 'ND') {
      controlTotal += 1;
      if (match.verdict === 'independent') controlIndependent += 1;
      else misses.push(`${row.set}/${row.file}: control, but ${match.verdict} of ${best?.story}`);
    }
  }
  write(`archive: ${wires.length} wire texts\n${lines.join('\n')}\n\n`);
  write(`WD/PD/RW traced to their own story: ${derivedTraced}/${derivedTotal}\n`);
  write(`controls (ND) left independent: ${controlIndependent}/${controlTotal}\n`);
  write(misses.length ? `misses:\n${misses.map((m) => `  - ${m}\n`).join('')}` : 'no misses\n');
  return 0;
}
