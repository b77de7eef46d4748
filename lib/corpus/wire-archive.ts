/**
 * An in-memory wire archive ready for source discovery: the items, their fingerprint index and their stories.
 * This is what `wiretrace match --wires …` and the corpus benchmark use; the database side finds candidates with
 * SQL instead and shares the verification ({@link verifyCandidates}).
 * Method: fingerprint every item (counting its words' document frequencies on the way, an even sample), index
 * them, group versions, learn the feed's recurring lines (its furniture, once per story), then per article: fingerprint, take the index's best candidates, verify. Known weakness: the whole archive's texts stay in memory (about 2 KB per item).
 */
import { ENGINE_CONFIG, learnFurniture, wordFrequencies } from '../engine';
import { CORPUS_CONFIG } from './config';
import { verifyCandidates, type DiscoveryConfig } from './discovery';
import { fingerprint, fingerprintWords, normalizedWords } from './fingerprint';
import { WireFingerprintIndexBuilder, type WireFingerprintIndex } from './fingerprint-index';
import type { ArticleItem, ArticleMatch, WireItem } from './types';
import { groupVersions } from './versions';

/** Called while an archive is built: what is being done and how far it is. */
export type ArchiveProgress = (stage: 'fingerprint' | 'versions', done: number, total: number) => void;

/** Wire items indexed for discovery; build with {@link buildWireArchive}. */
export interface WireArchive {
  readonly wires: readonly WireItem[];
  readonly index: WireFingerprintIndex;
  /** Story id of each item, by item number. */
  readonly stories: readonly string[];
  /** Traces one article to its sources. */
  match(article: ArticleItem, config?: DiscoveryConfig): ArticleMatch;
}

/** Fingerprints, indexes and groups `wires` (ids must be distinct; the caller decides which duplicate wins). */
export function buildWireArchive(wires: readonly WireItem[], onProgress?: ArchiveProgress): WireArchive {
  const builder = new WireFingerprintIndexBuilder();
  const prints: Int32Array[] = [];
  // The versions of one agency story count once for the stock-phrase filter.
  const storyNumbers = new Map<string, number>();
  // Word frequencies are counted over an even sample of the archive (the engine trusts them from 1,000 items on).
  const sampleEvery = Math.max(1, Math.ceil(wires.length / ENGINE_CONFIG.archiveWords.sampleTexts));
  const sampledWords: string[][] = [];
  wires.forEach((wire, i) => {
    const words = normalizedWords(wire.text);
    if (i % sampleEvery === 0) sampledWords.push(words);
    const itemPrints = fingerprintWords(words);
    prints.push(itemPrints);
    let group: number | undefined;
    if (wire.story !== undefined) {
      group = storyNumbers.get(wire.story) ?? storyNumbers.size;
      storyNumbers.set(wire.story, group);
    }
    builder.add(itemPrints, group);
    if (onProgress && (i + 1) % 1000 === 0) onProgress('fingerprint', i + 1, wires.length);
  });
  onProgress?.('fingerprint', wires.length, wires.length);
  const index = builder.build();
  const stories = groupVersions(wires, prints, index);
  onProgress?.('versions', wires.length, wires.length);
  // The feed's recurring lines (contact lines, "Weitere Informationen folgen"), counted once per story.
  const furniture = learnFurniture(
    wires.map((wire) => wire.text),
    'items of this feed',
    stories,
  );
  const frequencies = wordFrequencies(sampledWords);
  const numberOf = new Map(wires.map((wire, i) => [wire.id, i]));
  const getWire = (id: string) => {
    const i = numberOf.get(id);
    return i === undefined ? undefined : { ...wires[i]!, story: stories[i]!, furniture, frequencies };
  };
  return {
    wires,
    index,
    stories,
    match(article, config = CORPUS_CONFIG.discovery) {
      const candidates = index
        .candidates(fingerprint(article.text), config.candidateLimit, config.minSharedFingerprints)
        .map(({ item, shared, score }) => ({ wire: wires[item]!.id, shared, score }));
      return verifyCandidates(article, candidates, getWire, config);
    },
  };
}
