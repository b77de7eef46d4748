import { storyOutletParams, storyPages } from '@/app/comparison-pages';

export const dynamicParams = false;
export const generateStaticParams = storyOutletParams;
export const generateMetadata = storyPages.outlet.generateMetadata;
export default storyPages.outlet.Page;
