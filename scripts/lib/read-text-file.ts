// Reads a text file with the engine's input checks; the messages name the file. Shared by the command-line tools.
import { readFileSync } from 'node:fs';
import { decodeText, type DecodedText } from '../../lib/text/decode-text';

/** Reads and decodes `file`; on failure the message starts with the path. */
export function readTextFile(file: string): DecodedText {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : `cannot be read (${code ?? (error as Error).message})`;
    return { ok: false, problem: 'encoding', message: `${file}: ${why}` };
  }
  const decoded = decodeText(bytes);
  return decoded.ok ? decoded : { ...decoded, message: `${file} ${decoded.message}` };
}
