import { corpusStoryPages } from '@/app/comparison-pages';

export const generateMetadata = corpusStoryPages.wire.generateMetadata;
export default corpusStoryPages.wire.Page;
