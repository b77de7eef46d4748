import { storyPages, storyParams } from '@/app/comparison-pages';

export const dynamicParams = false;
export const generateStaticParams = storyParams;
export const generateMetadata = storyPages.sideBySide.generateMetadata;
export default storyPages.sideBySide.Page;
