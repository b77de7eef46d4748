import { notFound, redirect } from 'next/navigation';
import { corpus } from '@/server/corpus/corpus';
import { defaultVersion } from '@/server/comparison-data';

/** A corpus story opens on the wire version most of its outlets are closest to. */
export default async function CorpusStoryPage({ params }: PageProps<'/corpus/stories/[id]'>) {
  const { id } = await params;
  const story = /^\d{1,12}$/.test(id) ? await (await corpus()).getStory(Number(id)) : null;
  if (!story) notFound();
  redirect(`/corpus/stories/${id}/v/${defaultVersion(story)}`);
}
