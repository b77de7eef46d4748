import type { Metadata } from 'next';
import { NewComparisonForm } from '@/components/client/new-comparison-form';

export const metadata: Metadata = { title: 'New comparison', robots: { index: false } };

export default function NewComparisonPage() {
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">New comparison</h1>
      <p className="mt-1 max-w-2xl text-stone-700 dark:text-stone-300">
        Paste or upload an agency&apos;s wire text and the versions outlets published. Wiretrace saves the
        comparison and opens it under its own link.
      </p>
      <NewComparisonForm />
    </>
  );
}
