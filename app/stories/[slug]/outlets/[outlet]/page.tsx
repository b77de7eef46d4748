import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OutletScreen } from '@/components/story/screens';
import { storyMetadata } from '@/components/story/story-metadata';
import { getStoryPageData, storySlugs } from '../../story-data';

export const dynamicParams = false;

export function generateStaticParams() {
  return storySlugs().flatMap(({ slug }) =>
    (getStoryPageData(slug)?.view.outlets ?? []).map((o) => ({ slug, outlet: o.id })),
  );
}

export async function generateMetadata({
  params,
}: PageProps<'/stories/[slug]/outlets/[outlet]'>): Promise<Metadata> {
  const { slug, outlet } = await params;
  const data = getStoryPageData(slug);
  const name = data?.view.outlets.find((o) => o.id === outlet)?.name;
  return data && name ? storyMetadata(`${name}: ${data.title}`, data.view, data.basePath) : {};
}

export default async function OutletPage({ params }: PageProps<'/stories/[slug]/outlets/[outlet]'>) {
  const { slug, outlet: outletId } = await params;
  const data = getStoryPageData(slug);
  const outlet = data?.view.outlets.find((o) => o.id === outletId);
  if (!data || !outlet) notFound();
  return <OutletScreen data={data} outlet={outlet} />;
}
