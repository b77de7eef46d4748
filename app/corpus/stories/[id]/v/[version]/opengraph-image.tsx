import { corpusStoryPages, previewSize } from '@/app/comparison-pages';

export const alt = 'Wiretrace: how much of each version comes from the wire';
export const size = previewSize;
export const contentType = 'image/png';
export default corpusStoryPages.previewImage;
