import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { WireScreen } from '@/components/story/screens';
import { comparisonMetadata, getComparisonScreenData } from '../screen-data';

export async function generateMetadata({ params }: PageProps<'/c/[id]/wire'>): Promise<Metadata> {
  const data = await getComparisonScreenData((await params).id);
  return data ? comparisonMetadata(`Wire: ${data.title}`, data) : { robots: { index: false } };
}

export default async function ComparisonWirePage({ params }: PageProps<'/c/[id]/wire'>) {
  const data = await getComparisonScreenData((await params).id);
  if (!data) notFound();
  return <WireScreen data={data} />;
}
