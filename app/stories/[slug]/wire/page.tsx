import { storyPages, storyParams } from '@/app/comparison-pages';

export const dynamicParams = false;
export const generateStaticParams = storyParams;
export const generateMetadata = storyPages.wire.generateMetadata;
export default storyPages.wire.Page;
