import { previewImage, PREVIEW_SIZE } from '@/components/story/preview-image';
import { getStoryPageData, storySlugs } from './story-data';

export const alt = 'Wiretrace: how much of each version comes from the wire';
export const size = PREVIEW_SIZE;
export const contentType = 'image/png';
export const generateStaticParams = storySlugs;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  return previewImage(getStoryPageData((await params).slug));
}
