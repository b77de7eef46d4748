/**
 * A synthetic agency archive for the corpus benchmark: German-looking wire stories with later versions, and
 * articles derived from them or written independently. Deterministic for a seed.
 * Text comes from synthetic-text.ts (ngerman vocabulary, Zipf–Mandelbrot word frequencies), so common pairs and
 * triples recur across the archive as in real copy; every wire opens with a dateline and many carry stock
 * phrases, which the document-frequency filter must absorb.
 * Wire stories: a first version of 8–14 sentences, then up to three later versions, each built from the one
 * before (some sentences edited, some added, one dropped; sometimes a summary of half of it), 1–5 hours apart.
 * Most stories carry the agency's story id; `unlabelledShare` of them do not and must be grouped by derivation.
 * Derived articles take one version, keep most sentences (three in ten keep only two to four among mostly their
 * own), edit a third of them, add their own sentences (with the story's names) and a title, sometimes reorder
 * paragraphs, and are dated after the version they use. Independent articles are the
 * outlet's own text on a story: they reuse two or three of its short name phrases and a stock phrase only.
 * Known weakness: the sentences are word salad with German statistics, not German; the engine's sentence
 * alignment finds them as it finds real ones, but idioms and paraphrase are absent.
 */
import type { ArticleItem, WireItem } from '../../lib/corpus';
import { createRandom, loadVocabulary, STOCK_PHRASES, Writer, type Random } from './synthetic-text';

export { loadVocabulary };

/** What to generate. */
export interface ArchiveSpec {
  wireItems: number;
  derivedArticles: number;
  independentArticles: number;
  seed?: number;
  /** Share of stories without an agency story id (grouped by derivation instead). */
  unlabelledShare?: number;
}

/** An article with the truth about it. */
export interface BenchArticle {
  article: ArticleItem;
  /** The true story of a derived article; undefined for an independent one. */
  story?: string;
}

/** The generated archive with its truth tables. */
export interface SyntheticArchive {
  wires: WireItem[];
  /** The true story of every wire item, by id (also for unlabelled ones). */
  storyOfWire: Map<string, string>;
  articles: BenchArticle[];
}

const CITIES = [
  'Berlin',
  'Hamburg',
  'München',
  'Köln',
  'Frankfurt',
  'Stuttgart',
  'Düsseldorf',
  'Leipzig',
  'Brüssel',
  'Wien',
];
const TITLES = [
  'Ministerin',
  'Minister',
  'Bürgermeister',
  'Sprecherin',
  'Sprecher',
  'Präsident',
  'Vorsitzende',
];
const FIRST_NAMES = [
  'Anna',
  'Lukas',
  'Marie',
  'Jonas',
  'Sophie',
  'Felix',
  'Lea',
  'Paul',
  'Hannah',
  'Max',
  'Clara',
];
const paragraphs = (sentences: string[], random: Random) => {
  const result: string[] = [];
  for (let i = 0; i < sentences.length;) {
    const size = random.int(1, 3);
    result.push(sentences.slice(i, i + size).join(' '));
    i += size;
  }
  return result;
};

/** Generates an archive as specified. */
export function generateArchive(
  spec: ArchiveSpec,
  vocabulary: string[] = loadVocabulary(),
): SyntheticArchive {
  const random = createRandom(spec.seed ?? 42);
  // Word frequency must not follow the dictionary's alphabetical order: shuffle before ranking.
  const ranked = [...vocabulary];
  for (let i = ranked.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [ranked[i], ranked[j]] = [ranked[j]!, ranked[i]!];
  }
  const writer = new Writer(random, ranked);
  const wires: WireItem[] = [];
  const storyOfWire = new Map<string, string>();
  const stories: Array<{ id: string; names: string[]; versions: Array<{ item: WireItem; time: number }> }> =
    [];
  const yearStart = Date.UTC(2024, 0, 1);

  for (let s = 0; wires.length < spec.wireItems; s += 1) {
    const storyId = `story-${s}`;
    const labelled = !random.chance(spec.unlabelledShare ?? 0);
    const names = Array.from(
      { length: 3 },
      () => `${random.pick(TITLES)} ${random.pick(FIRST_NAMES)} ${writer.word()}`,
    );
    const city = random.pick(CITIES);
    let sentences = Array.from({ length: random.int(8, 14) }, () => writer.sentence(names));
    let time = yearStart + Math.floor(random.next() * 360 * 86_400_000);
    const story = { id: storyId, names, versions: [] as Array<{ item: WireItem; time: number }> };
    const versionCount = Math.min(1 + random.int(0, 3), spec.wireItems - wires.length);
    for (let v = 0; v < versionCount; v += 1) {
      if (v > 0) {
        time += random.int(1, 5) * 3_600_000;
        if (random.chance(0.2)) sentences = sentences.filter(() => random.chance(0.5)).slice(0, 8);
        else {
          sentences = sentences.map((sentence) => (random.chance(0.2) ? writer.edit(sentence) : sentence));
          for (let n = random.int(1, 3); n > 0; n -= 1)
            sentences.splice(random.int(1, sentences.length), 0, writer.sentence(names));
          if (random.chance(0.5)) sentences.splice(random.int(1, sentences.length - 1), 1);
        }
        if (sentences.length < 3) sentences.push(writer.sentence(names), writer.sentence(names));
      }
      const item: WireItem = {
        id: `dpa-${s}-${v + 1}`,
        text: `${city} (dpa) - ${paragraphs(sentences, random).join('\n\n')}`,
        title: sentences[0]!.split(' ').slice(0, 6).join(' '),
        published: new Date(time).toISOString(),
        agency: 'dpa',
        ...(labelled ? { story: storyId } : {}),
      };
      wires.push(item);
      storyOfWire.set(item.id, storyId);
      story.versions.push({ item, time });
    }
    stories.push(story);
  }

  const articles: BenchArticle[] = [];
  for (let a = 0; a < spec.derivedArticles; a += 1) {
    const story = random.pick(stories);
    const version = random.pick(story.versions);
    const wireSentences = version.item.text
      .replace(/^.*? \(dpa\) - /, '')
      .split(/(?<=\.)\s+/)
      .filter((sentence) => sentence.trim() !== '');
    // Three in ten are partial: two to four wire sentences inside mostly the outlet's own text.
    const partial = random.chance(0.3);
    let sentences = partial
      ? wireSentences.filter(() => random.chance(0.3)).slice(0, random.int(2, 4))
      : wireSentences.filter(() => random.chance(0.8));
    if (sentences.length < (partial ? 2 : 4)) sentences = wireSentences.slice(0, partial ? 2 : 4);
    // A partial article keeps one wire sentence as it stands, so that it holds the evidence a verdict needs
    // (with every sentence edited, even the engine compared with the true wire may call it independent).
    sentences = sentences.map((sentence, i) =>
      (partial && i === 0) || !random.chance(0.33) ? sentence : writer.edit(sentence),
    );
    for (let n = partial ? random.int(6, 12) : random.int(0, 5); n > 0; n -= 1)
      sentences.splice(random.int(0, sentences.length), 0, writer.sentence(story.names));
    const parts = paragraphs(sentences, random);
    if (random.chance(0.3) && parts.length > 2) {
      const i = random.int(0, parts.length - 2);
      [parts[i], parts[i + 1]] = [parts[i + 1]!, parts[i]!];
    }
    const published = version.time + random.int(0, 48) * 3_600_000;
    articles.push({
      article: {
        id: `article-${a}`,
        text: `${writer.sentence([]).replace(/\.$/, '')}\n\n${parts.join('\n\n')}`,
        outlet: `Outlet ${random.int(1, 40)}`,
        ...(random.chance(0.9) ? { published: new Date(published).toISOString() } : {}),
      },
      story: story.id,
    });
  }
  for (let a = 0; a < spec.independentArticles; a += 1) {
    const story = random.pick(stories);
    const sentences = Array.from({ length: random.int(8, 16) }, () => writer.sentence(story.names));
    sentences.splice(random.int(0, sentences.length), 0, `${random.pick(STOCK_PHRASES)}`);
    articles.push({
      article: {
        id: `own-${a}`,
        text: `${random.pick(CITIES)} - ${paragraphs(sentences, random).join('\n\n')}`,
        outlet: `Outlet ${random.int(1, 40)}`,
        published: new Date(story.versions[0]!.time + 86_400_000).toISOString(),
      },
    });
  }
  // Interleave derived and independent articles, as in a real feed.
  for (let i = articles.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [articles[i], articles[j]] = [articles[j]!, articles[i]!];
  }
  return { wires, storyOfWire, articles };
}
