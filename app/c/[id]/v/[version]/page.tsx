import { savedComparisonPages } from '@/app/comparison-pages';

export const generateMetadata = savedComparisonPages.sideBySide.generateMetadata;
export default savedComparisonPages.sideBySide.Page;
