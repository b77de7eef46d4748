import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OutletArticle } from '@/components/story/outlet-article';
import { Overview } from '@/components/story/overview';
import { StoryHeader } from '@/components/story/story-header';
import { storyMetadata } from '@/components/story/story-metadata';
import { getStoryPageData, storySlugs } from '../../story-data';

export const dynamicParams = false;

export function generateStaticParams() {
  return storySlugs().flatMap(({ slug }) =>
    (getStoryPageData(slug)?.story.outlets ?? []).map((o) => ({ slug, outlet: o.id })),
  );
}

export async function generateMetadata({
  params,
}: PageProps<'/stories/[slug]/outlets/[outlet]'>): Promise<Metadata> {
  const { slug, outlet } = await params;
  const data = getStoryPageData(slug);
  const name = data?.view.outlets.find((o) => o.id === outlet)?.name;
  return data && name ? storyMetadata(`${name}: ${data.story.meta.title}`, data.view, data.basePath) : {};
}

export default async function OutletPage({ params }: PageProps<'/stories/[slug]/outlets/[outlet]'>) {
  const { slug, outlet: outletId } = await params;
  const data = getStoryPageData(slug);
  const outlet = data?.view.outlets.find((o) => o.id === outletId);
  if (!data || !outlet) notFound();
  const { story, view, basePath } = data;
  return (
    <>
      <StoryHeader
        title={story.meta.title}
        date={story.meta.date}
        agency={story.meta.agency}
        versions={story.outlets.length}
        basePath={basePath}
        current="outlet"
        firstOutletId={outlet.id}
      />
      <Overview view={view} basePath={basePath} />
      <OutletArticle view={view} outlet={outlet} basePath={basePath} />
    </>
  );
}
