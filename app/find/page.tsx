import type { Metadata } from 'next';
import { FindSourceForm } from '@/components/client/find-source-form';

export const metadata: Metadata = {
  title: 'Find the source',
  description: 'Paste an article: Wiretrace searches the agency archive for the wire text it was built from.',
};

export default function FindSourcePage() {
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Find the source</h1>
      <p className="mt-1 max-w-3xl text-stone-700 dark:text-stone-300">
        Paste or upload an article. Wiretrace searches the imported agency archive for wire text it shares
        runs of wording with — in any order — checks the best candidates sentence by sentence, and opens the
        comparison with the wire text it found (saved under its own unlisted link). When nothing was copied,
        it says so and shows the nearest candidates.
      </p>
      <FindSourceForm />
    </>
  );
}
