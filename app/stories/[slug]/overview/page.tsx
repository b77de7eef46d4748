import { storyPages, storyParams } from '@/app/comparison-pages';

export const dynamicParams = false;
export const generateStaticParams = storyParams;
export const generateMetadata = storyPages.overview.generateMetadata;
export default storyPages.overview.Page;
