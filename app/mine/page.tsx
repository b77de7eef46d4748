import type { Metadata } from 'next';
import { MyComparisonsList } from '@/components/client/my-comparisons-list';

export const metadata: Metadata = { title: 'My comparisons', robots: { index: false } };

export default function MyComparisonsPage() {
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">My comparisons</h1>
      <p className="mt-1 max-w-3xl text-stone-700 dark:text-stone-300">
        The comparisons saved from this browser (it keeps their delete secrets; no account, nothing listed
        publicly). <strong>Edit</strong> starts a new comparison from one — links you shared stay exactly as
        they were. <strong>Delete</strong> removes it for everyone: its page, JSON and CSV stop answering.{' '}
        <strong>Forget</strong> only takes it off this list.
      </p>
      <MyComparisonsList />
    </>
  );
}
