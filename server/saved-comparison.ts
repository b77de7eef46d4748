/**
 * A saved comparison as screens: one per wire version (each outlet shown with the version closest to it) and one
 * per outlet taken as the base, for copy chains where one outlet copied another. Keys: `<id>` (the first wire
 * version, at the comparison's own address, as every link shared before versions existed), `<id>/<n>` (wire
 * version n, from 1), `<id>/o<n>` (outlet n as the base) and `<id>/all` (every outlet against the first wire
 * version: what the exports give, so that no outlet is left out of a download).
 */
import { closestVersions } from '@/lib/view/closest-version';
import type { ComparisonTexts } from '@/lib/view/story-view';
import { alignOffThread } from './align-pool';
import { alignSaved } from './stored-alignments';
import type { WireVersionLink } from '@/lib/view/types';
import type { LoadedComparison } from './comparison-data';
import { comparisonStore, isComparisonId, type SavedComparison } from './comparison-store';

type Base = { kind: 'wire' | 'outlet'; index: number };

function parseBase(version: string | undefined, wires: number, outlets: number): Base | null {
  if (version === undefined) return { kind: 'wire', index: 0 };
  const match = /^(o?)([1-9]\d{0,2})$/.exec(version);
  if (!match) return null;
  const index = Number(match[2]) - 1;
  const kind = match[1] ? 'outlet' : 'wire';
  return index < (kind === 'wire' ? wires : outlets) ? { kind, index } : null;
}

function outletsOf(saved: SavedComparison): ComparisonTexts['outlets'] {
  return saved.outlets.map((o, i) => ({
    id: `outlet-${i + 1}`,
    name: o.name,
    text: o.text,
    ...(o.url ? { url: o.url } : {}),
    ...(o.published ? { date: o.published.slice(0, 10) } : {}),
  }));
}

/** The saved comparison under `key` (see the module comment), aligned for its screen; null when there is none. */
export async function loadSavedComparison(key: string): Promise<LoadedComparison | null> {
  const [id = '', version] = key.split('/');
  if (!isComparisonId(id)) return null;
  const saved = await comparisonStore().get(id);
  if (!saved) return null;
  const wires = [
    { text: saved.wireText, label: 'Wire', published: saved.wirePublished },
    ...(saved.wireVersions ?? []).map((v, i) => ({ ...v, label: v.label ?? `Wire version ${i + 2}` })),
  ];
  const allOutlets = outletsOf(saved);
  const base = parseBase(version === 'all' ? undefined : version, wires.length, allOutlets.length);
  if (!base) return null;

  const byVersion =
    wires.length > 1
      ? await Promise.all(
          wires.map(
            async (wire) => (await alignOffThread({ wireText: wire.text, outlets: allOutlets })).alignment,
          ),
        )
      : [];
  const closest = wires.length > 1 ? closestVersions(byVersion) : allOutlets.map(() => 0);
  const hrefOf = (b: Base) =>
    b.kind === 'wire' && b.index === 0
      ? `/c/${id}`
      : `/c/${id}/v/${b.kind === 'outlet' ? 'o' : ''}${b.index + 1}`;

  let texts: ComparisonTexts;
  let wireName: string;
  if (base.kind === 'wire') {
    wireName = wires.length > 1 ? wires[base.index]!.label : 'wire';
    texts = {
      wireText: wires[base.index]!.text,
      outlets: allOutlets.filter((_, o) => version === 'all' || closest[o] === base.index),
    };
  } else {
    // Copy chains: one outlet as the base, the wire and every other outlet compared with it.
    const chosen = allOutlets[base.index]!;
    wireName = chosen.name;
    texts = {
      wireText: chosen.text,
      outlets: [
        { id: 'agency-wire', name: saved.agency ? `Wire (${saved.agency})` : 'Wire', text: saved.wireText },
        ...allOutlets.filter((_, o) => o !== base.index),
      ],
    };
  }
  const { alignment, view } = await alignSaved(key, id, texts);
  const current = (b: Base) => b.kind === base.kind && b.index === base.index;
  const versions: WireVersionLink[] = [
    ...wires.map((wire, index) => ({
      kind: 'wire' as const,
      id: `v${index + 1}`,
      label: wire.label,
      href: hrefOf({ kind: 'wire', index }),
      current: current({ kind: 'wire', index }),
      outlets: closest.filter((c) => c === index).length,
      ...(wire.published ? { published: wire.published } : {}),
    })),
    ...allOutlets.map((outlet, index) => ({
      kind: 'outlet' as const,
      id: `o${index + 1}`,
      label: outlet.name,
      href: hrefOf({ kind: 'outlet', index }),
      current: current({ kind: 'outlet', index }),
      outlets: allOutlets.length,
    })),
  ];
  return {
    screen: {
      title: base.kind === 'wire' ? saved.title : `${saved.title} — against ${wireName}`,
      // The story's date is the wire's, when given; the day it was saved is shown apart as such.
      ...(saved.wirePublished ? { date: saved.wirePublished.slice(0, 10) } : {}),
      savedOn: saved.createdAt,
      agency: base.kind === 'wire' ? (saved.agency ?? '') : '',
      view,
      basePath: hrefOf(base),
      exportHref: `/api/comparisons/${id}`,
      unlisted: true,
      wireVersions: versions,
    },
    texts,
    alignment,
    sources: { wire: wireName, outlets: texts.outlets.map((o) => o.name) },
    ...(saved.wireVersions?.length ? { wireVersions: saved.wireVersions } : {}),
  };
}
