import { previewImage, PREVIEW_SIZE } from '@/components/story/preview-image';
import { getComparisonScreenData } from './screen-data';

export const alt = 'Wiretrace: how much of each version comes from the wire';
export const size = PREVIEW_SIZE;
export const contentType = 'image/png';

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  return previewImage(await getComparisonScreenData((await params).id));
}
