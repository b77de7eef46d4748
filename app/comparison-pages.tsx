/**
 * One page factory for every comparison route: content stories (/stories/<slug>, static), saved comparisons
 * (/c/<id>) and corpus story versions (/corpus/stories/<n>/v/<version>, both on request) share the same views,
 * metadata and preview image. Each route file only picks its part.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { previewImage } from '@/components/story/preview-image';
import { StorySpread } from '@/components/corpus/story-spread';
import { WireVersionsNav } from '@/components/corpus/wire-versions-nav';
import { SavedOn } from '@/components/story/saved-on';
import { OutletScreen, OverviewScreen, SideBySideScreen, WireScreen } from '@/components/story/screens';
import { listStorySlugs } from '@/lib/content/load-stories';
import { pageCount, parsePartNumber } from '@/lib/view/row-pages';
import type { ScreenData } from '@/lib/view/types';
import { loadComparison, type ComparisonKind } from '@/server/comparison-data';
import { screenMetadata } from './screen-metadata';

interface RouteProps {
  params: Promise<Record<string, string>>;
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
}

/** How the route parameters name a comparison of each kind. */
const KEY_OF: Record<ComparisonKind, (params: Record<string, string>) => string> = {
  story: (params) => params.slug ?? '',
  comparison: (params) => (params.version ? `${params.id ?? ''}/${params.version}` : (params.id ?? '')),
  corpus: (params) => `${params.id ?? ''}/${params.version ?? ''}`,
};

/** What stands above every view: when it was saved (saved comparisons), and the wire versions (corpus stories). */
function Prelude({
  data,
  view,
  spread = false,
  versions = true,
}: {
  data: ScreenData;
  view: string;
  spread?: boolean;
  versions?: boolean;
}) {
  return (
    <>
      <SavedOn savedOn={data.savedOn} />
      {versions && <WireVersionsNav versions={data.wireVersions} view={view} />}
      {spread && <StorySpread spread={data.spread} basePath={data.basePath.replace(/\/\d+$/, '')} />}
    </>
  );
}

function comparisonPages(kind: ComparisonKind) {
  const screenOf = async (params: RouteProps['params']) => {
    const key = KEY_OF[kind](await params);
    return (await loadComparison(kind, key))?.screen ?? null;
  };
  // Content stories are static pages: they show every row and never read the query. Saved comparisons and
  // corpus versions are rendered on request, one part of a long comparison at a time (`?rows=`).
  const pageOf = async (data: ScreenData, searchParams: RouteProps['searchParams']) =>
    kind === 'story' ? undefined : parsePartNumber((await searchParams)?.rows, pageCount(data.view.paging));
  const outletOf = async (params: RouteProps['params']) => {
    const data = await screenOf(params);
    const outletId = (await params).outlet;
    const outlet = data?.view.outlets.find((o) => o.id === outletId);
    return data && outlet ? { data, outlet } : null;
  };
  return {
    sideBySide: {
      generateMetadata: async ({ params }: RouteProps): Promise<Metadata> =>
        screenMetadata(await screenOf(params)),
      Page: async function SideBySidePage({ params, searchParams }: RouteProps) {
        const data = await screenOf(params);
        if (!data) notFound();
        return (
          <SideBySideScreen data={data} page={await pageOf(data, searchParams)}>
            <Prelude data={data} view="" />
          </SideBySideScreen>
        );
      },
    },
    overview: {
      generateMetadata: async ({ params }: RouteProps): Promise<Metadata> => {
        const data = await screenOf(params);
        return screenMetadata(data, data ? `Overview: ${data.title}` : undefined);
      },
      Page: async function OverviewPage({ params, searchParams }: RouteProps) {
        const data = await screenOf(params);
        if (!data) notFound();
        return (
          <OverviewScreen data={data} page={await pageOf(data, searchParams)}>
            <Prelude data={data} view="/overview" spread />
          </OverviewScreen>
        );
      },
    },
    outlet: {
      generateMetadata: async ({ params }: RouteProps): Promise<Metadata> => {
        const found = await outletOf(params);
        return screenMetadata(
          found?.data ?? null,
          found ? `${found.outlet.name}: ${found.data.title}` : undefined,
        );
      },
      Page: async function OutletPage({ params, searchParams }: RouteProps) {
        const found = await outletOf(params);
        if (!found) notFound();
        const parts = found.data.view.articleParts[found.outlet.id];
        const part = parsePartNumber((await searchParams)?.part, parts?.starts.length ?? 1);
        return (
          <OutletScreen data={found.data} outlet={found.outlet} page={part}>
            {/* The outlet view goes straight to the article: versions are switched on the other views. */}
            <Prelude data={found.data} view="" versions={false} />
          </OutletScreen>
        );
      },
    },
    wire: {
      generateMetadata: async ({ params }: RouteProps): Promise<Metadata> => {
        const data = await screenOf(params);
        return screenMetadata(data, data ? `Wire: ${data.title}` : undefined);
      },
      Page: async function WirePage({ params, searchParams }: RouteProps) {
        const data = await screenOf(params);
        if (!data) notFound();
        return (
          <WireScreen data={data} page={await pageOf(data, searchParams)}>
            <Prelude data={data} view="/wire" />
          </WireScreen>
        );
      },
    },
    previewImage: async function PreviewImage({ params }: RouteProps) {
      return previewImage(await screenOf(params));
    },
  };
}

/** The pages of content stories. */
export const storyPages = comparisonPages('story');
/** The pages of saved comparisons. */
export const savedComparisonPages = comparisonPages('comparison');
/** The pages of a corpus story's wire versions. */
export const corpusStoryPages = comparisonPages('corpus');

/** Every story slug, for static generation. */
export function storyParams(): Array<{ slug: string }> {
  return listStorySlugs().map((slug) => ({ slug }));
}

/** Every story's outlet pages, for static generation. */
export async function storyOutletParams(): Promise<Array<{ slug: string; outlet: string }>> {
  const pages = await Promise.all(
    storyParams().map(async ({ slug }) => {
      const outlets = (await loadComparison('story', slug))?.screen.view.outlets ?? [];
      return outlets.map((o) => ({ slug, outlet: o.id }));
    }),
  );
  return pages.flat();
}

/** The link-preview image's fixed fields. */
export { PREVIEW_SIZE as previewSize } from '@/components/story/preview-image';
