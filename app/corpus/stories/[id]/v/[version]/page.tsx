import { corpusStoryPages } from '@/app/comparison-pages';

export const generateMetadata = corpusStoryPages.sideBySide.generateMetadata;
export default corpusStoryPages.sideBySide.Page;
