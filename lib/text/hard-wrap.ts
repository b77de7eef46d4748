/**
 * Hard-wraps a text at a fixed width the way archives, e-mail clients and `fold -s` do: each line longer than
 * the width is broken greedily at spaces, a word longer than the width stands on a line of its own, and
 * existing line breaks (paragraphs, blank lines) are kept. Used to check that results do not depend on wrapping.
 */

/** `text` with every line longer than `width` characters broken at spaces. */
export function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => (line.length <= width ? line : wrapLine(line, width)))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(/\s+/).filter(Boolean)) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') lines.push(current);
  return lines.join('\n');
}
