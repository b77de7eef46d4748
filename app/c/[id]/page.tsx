import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SideBySideScreen } from '@/components/story/screens';
import { comparisonMetadata, getComparisonScreenData } from './screen-data';

export async function generateMetadata({ params }: PageProps<'/c/[id]'>): Promise<Metadata> {
  const data = await getComparisonScreenData((await params).id);
  return data ? comparisonMetadata(data.title, data) : { robots: { index: false } };
}

export default async function ComparisonPage({ params }: PageProps<'/c/[id]'>) {
  const data = await getComparisonScreenData((await params).id);
  if (!data) notFound();
  return <SideBySideScreen data={data} />;
}
