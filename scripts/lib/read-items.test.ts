import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectLatest, duplicateMessage, readItems, SourceError, type ReadProblem } from './read-items';

const work = mkdtempSync(path.join(tmpdir(), 'wiretrace-read-'));
const write = (name: string, body: string | Uint8Array) => {
  const file = path.join(work, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, body);
  return file;
};

async function readAll(source: string, kind: 'wire' | 'article' = 'wire') {
  const problems: ReadProblem[] = [];
  const items = [];
  for await (const read of readItems(source, kind, { onProblem: (p) => problems.push(p) })) items.push(read);
  return { items, problems };
}

describe('readItems: JSON Lines', () => {
  it('reads good lines, reports bad ones with their line numbers and keeps going', async () => {
    const file = write(
      'wires.jsonl',
      [
        '{"id":"dpa-1","text":"Berlin (dpa) - Erste Meldung.","published":"2024-10-28T09:00:00Z","story":"s1"}',
        '',
        '{"id":"dpa-2","text":',
        '{"id":"dpa-3"}',
        '{"id":"dpa-4","text":"Zweite Meldung.","published":"Montag"}',
        '{"id":"dpa-5","text":"Dritte Meldung."}\r',
      ].join('\n'),
    );
    const { items, problems } = await readAll(file);
    expect(items.map((read) => [read.item.id, read.line])).toEqual([
      ['dpa-1', 1],
      ['dpa-5', 6],
    ]);
    expect(items[0]!.item).toMatchObject({ story: 's1', published: '2024-10-28T09:00:00Z' });
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5]);
    expect(problems[0]!.message).toMatch(/^line 3: broken JSON \(Unexpected end of JSON input/);
    expect(problems[1]!.message).toBe('line 4: item "dpa-3" has no text ("text" is missing)');
    expect(problems[2]!.message).toBe('line 5: item "dpa-4": "published" is not an ISO 8601 date ("Montag")');
    expect(problems[0]!.file).toBe(file);
  });

  it('reads a line holding a 5 MB article', async () => {
    const text = 'Die Nato hat Nordkorea vorgeworfen, Truppen nach Russland zu schicken. '.repeat(75_000);
    const file = write('big.jsonl', `${JSON.stringify({ id: 'gross', text, outlet: 'Archiv' })}\n`);
    const { items, problems } = await readAll(file, 'article');
    expect(problems).toEqual([]);
    expect(items[0]!.item.text.length).toBe(text.length);
  });

  it('keeps the last of duplicate ids and says so', async () => {
    const file = write(
      'dup.jsonl',
      '{"id":"a","text":"eins"}\n{"id":"b","text":"zwei"}\n{"id":"a","text":"drei"}\n',
    );
    const messages: string[] = [];
    const byId = await collectLatest(readItems(file, 'article', { onProblem: () => {} }), (d) =>
      messages.push(duplicateMessage(d)),
    );
    expect([...byId.values()].map((read) => read.item.text)).toEqual(['drei', 'zwei']);
    expect(messages).toEqual([
      `duplicate id "a" at ${file} line 3 (also at ${file} line 1): the last one, ${file} line 3, wins`,
    ]);
  });
});

describe('readItems: folders and files', () => {
  it('reads every .txt below a folder with relative ids, skipping other files and reporting bad ones', async () => {
    const folder = path.join(work, 'archiv');
    write('archiv/2024/10/dpa-1.txt', 'Kursk (dpa) - Erste Meldung.');
    write('archiv/dpa-0.txt', '\uFEFFBrüssel (dpa) - Meldung.');
    write('archiv/notes.md', 'nicht lesen');
    write('archiv/leer.txt', '  ');
    write('archiv/bild.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00]));
    const { items, problems } = await readAll(folder);
    expect(items.map((read) => read.item.id)).toEqual(['2024/10/dpa-1.txt', 'dpa-0.txt']);
    expect(items[1]!.item.text).toBe('Brüssel (dpa) - Meldung.');
    expect(problems.map((p) => p.message)).toEqual([
      `${path.join(folder, 'bild.txt')} looks like binary data (it contains NUL or other control bytes), not plain text`,
      `${path.join(folder, 'leer.txt')} is empty (or only white space)`,
    ]);
  });

  it('reads one text file with the path as given as its id', async () => {
    const file = write('artikel.txt', 'Ein Artikel.');
    expect((await readAll(file, 'article')).items.map((read) => read.item)).toEqual([
      { id: file, text: 'Ein Artikel.' },
    ]);
  });

  it('fails with a clear message for a missing source, an empty folder or an unreadable folder', async () => {
    await expect(readAll(path.join(work, 'fehlt'))).rejects.toThrow(/fehlt: no such file or folder/);
    mkdirSync(path.join(work, 'leer'));
    await expect(readAll(path.join(work, 'leer'))).rejects.toThrow(/no \.txt files in this folder/);
    await expect(readAll(path.join(work, 'leer'))).rejects.toBeInstanceOf(SourceError);
    await expect(readAll(write('alle.json', '[]'))).rejects.toThrow(
      /a \.json file is not read; give JSON Lines/,
    );
    if (process.getuid?.() !== 0) {
      const locked = path.join(work, 'gesperrt');
      mkdirSync(locked);
      chmodSync(locked, 0);
      await expect(readAll(locked)).rejects.toThrow(/permission denied/);
    }
  });
});
