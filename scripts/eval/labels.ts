// Reads an evaluation folder's labels.tsv (set, file, label, …; a header line first), for both evaluations.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** One labelled text: its story folder, its file and its label (WD, PD, RW, ND, …). */
export interface LabelRow {
  set: string;
  file: string;
  label: string;
}

/** The rows of `<dir>/labels.tsv`, or null after saying on stderr why it cannot be read. */
export function readLabels(dir: string): LabelRow[] | null {
  let labels: string;
  try {
    labels = readFileSync(path.join(dir, 'labels.tsv'), 'utf8');
  } catch (error) {
    process.stderr.write(`eval: cannot read ${path.join(dir, 'labels.tsv')}: ${(error as Error).message}\n`);
    return null;
  }
  return labels
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((row) => row.length >= 3)
    .map(([set, file, label]) => ({ set: set!, file: file!, label: label!.trim() }));
}
