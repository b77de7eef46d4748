import { describe, expect, it } from 'vitest';
import { createProgress } from './progress';

function fakeStream(isTTY: boolean) {
  const stream = { isTTY, text: '', write: (s: string) => (stream.text += s) };
  return stream;
}

describe('createProgress', () => {
  it('writes a plain line every five seconds when not on a terminal', () => {
    let time = 0;
    const stream = fakeStream(false);
    const progress = createProgress('indexing wires', stream, () => time);
    for (time = 0; time <= 12_000; time += 1000) progress.update(time, 12_000);
    progress.finish('12,000 items');
    expect(stream.text).toBe(
      'indexing wires: 5,000/12,000 (5 s)\nindexing wires: 10,000/12,000 (10 s)\nindexing wires: 12,000 items\n',
    );
  });
  it('redraws a bar on a terminal and clears it when done', () => {
    let time = 0;
    const stream = fakeStream(true);
    const progress = createProgress('matching articles', stream, () => time);
    time = 500;
    progress.update(50, 100);
    expect(stream.text).toBe(`\rmatching articles [${'#'.repeat(15)}${'.'.repeat(15)}] 50/100\u001b[K`);
    progress.finish();
    expect(stream.text.endsWith('\r\u001b[K')).toBe(true);
  });
});
