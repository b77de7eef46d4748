import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import schema from '../../lib/corpus/matches.schema.json';
import { BAHN_WIRE, HOCHWASSER_WIRE, TARIF_WIRE } from '../../lib/corpus/fixtures/wires';
import { runMatch, type MatchDependencies } from './match-command';

const SEED = path.join(process.cwd(), 'content', 'nato-nordkorea-kursk-2024-10');
const seedText = (name: string) => readFileSync(path.join(SEED, name), 'utf8');
const work = mkdtempSync(path.join(tmpdir(), 'wiretrace-match-'));
const write = (name: string, body: string | Uint8Array) => {
  const file = path.join(work, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, body);
  return file;
};
const jsonl = (rows: object[]) => rows.map((row) => JSON.stringify(row)).join('\n');

// A wire archive as a folder (the seed wire and three invented stories) and as JSON Lines.
const wireFolder = path.join(work, 'wires');
write('wires/2024/nato.txt', seedText('wire.txt'));
write('wires/bahn.txt', BAHN_WIRE);
write('wires/flut.txt', HOCHWASSER_WIRE);
write('wires/tarif.txt', TARIF_WIRE);
const wireJsonl = write(
  'wires.jsonl',
  jsonl([
    { id: 'dpa-nato', text: seedText('wire.txt'), story: 'nato', published: '2024-10-28T12:00:00Z' },
    { id: 'dpa-bahn', text: BAHN_WIRE },
    { id: 'dpa-flut', text: HOCHWASSER_WIRE },
  ]),
);

async function run(argv: string[], deps?: MatchDependencies) {
  let stdout = '';
  let stderr = '';
  const code = await runMatch(
    argv,
    { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } },
    deps,
  );
  return { code, stdout, stderr };
}

describe('wiretrace match', () => {
  it('matches article files against a wire folder, ids as given, schema-valid JSON', async () => {
    const files = ['outlet-001.txt', 'outlet-003.txt'].map((name) => path.join(SEED, name));
    const result = await run(['--wires', wireFolder, ...files]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(new Ajv2020().validate(schema, json)).toBe(true);
    expect(json.articles.map((a: { id: string; verdict: string }) => [a.id, a.verdict])).toEqual([
      [files[0], 'partial'],
      [files[1], 'independent'],
    ]);
    expect(json.articles[0].sources[0]).toMatchObject({ wire: '2024/nato.txt', verdict: 'partial' });
    expect(result.stderr).toMatch(/matching articles: 2 matched, 1 traced to a wire source/);
  });

  it('matches a folder of articles (relative ids) against JSON Lines wires, as CSV', async () => {
    write('artikel/lokal/bahn.txt', `Bauarbeiten bei der Bahn\n\n${BAHN_WIRE}\n\nEin Kommentar von uns.`);
    write('artikel/flut.txt', HOCHWASSER_WIRE.split('\n\n').slice(0, 2).join('\n\n'));
    const result = await run(['--wires', wireJsonl, '--format=csv', path.join(work, 'artikel')]);
    expect(result.code).toBe(0);
    const rows = result.stdout.trim().split('\r\n');
    expect(rows[0]).toBe('id,outlet,verdict,best_wire,reuse_share,wire_coverage,sources');
    expect(rows[1]).toMatch(/^flut\.txt,,derived,dpa-flut,1,0\.\d+,1$/);
    expect(rows[2]).toMatch(/^lokal\/bahn\.txt,,derived,dpa-bahn,0\.\d+,1,1$/);
  });

  it('writes the excel-de dialect for German Excel with --csv excel-de', async () => {
    const article = write('artikel-de/flut.txt', HOCHWASSER_WIRE.split('\n\n').slice(0, 2).join('\n\n'));
    const result = await run(['--wires', wireJsonl, '--csv', 'excel-de', article]);
    expect(result.code).toBe(0);
    const [header, row] = result.stdout.split('\r\n');
    expect(header).toBe('\uFEFFid;outlet;verdict;best_wire;reuse_share;wire_coverage;sources');
    // The first two paragraphs of the wire: all of the article from it, part of the wire, in decimal commas.
    expect(row!.slice(article.length)).toMatch(/^;;derived;dpa-flut;1;0,\d+;1$/);
  });

  it('reads articles from JSON Lines, reports bad lines and duplicates, and exits 1', async () => {
    const articles = write(
      'artikel.jsonl',
      [
        JSON.stringify({ id: 'a1', text: 'Ein eigener Text über etwas ganz anderes.', outlet: 'Kurier' }),
        '{"id":"a2"}',
        'kein JSON',
        JSON.stringify({ id: 'a1', text: TARIF_WIRE, outlet: 'Kurier' }),
      ].join('\n'),
    );
    const result = await run(['--wires', wireFolder, articles]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${articles} line 2: item "a2" has no text ("text" is missing)`);
    expect(result.stderr).toContain(`${articles} line 3: broken JSON`);
    expect(result.stderr).toContain(
      `duplicate id "a1" at ${articles} line 4 (also at ${articles} line 1): the last one, ${articles} line 4, wins`,
    );
    const json = JSON.parse(result.stdout);
    expect(json.articles).toEqual([
      expect.objectContaining({
        id: 'a1',
        outlet: 'Kurier',
        verdict: 'derived',
        sources: [expect.objectContaining({ wire: 'tarif.txt' })],
      }),
    ]);
  });

  it('handles an article of 5 MB', async () => {
    // A long chronicle with the wire in its middle: every line differs, as in a real long document.
    const chronicle = (from: number) =>
      Array.from(
        { length: 70_000 },
        (_, i) => `Eintrag ${from + i} der Chronik, Seite ${(from + i) % 977}.`,
      ).join(' ');
    const big = write('gross.txt', `${chronicle(0)}\n\n${BAHN_WIRE}\n\n${chronicle(70_000)}`);
    expect(readFileSync(big).length).toBeGreaterThan(5_000_000);
    const result = await run(['--wires', wireJsonl, big]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).articles[0].sources[0].wire).toBe('dpa-bahn');
  }, 120_000);

  it('says clearly when there are no wires, the folder cannot be read, or nothing usable is in it', async () => {
    const article = path.join(SEED, 'outlet-001.txt');
    const none = await run([article]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no wires to match against: give --wires/);
    const missing = await run(['--wires', path.join(work, 'fehlt'), article]);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toContain(`${path.join(work, 'fehlt')}: no such file or folder`);
    mkdirSync(path.join(work, 'leer'));
    expect((await run(['--wires', path.join(work, 'leer'), article])).stderr).toMatch(/no \.txt files/);
    const broken = write('kaputt.jsonl', '{"id":1}\n');
    const brokenResult = await run(['--wires', broken, article]);
    expect(brokenResult.code).toBe(1);
    expect(brokenResult.stderr).toMatch(/kaputt\.jsonl holds no usable wire items/);
  });

  it('uses the database matcher when --wires is not given and one is provided', async () => {
    const result = await run([path.join(SEED, 'outlet-001.txt')], {
      openDatabaseMatcher: async () => ({
        match: (article) => ({ id: article.id, verdict: 'independent', sources: [] }),
      }),
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).articles[0].verdict).toBe('independent');
    const failing = await run([path.join(SEED, 'outlet-001.txt')], {
      openDatabaseMatcher: async () => {
        throw new Error('cannot reach the database at db.example.org:5432');
      },
    });
    expect(failing).toMatchObject({
      code: 1,
      stderr: 'wiretrace: cannot reach the database at db.example.org:5432\n',
    });
  });

  it('exits 2 with usage for usage errors and prints help', async () => {
    for (const argv of [
      [],
      ['--wires'],
      ['--wires', wireFolder, '--format', 'xml', 'a.txt'],
      ['--bogus', 'a.txt'],
      ['--wires', wireFolder, '--csv', 'excel', 'a.txt'],
      ['--wires', wireFolder, '--format', 'json', '--csv', 'excel-de', 'a.txt'],
    ]) {
      const result = await run(argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^wiretrace match: .+\n\nUsage: wiretrace match/);
    }
    const messages = async (argv: string[]) => (await run(argv)).stderr.split('\n')[0];
    expect(await messages(['--wires', '--format', 'csv', 'a.txt'])).toBe(
      'wiretrace match: --wires needs a value',
    );
    expect(await messages(['--wires=', 'a.txt'])).toBe('wiretrace match: --wires needs a value');
    expect(await messages(['--wires', wireFolder, '-x', 'a.txt'])).toBe('wiretrace match: unknown option -x');
    expect(await messages(['--wires', wireFolder, '--csv', 'excel', 'a.txt'])).toBe(
      'wiretrace match: --csv must be rfc4180 or excel-de, not "excel"',
    );
    expect(await run(['--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('--format json|csv'),
    });
  });
});
