// A long comparison for the reliability script and the end-to-end tests of long pages: a German-like wire of about
// `chars` characters (scripts/corpus-bench/synthetic-text.ts) and versions that copy, edit, drop and add sentences,
// each cut to `chars`. Seeded: the same arguments give the same texts.
import { createRandom, loadVocabulary, Writer } from '../corpus-bench/synthetic-text';

/** The body of POST /api/comparisons for `outlets` versions of a wire, every text at most `chars` long. */
export function syntheticComparison(
  outlets: number,
  chars: number,
  seed = 20_000,
): { title: string; wire: string; outlets: Array<{ name: string; text: string }> } {
  const random = createRandom(seed);
  const writer = new Writer(random, loadVocabulary());
  const names = ['Scholz', 'Berlin', 'Brüssel', 'Meyer'];
  const paragraphs: string[][] = [];
  let length = 0;
  while (length < chars - 2_000) {
    const paragraph = Array.from({ length: random.int(2, 4) }, () => writer.sentence(names));
    length += paragraph.join(' ').length + 2;
    paragraphs.push(paragraph);
  }
  const fit = (text: string) => text.slice(0, chars);
  const versions = Array.from({ length: outlets }, (_, n) => {
    const text = paragraphs
      .map((paragraph) =>
        paragraph
          .flatMap((sentence) => {
            const roll = random.next();
            const own = random.chance(0.1) ? [writer.sentence(names)] : [];
            if (roll < 0.15) return own;
            return [roll < 0.3 ? writer.edit(sentence) : sentence, ...own];
          })
          .join(' '),
      )
      .filter(Boolean)
      .join('\n\n');
    return { name: `Outlet ${n + 1}`, text: fit(text) };
  });
  return {
    title: `${outlets} versions of ${chars.toLocaleString('en')} characters`,
    wire: fit(paragraphs.map((p) => p.join(' ')).join('\n\n')),
    outlets: versions,
  };
}
