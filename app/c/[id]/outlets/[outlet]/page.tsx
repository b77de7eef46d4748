import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OutletScreen } from '@/components/story/screens';
import { comparisonMetadata, getComparisonScreenData } from '../../screen-data';

export async function generateMetadata({ params }: PageProps<'/c/[id]/outlets/[outlet]'>): Promise<Metadata> {
  const { id, outlet } = await params;
  const data = await getComparisonScreenData(id);
  const name = data?.view.outlets.find((o) => o.id === outlet)?.name;
  return data && name ? comparisonMetadata(`${name}: ${data.title}`, data) : { robots: { index: false } };
}

export default async function ComparisonOutletPage({ params }: PageProps<'/c/[id]/outlets/[outlet]'>) {
  const { id, outlet: outletId } = await params;
  const data = await getComparisonScreenData(id);
  const outlet = data?.view.outlets.find((o) => o.id === outletId);
  if (!data || !outlet) notFound();
  return <OutletScreen data={data} outlet={outlet} />;
}
