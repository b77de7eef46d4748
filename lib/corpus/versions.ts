/**
 * Wire versions grouped into stories. An agency's story id groups its versions outright; items without one join
 * the items they derive from (a later version built from an earlier one: urgent → first version → update).
 * Method: for each item without a story id, the index proposes the items sharing the most fingerprints; pairs that
 * share at least `minSharedShare` of the smaller item's fingerprints are compared with the engine (earlier text as
 * the wire, later as the outlet; earlier by `published`, else by archive order), and a verdict other than
 * independent unites them (union-find); pairs sharing `sureSharedShare` are united without the engine. Two different agency story ids are never merged.
 * A grouped story without an agency id is named after its first item's id.
 * Known weaknesses: a summary that keeps little of any one version may stay apart; a follow-up story that repeats
 * a long background paragraph of an earlier story can join it.
 */
import { compare } from '../engine';
import { CORPUS_CONFIG } from './config';
import { countShared } from './fingerprint';
import type { WireFingerprintIndex } from './fingerprint-index';
import { publishedTime } from './items';
import type { WireItem } from './types';

/** The versions tunables (see CORPUS_CONFIG.versions). */
export type VersionsConfig = typeof CORPUS_CONFIG.versions;

/**
 * The story id of every wire item, by item number. `prints[i]` are item i's fingerprints and `index` was built
 * from them in the same order.
 */
export function groupVersions(
  wires: readonly WireItem[],
  prints: readonly Int32Array[],
  index: WireFingerprintIndex,
  config: VersionsConfig = CORPUS_CONFIG.versions,
): string[] {
  const parent = Int32Array.from(wires, (_, i) => i);
  // The agency story id a set holds, kept at its root.
  const storyOfRoot = wires.map((wire) => wire.story);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const unite = (a: number, b: number) => {
    const [rootA, rootB] = [find(a), find(b)].sort((x, y) => x - y) as [number, number];
    parent[rootB] = rootA;
    storyOfRoot[rootA] ??= storyOfRoot[rootB];
  };

  wires.forEach((wire, i) => {
    if (wire.story !== undefined) return;
    for (const candidate of index.candidates(prints[i]!, config.verifyTop + 1, 2)) {
      const j = candidate.item;
      if (j === i) continue;
      const [rootI, rootJ] = [find(i), find(j)];
      if (rootI === rootJ) continue;
      if (storyOfRoot[rootI] !== undefined && storyOfRoot[rootJ] !== undefined) continue;
      const smaller = Math.min(prints[i]!.length, prints[j]!.length);
      const shared = countShared(prints[i]!, prints[j]!);
      if (shared < smaller * config.minSharedShare) continue;
      if (shared >= config.sureMinShared && shared >= smaller * config.sureSharedShare) {
        unite(i, j);
        continue;
      }
      const [earlier, later] = isEarlier(wires[j]!, j, wire, i) ? [wires[j]!, wire] : [wire, wires[j]!];
      if (compare(earlier.text, [later.text]).outlets[0]!.verdict !== 'independent') unite(i, j);
    }
  });

  return wires.map((wire, i) => wire.story ?? storyOfRoot[find(i)] ?? wires[find(i)]!.id);
}

function isEarlier(a: WireItem, aIndex: number, b: WireItem, bIndex: number): boolean {
  const [timeA, timeB] = [publishedTime(a.published), publishedTime(b.published)];
  if (!Number.isNaN(timeA) && !Number.isNaN(timeB) && timeA !== timeB) return timeA < timeB;
  return aIndex < bIndex;
}
