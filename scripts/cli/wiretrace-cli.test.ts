import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const launcher = path.join(process.cwd(), 'bin', 'wiretrace.mjs');
const seed = path.join(process.cwd(), 'content', 'nato-nordkorea-kursk-2024-10');
const run = (...argv: string[]) => spawnSync(process.execPath, [launcher, ...argv], { encoding: 'utf8' });

describe('bin/wiretrace.mjs', () => {
  it('prints the top-level help without building anything', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('match --wires <folder|file.jsonl>');
    expect(result.stderr).toBe('');
  });
  it('exits 2 without a command', () => {
    const result = run();
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^wiretrace: no command given/);
  });
  it('runs compare and match through the compiled bundle', () => {
    const compared = run('compare', '--wire', path.join(seed, 'wire.txt'), path.join(seed, 'outlet-001.txt'));
    expect(compared.status).toBe(0);
    expect(compared.stdout).toContain('outlet-001.txt: PARTIAL');
    const matched = run('match', '--wires', seed, '--format', 'csv', path.join(seed, 'outlet-002.txt'));
    expect(matched.status).toBe(0);
    // The seed folder holds the wire and the outlets, grouped into one story: outlet-002's best version is itself.
    expect(matched.stdout.split('\r\n')[1]).toMatch(/,derived,outlet-002\.txt,0\.99\d*,0\.99\d*,1$/);
  }, 60_000);
});
