import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryLoadError, listStorySlugs, loadStories, loadStory } from './load-stories';

const contentRoot = path.join(process.cwd(), 'content');

function storyFolder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-content-'));
  mkdirSync(path.join(dir, 'broken'));
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, 'broken', name), body);
  return dir;
}

const meta = {
  title: 'T',
  date: '2024-10',
  agency: 'dpa',
  wire: { file: 'wire.txt' },
  outlets: [{ id: 'a', name: 'A', file: 'a.txt' }],
};

describe('the seed story in content/', () => {
  const story = loadStory('nato-nordkorea-kursk-2024-10', contentRoot);
  it('has the dpa wire and four outlet versions', () => {
    expect(story?.meta.agency).toBe('dpa');
    expect(story?.meta.date).toBe('2024-10');
    expect(story?.outlets.map((o) => o.name)).toEqual([
      'Outlet 001',
      'Outlet 002',
      'Outlet 003',
      'Outlet 004',
    ]);
  });
  it('keeps the texts as published, with the archive marker moved into the metadata', () => {
    expect(story?.wireText.startsWith('Brüssel (dpa) - Russlands Präsident')).toBe(true);
    expect(story?.outlets[0]?.text).toContain('PRODUKTE & TIPPS');
    expect(story?.outlets[3]?.date).toBe('2024-11');
  });
  it('is listed', () => {
    expect(listStorySlugs(contentRoot)).toContain('nato-nordkorea-kursk-2024-10');
    expect(loadStories(contentRoot).map((s) => s.slug)).toContain('nato-nordkorea-kursk-2024-10');
  });
});

describe('loadStory on malformed stories', () => {
  it('returns null for unknown or unsafe slugs', () => {
    expect(loadStory('no-such-story', contentRoot)).toBeNull();
    expect(loadStory('../package', contentRoot)).toBeNull();
  });
  it('fails with the path and the reason for invalid JSON', () => {
    const dir = storyFolder({ 'story.json': '{ "title": ' });
    expect(() => loadStory('broken', dir)).toThrow(StoryLoadError);
    expect(() => loadStory('broken', dir)).toThrow(/broken\/story\.json: is not valid JSON/);
  });
  it('fails naming the field for invalid metadata', () => {
    const dir = storyFolder({ 'story.json': JSON.stringify({ ...meta, agency: '' }) });
    expect(() => loadStory('broken', dir)).toThrow(/story\.json: "agency" is required/);
  });
  it('fails naming the file when a text is missing, empty or binary', () => {
    expect(() =>
      loadStory('broken', storyFolder({ 'story.json': JSON.stringify(meta), 'wire.txt': 'Text.' })),
    ).toThrow(/broken\/a\.txt: cannot read it/);
    expect(() =>
      loadStory(
        'broken',
        storyFolder({ 'story.json': JSON.stringify(meta), 'wire.txt': 'Text.', 'a.txt': '  \n' }),
      ),
    ).toThrow(/a\.txt: is empty/);
    expect(() =>
      loadStory(
        'broken',
        storyFolder({
          'story.json': JSON.stringify(meta),
          'wire.txt': Uint8Array.from([1, 0, 2]),
          'a.txt': 'x',
        }),
      ),
    ).toThrow(/wire\.txt: looks like binary/);
  });
});
