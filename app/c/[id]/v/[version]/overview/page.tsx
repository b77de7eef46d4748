import { savedComparisonPages } from '@/app/comparison-pages';

export const generateMetadata = savedComparisonPages.overview.generateMetadata;
export default savedComparisonPages.overview.Page;
