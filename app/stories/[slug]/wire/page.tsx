import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Overview } from '@/components/story/overview';
import { StoryHeader } from '@/components/story/story-header';
import { storyMetadata } from '@/components/story/story-metadata';
import { WireView } from '@/components/story/wire-view';
import { getStoryPageData, storySlugs } from '../story-data';

export const dynamicParams = false;
export const generateStaticParams = storySlugs;

export async function generateMetadata({ params }: PageProps<'/stories/[slug]/wire'>): Promise<Metadata> {
  const data = getStoryPageData((await params).slug);
  return data ? storyMetadata(`Wire: ${data.story.meta.title}`, data.view, data.basePath) : {};
}

export default async function WirePage({ params }: PageProps<'/stories/[slug]/wire'>) {
  const data = getStoryPageData((await params).slug);
  if (!data) notFound();
  const { story, view, basePath } = data;
  return (
    <>
      <StoryHeader
        title={story.meta.title}
        date={story.meta.date}
        agency={story.meta.agency}
        versions={story.outlets.length}
        basePath={basePath}
        current="wire"
        firstOutletId={view.outlets[0]?.id}
      />
      <Overview view={view} basePath={basePath} />
      <WireView view={view} basePath={basePath} />
    </>
  );
}
