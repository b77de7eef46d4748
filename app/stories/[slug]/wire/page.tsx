import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { WireScreen } from '@/components/story/screens';
import { storyMetadata } from '@/components/story/story-metadata';
import { getStoryPageData, storySlugs } from '../story-data';

export const dynamicParams = false;
export const generateStaticParams = storySlugs;

export async function generateMetadata({ params }: PageProps<'/stories/[slug]/wire'>): Promise<Metadata> {
  const data = getStoryPageData((await params).slug);
  return data ? storyMetadata(`Wire: ${data.title}`, data.view, data.basePath) : {};
}

export default async function WirePage({ params }: PageProps<'/stories/[slug]/wire'>) {
  const data = getStoryPageData((await params).slug);
  if (!data) notFound();
  return <WireScreen data={data} />;
}
