/**
 * Several versions of one agency text (urgent, first version, update, summary): which one each outlet used.
 * Method: every outlet is aligned with every version; the closest is the one most of its words come from, ties
 * broken by how much of the version it used. An outlet that derives from none is given to the first version.
 * Known weakness: an outlet that combined two versions is given to the one it took more words from; the words it
 * took from the other show as its own.
 */
import type { Alignment } from '../engine';

/** For each outlet, the index of the version it is closest to; `byVersion[v]` aligns every outlet with version v. */
export function closestVersions(byVersion: Alignment[]): number[] {
  const outlets = byVersion[0]?.outlets.length ?? 0;
  return Array.from({ length: outlets }, (_, o) => {
    let best = 0;
    byVersion.forEach((alignment, v) => {
      const candidate = alignment.outlets[o]!;
      const current = byVersion[best]!.outlets[o]!;
      if (candidate.verdict === 'independent') return;
      const better =
        current.verdict === 'independent' ||
        candidate.stats.reuseShare > current.stats.reuseShare ||
        (candidate.stats.reuseShare === current.stats.reuseShare &&
          candidate.stats.wireCoverage > current.stats.wireCoverage);
      if (better) best = v;
    });
    return best;
  });
}
