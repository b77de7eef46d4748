import { savedComparisonPages } from '@/app/comparison-pages';

export const generateMetadata = savedComparisonPages.wire.generateMetadata;
export default savedComparisonPages.wire.Page;
