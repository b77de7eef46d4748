import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedFiles } from '@/fixtures/seed-texts';
import { runAddStory } from './add-story-command';

let work: string;
let stderr: string;

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'wiretrace-add-story-'));
  stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

function file(name: string, body: string | Uint8Array): string {
  const full = path.join(work, name);
  writeFileSync(full, body);
  return full;
}

const content = () => path.join(work, 'content');
const base = () => ['--content-dir', content(), '--title', 'Test story', '--agency', 'dpa'];

describe('npm run add-story', () => {
  it('imports the seed texts byte for byte after the archive marker', () => {
    // The seed texts as they came from the archive: a leading date marker before the text.
    const seed = seedFiles();
    const wire = file('000.txt', Buffer.concat([Buffer.from(' date 2024-10 '), readFileSync(seed.wire)]));
    const outlet = file(
      '003.txt',
      Buffer.concat([Buffer.from(' date 2024-10 '), readFileSync(seed.outlets[2]!)]),
    );
    expect(runAddStory([...base(), '--wire', wire, '--outlet', outlet, '--name', 'Outlet 003'])).toBe(0);
    const folder = path.join(content(), 'test-story');
    expect(readFileSync(path.join(folder, 'wire.txt'))).toEqual(
      readFileSync(wire).subarray(' date 2024-10 '.length),
    );
    expect(JSON.parse(readFileSync(path.join(folder, 'story.json'), 'utf8'))).toMatchObject({
      date: '2024-10',
      outlets: [{ id: 'outlet-003', date: '2024-10' }],
    });
  });

  it('refuses to overwrite an existing story unless --force', () => {
    const args = [
      ...base(),
      '--date',
      '2024-10',
      '--wire',
      file('w.txt', 'Wire.'),
      '--outlet',
      file('o.txt', 'Outlet.'),
    ];
    expect(runAddStory(args)).toBe(0);
    expect(runAddStory(args)).toBe(1);
    expect(stderr).toMatch(/already exists; pass --force/);
    expect(runAddStory([...args, '--force'])).toBe(0);
    expect(readdirSync(content())).toEqual(['test-story']);
  });

  it('names the empty, binary and unreadable files and writes nothing', () => {
    const code = runAddStory([
      ...base(),
      '--date',
      '2024-10',
      '--wire',
      file('w.txt', '  \n'),
      '--outlet',
      file('b.txt', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00])),
      '--outlet',
      path.join(work, 'missing.txt'),
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('nothing was written');
    expect(stderr).toMatch(/w\.txt is empty/);
    expect(stderr).toMatch(/b\.txt looks like binary data/);
    expect(stderr).toMatch(/missing\.txt: no such file/);
    expect(existsSync(content())).toBe(false);
  });

  it('explains usage errors with exit code 2', () => {
    expect(runAddStory(['--title', 'T'])).toBe(2);
    expect(stderr).toMatch(/--agency is required/);
    expect(runAddStory([...base(), '--name', 'X'])).toBe(2);
    expect(stderr).toMatch(/put it after --outlet FILE/);
    expect(runAddStory([...base(), '--wire', '--outlet', 'o.txt'])).toBe(2);
    expect(stderr).toMatch(/add-story: --wire needs a value/);
    expect(runAddStory([...base(), '--colour', 'red'])).toBe(2);
    expect(stderr).toMatch(/add-story: unknown option --colour/);
  });

  it('takes --option=value as well, and outlet options in order', () => {
    const args = [
      `--content-dir=${content()}`,
      '--title=Bahnstreik',
      '--agency=dpa',
      '--date=2024-10',
      `--wire=${file('w.txt', 'Wire.')}`,
      `--outlet=${file('a.txt', 'A.')}`,
      '--name=Taz',
      `--outlet=${file('b.txt', 'B.')}`,
      '--date=2024-10-29',
    ];
    expect(runAddStory(args)).toBe(0);
    const meta = JSON.parse(readFileSync(path.join(content(), 'bahnstreik', 'story.json'), 'utf8'));
    expect(meta.outlets.map((o: { name: string; date?: string }) => [o.name, o.date])).toEqual([
      ['Taz', undefined],
      ['Outlet 2', '2024-10-29'],
    ]);
  });
});
