import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import schema from '../../lib/engine/alignment.schema.json';
import { seedFiles } from '@/fixtures/seed-texts';
import { runWiretrace } from './wiretrace-command';

const seed = seedFiles();
const wire = seed.wire;
const outlets = [seed.outlets[0]!, seed.outlets[2]!];
const work = mkdtempSync(path.join(tmpdir(), 'wiretrace-cli-'));
const file = (name: string, body: string | Uint8Array) => {
  writeFileSync(path.join(work, name), body);
  return path.join(work, name);
};

describe('wiretrace compare', () => {
  it('prints a readable summary per outlet by default', () => {
    const result = runWiretrace(['compare', '--wire', wire, ...outlets]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('outlet-001.txt: PARTIAL');
    expect(result.stdout).toContain('outlet-003.txt: INDEPENDENT');
    expect(result.stderr).toBe('');
  });
  it('prints wiretrace.alignment/1 JSON with paths as given and raw offsets', () => {
    const result = runWiretrace(['compare', '--wire', wire, ...outlets, '--format', 'json']);
    const json = JSON.parse(result.stdout);
    expect(new Ajv2020().validate(schema, json)).toBe(true);
    expect(json.wire.source).toBe(wire);
    expect(json.wire.units[0]).toMatchObject({
      id: 'w1',
      start: 0,
      kind: 'boilerplate',
      furniture: 'dateline',
    });
    expect(json.outlets[0].source).toBe(outlets[0]);
    expect(json.outlets[1].verdict).toBe('independent');
  });
  it('exits 2 with usage on stderr for usage errors', () => {
    for (const argv of [
      [],
      ['diff'],
      ['compare', outlets[0]!],
      ['compare', '--wire', wire],
      ['compare', '--wire', wire, outlets[0]!, '--format', 'xml'],
      ['compare', '--bogus'],
    ]) {
      const result = runWiretrace(argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^wiretrace: .+\n\nUsage:/);
      expect(result.stdout).toBe('');
    }
  });
  it('documents itself with --help', () => {
    expect(runWiretrace(['--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('--format text|json'),
    });
  });
  it('exits 1 naming each missing, empty, binary or unreadable file', () => {
    const result = runWiretrace([
      'compare',
      '--wire',
      file('empty.txt', ' \n'),
      file('nul.txt', 'Text\u0000mehr'),
      path.join(work, 'missing.txt'),
      work,
      file('latin1.txt', Uint8Array.from([0x66, 0xfc, 0x72])),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('empty.txt is empty');
    expect(result.stderr).toContain('nul.txt looks like binary data');
    expect(result.stderr).toContain('missing.txt: no such file');
    expect(result.stderr).toContain('is a directory');
    expect(result.stderr).toContain('latin1.txt is not valid UTF-8');
  });
  it('reads a BOM-prefixed CRLF file, offsets counted after the BOM', () => {
    const crlf = file(
      'crlf.txt',
      `\uFEFF${'Russlands Präsident Wladimir Putin ist für eine Fortsetzung seines Angriffskriegs gegen die Ukraine nach Ansicht der Nato mittlerweile auf Unterstützung aus dem Ausland angewiesen.\r\nZweiter Satz hier.'}`,
    );
    const json = JSON.parse(runWiretrace(['compare', '--wire', wire, crlf, '--format=json']).stdout);
    expect(json.outlets[0].units[0]).toMatchObject({ start: 0, status: 'copied' });
  });
});
