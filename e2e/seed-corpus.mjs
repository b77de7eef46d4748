// Imports the end-to-end tests' archive through the `wiretrace import` command, as a user would, before the server
// starts: the seed story's wire as two versions of one dpa story (the second an update with a new last paragraph)
// and its four outlet texts as articles. Plain Node: it runs before the server, outside the test runner.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = process.env.WIRETRACE_DATA_DIR ?? path.join(root, '.test-output', 'e2e-data');
const work = path.join(root, '.test-output', 'e2e-corpus');
const story = path.join(root, 'content', 'nato-nordkorea-kursk-2024-10');
const read = (file) => readFileSync(path.join(story, file), 'utf8');

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
mkdirSync(dataDir, { recursive: true });
const wire = read('wire.txt');
const wires = [
  {
    id: 'dpa-nato-kursk-1',
    story: 'nato-kursk',
    agency: 'dpa',
    title: 'Nato: Nordkoreanische Truppen in Kursk',
    published: '2024-10-28T12:00:00Z',
    text: wire,
  },
  {
    id: 'dpa-nato-kursk-2',
    story: 'nato-kursk',
    agency: 'dpa',
    title: 'Nato: Nordkoreanische Truppen in Kursk (Zusammenfassung)',
    published: '2024-10-28T16:00:00Z',
    text: `${wire.replace('Russlands Präsident', 'Kremlchef')}\n\nDie Nato will am Donnerstag erneut über den Einsatz beraten.`,
  },
];
const articles = ['001', '002', '003', '004'].map((n) => ({
  id: `outlet-${n}`,
  outlet: `Outlet ${n}`,
  published: '2024-10-28T18:00:00Z',
  text: read(`outlet-${n}.txt`),
}));
const jsonl = (items) => `${items.map((item) => JSON.stringify(item)).join('\n')}\n`;
writeFileSync(path.join(work, 'wires.jsonl'), jsonl(wires));
writeFileSync(path.join(work, 'articles.jsonl'), jsonl(articles));

const result = spawnSync(
  process.execPath,
  [
    path.join(root, 'bin', 'wiretrace.mjs'),
    'import',
    '--wires',
    path.join(work, 'wires.jsonl'),
    '--articles',
    path.join(work, 'articles.jsonl'),
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, WIRETRACE_DATA_DIR: dataDir } },
);
process.exit(result.status ?? 1);
