import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAHN_WIRE, TARIF_WIRE } from '../../lib/corpus/fixtures/wires';
import { openDatabase } from '../../server/db/open-database';
import { corpusReader } from '../../server/corpus/corpus';
import { runImportCorpus } from './import-corpus-command';

const work = mkdtempSync(path.join(tmpdir(), 'wiretrace-import-'));
const write = (name: string, body: string) => {
  const file = path.join(work, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, body);
  return file;
};
const seed = (name: string) =>
  readFileSync(path.join(process.cwd(), 'content', 'nato-nordkorea-kursk-2024-10', name), 'utf8');

function capture() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      stdout: { write: (text: string) => (out.stdout += text) },
      stderr: { write: (text: string) => (out.stderr += text) },
    },
  };
}

const wiresFolder = path.join(work, 'wires');
write('wires/dpa/nato.txt', seed('wire.txt'));
write('wires/dpa/bahn.txt', BAHN_WIRE);
write('wires/tarif.txt', TARIF_WIRE);
const articles = write(
  'articles.jsonl',
  [
    JSON.stringify({
      id: 'a1',
      text: seed('outlet-001.txt'),
      outlet: 'Outlet 001',
      published: '2024-10-28T14:00:00Z',
    }),
    '{"id": "a2", "text": ',
    JSON.stringify({ id: 'a3', outlet: 'Ohne Text' }),
    JSON.stringify({ id: 'a4', text: `Bahn-Sanierung\n\n${BAHN_WIRE}`, outlet: 'taz' }),
    JSON.stringify({ id: 'a4', text: `Die Bahn saniert\n\n${BAHN_WIRE}`, outlet: 'taz' }),
  ].join('\n'),
);

describe('wiretrace import', () => {
  it('imports a folder of wires and a JSON Lines file of articles, reports bad lines, traces, exits 1', async () => {
    const target = { file: path.join(work, 'data', 'wiretrace.sqlite') };
    const { out, io } = capture();
    expect(await runImportCorpus(['--wires', wiresFolder, '--articles', articles], { ...io, target })).toBe(
      1,
    );
    expect(out.stdout).toMatch(/wires from .*wires: 3 imported, 0 updated, 0 unchanged, 0 rejected/);
    expect(out.stdout).toMatch(
      /articles from .*articles\.jsonl: 2 imported, 0 updated, 0 unchanged, 2 rejected/,
    );
    expect(out.stdout).toMatch(
      /trace job: 2 articles traced \(1 derived, 1 partial, 0 independent\), 3 stories/,
    );
    expect(out.stderr).toContain(`${articles} line 2: broken JSON`);
    expect(out.stderr).toContain(`${articles} line 3: item "a3" has no text`);
    expect(out.stderr).toMatch(/duplicate id "a4" at .*line 5 .*the last one, .*line 5, wins/);
    expect(out.stderr).toContain('2 items rejected (see above); the rest was imported.');

    const db = await openDatabase(target);
    const corpus = corpusReader(db);
    expect(await corpus.counts()).toMatchObject({
      wires: 3,
      articles: 2,
      stories: 2,
      derived: 1,
      partial: 1,
    });
    const bahn = (await corpus.listStories({ title: 'bahn' })).stories[0]!;
    expect((await corpus.getStory(bahn.id))?.articles.map((a) => [a.id, a.closestVersion])).toEqual([
      ['a4', 'dpa/bahn.txt'],
    ]);
    expect((await corpus.listJobs()).map((j) => [j.kind, j.status])).toEqual([
      ['trace', 'done'],
      ['import', 'done'],
      ['import', 'done'],
    ]);
    await db.close();

    // The same import again: nothing new, nothing duplicated.
    const again = capture();
    await runImportCorpus(['--wires', wiresFolder, '--no-trace'], { ...again.io, target });
    expect(again.out.stdout).toMatch(/0 imported, 0 updated, 3 unchanged, 0 rejected/);
  });

  it('says which database cannot be reached, without a stack trace', async () => {
    const { out, io } = capture();
    const target = { url: 'postgres://wiretrace@127.0.0.1:1/wiretrace' };
    expect(await runImportCorpus(['--wires', wiresFolder], { ...io, target })).toBe(1);
    expect(out.stderr).toBe(
      'wiretrace import: Cannot reach the PostgreSQL database at host 127.0.0.1, port 1 (from DATABASE_URL): ' +
        'the connection was refused (is PostgreSQL running and listening there?).\n',
    );
  });

  it('refuses usage errors and unreadable sources with a message', async () => {
    const usage = capture();
    expect(await runImportCorpus(['--articles'], usage.io)).toBe(2);
    expect(usage.out.stderr).toMatch(/^wiretrace import: --articles needs a folder or a \.jsonl file/);
    const missing = capture();
    const target = { file: path.join(work, 'other', 'wiretrace.sqlite') };
    expect(await runImportCorpus(['--wires', path.join(work, 'nowhere')], { ...missing.io, target })).toBe(1);
    expect(missing.out.stderr).toContain(
      `wiretrace import: ${path.join(work, 'nowhere')}: no such file or folder`,
    );
  });
});
