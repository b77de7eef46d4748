import { corpusStoryPages } from '@/app/comparison-pages';

export const generateMetadata = corpusStoryPages.outlet.generateMetadata;
export default corpusStoryPages.outlet.Page;
