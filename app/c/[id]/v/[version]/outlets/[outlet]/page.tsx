import { savedComparisonPages } from '@/app/comparison-pages';

export const generateMetadata = savedComparisonPages.outlet.generateMetadata;
export default savedComparisonPages.outlet.Page;
