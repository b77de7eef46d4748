/**
 * `npm run eval -- <dir>`: scores document verdicts against a labelled folder laid out like shared/eval/dev:
 * one sub-folder per story with wire.txt and the outlet texts, and labels.tsv (set, file, label) at the top.
 * WD counts as derived, PD as partial, ND as independent; RW (derived but rewritten) expects derived or partial;
 * other labels are listed but not scored. Prints the accuracy (exact and derived-vs-independent), the precision
 * and recall of the independent verdict — for all texts and per language of the wire (the engine's own language
 * detection) —, every miss, and the wrapped-versus-unwrapped agreement: every text is
 * hard-wrapped at WRAP_WIDTH columns and compared again; an outlet agrees when its verdict is the same and its
 * figures (reuse share, wire coverage) move by at most one percentage point.
 * With `--discovery <dir>`, source discovery instead: see scripts/eval/discovery.ts.
 */
import path from 'node:path';
import { compare, detectLanguage, tokenize, type OutletAlignment, type Verdict } from '../lib/engine';
import { hardWrap } from '../lib/text/hard-wrap';
import { readLabels } from './eval/labels';
import { readTextFile } from './lib/read-text-file';
import { runDiscoveryEval } from './eval/discovery';

const EXPECTED: Record<string, Verdict[]> = {
  WD: ['derived'],
  PD: ['partial'],
  ND: ['independent'],
  RW: ['derived', 'partial'],
};
const isDerived = (verdict: Verdict) => verdict !== 'independent';
/** Archives and e-mail wrap at about 72 columns. */
const WRAP_WIDTH = 72;
/** Figures may move by this many percentage points between the wrapped and the unwrapped text. */
const WRAP_TOLERANCE_POINTS = 1;

/** Per outlet: whether the hard-wrapped texts give the same verdict and figures within the tolerance. */
function wrappedAgreement(wire: string, outlets: string[], unwrapped: OutletAlignment[]): boolean[] {
  const wrapped = compare(
    hardWrap(wire, WRAP_WIDTH),
    outlets.map((text) => hardWrap(text, WRAP_WIDTH)),
  ).outlets;
  const close = (a: number, b: number) => Math.abs(a - b) * 100 <= WRAP_TOLERANCE_POINTS;
  return unwrapped.map((outlet, i) => {
    const other = wrapped[i]!;
    return (
      outlet.verdict === other.verdict &&
      close(outlet.stats.reuseShare, other.stats.reuseShare) &&
      close(outlet.stats.wireCoverage, other.stats.wireCoverage)
    );
  });
}

interface Scored {
  label: string;
  verdict: Verdict;
  language: string;
}

const share = (n: number, of: number) => `${n}/${of} = ${((n / Math.max(of, 1)) * 100).toFixed(1)} %`;

/** Lines for the independent verdict: precision (independent verdicts labelled ND) and recall (ND found). */
function independentFigures(pairs: Scored[]): string {
  const called = pairs.filter((pair) => pair.verdict === 'independent');
  const labelled = pairs.filter((pair) => pair.label === 'ND');
  const right = called.filter((pair) => pair.label === 'ND').length;
  return `independent: precision ${share(right, called.length)}, recall ${share(right, labelled.length)}`;
}

/** Exact and derived-vs-independent accuracy and the independent verdict's figures of some scored texts. */
function figures(pairs: Scored[]): { exact: string; binary: string; independent: string } {
  const exact = pairs.filter((pair) => EXPECTED[pair.label]!.includes(pair.verdict)).length;
  const binary = pairs.filter(
    (pair) => isDerived(pair.verdict) === isDerived(EXPECTED[pair.label]![0]!),
  ).length;
  return {
    exact: `exact: ${share(exact, pairs.length)}`,
    binary: `derived vs independent: ${share(binary, pairs.length)}`,
    independent: independentFigures(pairs),
  };
}

/** One line per language of the wires: its figures. */
function perLanguage(pairs: Scored[]): string {
  const languages = [...new Set(pairs.map((pair) => pair.language))].sort();
  return languages
    .map((language) => {
      const own = pairs.filter((pair) => pair.language === language);
      const { exact, binary, independent } = figures(own);
      return `  ${language}: ${own.length} texts; ${exact}; ${binary}; ${independent}\n`;
    })
    .join('');
}

function main(dir: string | undefined): number {
  if (!dir) {
    process.stderr.write(
      'Usage: npm run eval -- <dir>   (a folder with labels.tsv and one sub-folder per story)\n',
    );
    return 2;
  }
  const rows = readLabels(dir);
  if (!rows) return 1;
  const bySet = new Map<string, Array<{ file: string; label: string }>>();
  for (const { set, file, label } of rows) bySet.set(set, [...(bySet.get(set) ?? []), { file, label }]);

  const misses: string[] = [];
  const lines: string[] = [];
  const verdicts: Scored[] = [];
  const wrapMisses: string[] = [];
  let wrapChecked = 0;
  for (const [set, entries] of bySet) {
    const wire = readTextFile(path.join(dir, set, 'wire.txt'));
    if (!wire.ok) {
      misses.push(`${set}: ${wire.message}`);
      continue;
    }
    const texts = entries.map((entry) => readTextFile(path.join(dir, set, entry.file)));
    const language = detectLanguage(tokenize(wire.text).map((token) => token.norm));
    const result = compare(
      wire.text,
      texts.map((text) => (text.ok ? text.text : '')),
    );
    const agrees = wrappedAgreement(
      wire.text,
      texts.map((text) => (text.ok ? text.text : '')),
      result.outlets,
    );
    entries.forEach((entry, i) => {
      const outlet = result.outlets[i]!;
      wrapChecked += 1;
      if (!agrees[i]) wrapMisses.push(`${set}/${entry.file}`);
      const expected = EXPECTED[entry.label];
      const share = `${Math.round(outlet.stats.reuseShare * 100)}%/${outlet.stats.unquotedReusedWords}w`;
      lines.push(
        `${entry.label.padEnd(3)} ${outlet.verdict.padEnd(12)} ${share.padEnd(10)} ${set}/${entry.file}`,
      );
      if (!expected) return;
      verdicts.push({ label: entry.label, verdict: outlet.verdict, language });
      if (!expected.includes(outlet.verdict))
        misses.push(
          `${set}/${entry.file}: labelled ${entry.label}, got ${outlet.verdict} — ${outlet.reason}`,
        );
    });
  }
  process.stdout.write(`label verdict      reuse/evidence file\n${lines.join('\n')}\n\n`);
  const all = figures(verdicts);
  process.stdout.write(`${all.exact}\n${all.binary}\n${all.independent}\n`);
  process.stdout.write(`per language of the wire:\n${perLanguage(verdicts)}`);
  process.stdout.write(
    `wrapped at ${WRAP_WIDTH} columns vs unwrapped: ${wrapChecked - wrapMisses.length}/${wrapChecked} agree within ${WRAP_TOLERANCE_POINTS} point${wrapMisses.length ? ` (differ: ${wrapMisses.join(', ')})` : ''}\n`,
  );
  process.stdout.write(
    misses.length ? `misses:\n${misses.map((m) => `  - ${m}\n`).join('')}` : 'no misses\n',
  );
  return 0;
}

const args = process.argv.slice(2);
// `--discovery <dir>`: source discovery over one archive of every story's wire (scripts/eval/discovery.ts).
process.exitCode = args[0] === '--discovery' ? runDiscoveryEval(args[1]) : main(args[0]);
