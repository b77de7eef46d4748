import { corpusStoryPages } from '@/app/comparison-pages';

export const generateMetadata = corpusStoryPages.overview.generateMetadata;
export default corpusStoryPages.overview.Page;
