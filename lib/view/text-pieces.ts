/**
 * Turns an engine unit into text pieces: the outlet's words marked same or inserted, the wire's deleted words
 * in place between them, and the punctuation and spaces between words kept as published.
 */
import type { OutletUnit } from '../engine';
import type { TextPiece } from './types';

/** Trims whitespace off a [start, end) range of `text`. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return [start, end];
}

/** The pieces of one outlet unit; plain text unless the unit is edited. */
export function unitPieces(unit: OutletUnit, outletText: string, wireText: string): TextPiece[] {
  const [start, end] = trimRange(outletText, unit.start, unit.end);
  if (unit.status !== 'edited') return [{ text: outletText.slice(start, end), kind: 'plain' }];
  const pieces: TextPiece[] = [];
  const push = (text: string, kind: TextPiece['kind']) => {
    if (text === '') return;
    const last = pieces.at(-1);
    if (last && last.kind === kind) last.text += text;
    else pieces.push({ text, kind });
  };
  let cursor = start;
  for (const op of unit.diff) {
    if (op.op === 'del') {
      // Deleted wire words stand where the outlet left them out, set off by a space.
      push(' ', 'plain');
      push(wireText.slice(op.start, op.end), 'del');
      continue;
    }
    push(outletText.slice(cursor, op.start), 'plain');
    push(outletText.slice(op.start, op.end), op.op);
    cursor = op.end;
  }
  push(outletText.slice(cursor, end), 'plain');
  // A leading deletion gets no space before it.
  if (pieces[0]?.kind === 'plain' && pieces[0].text === ' ') pieces.shift();
  return pieces;
}
