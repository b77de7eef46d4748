import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyCorpus } from '@/components/dashboard/figures';
import { ENGINE_CONFIG } from '@/lib/engine';
import { corpus } from '@/server/corpus/corpus';
import { corpusProblem } from '@/server/corpus/corpus-problem';
import packageJson from '@/package.json';

export const metadata: Metadata = { title: 'Methods' };
// The snapshot line reads the archive's counts on every request.
export const dynamic = 'force-dynamic';

/** The corpus snapshot id: item counts and the last import, enough to tell two states of an archive apart. */
function snapshotId(counts: { wires: number; articles: number; lastImport: string | null }): string {
  return `w${counts.wires}-a${counts.articles}-${counts.lastImport ?? 'never'}`;
}

export default async function MethodsPage() {
  const result = await corpusProblem(async () => (await corpus()).counts());
  const evidenceRun = ENGINE_CONFIG.verdict.evidenceRunWords;
  const engine = `Wiretrace ${packageJson.version}`;
  return (
    <article className="max-w-3xl">
      <h1 className="text-2xl font-semibold tracking-tight">Methods</h1>
      <p className="mt-1 text-stone-700 dark:text-stone-300">
        How the figures on the{' '}
        <Link href="/outlets" className="text-sky-800 underline dark:text-sky-300">
          outlets
        </Link>{' '}
        pages and in the exports are made, written to be cited in a paper&apos;s methods section.
      </p>

      <section aria-labelledby="snapshot-heading" className="mt-6">
        <h2 id="snapshot-heading" className="text-lg font-semibold">
          Engine and corpus
        </h2>
        {'problem' in result ? (
          <p role="alert" className="mt-2 text-rose-800 dark:text-rose-300">
            The archive cannot be read: {result.problem}
          </p>
        ) : (
          <>
            <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="font-medium">Engine version</dt>
              <dd data-engine-version>{packageJson.version}</dd>
              <dt className="font-medium">Corpus snapshot</dt>
              <dd>
                <code data-snapshot>{snapshotId(result.value)}</code>: {result.value.wires} wire items,{' '}
                {result.value.articles} articles ({result.value.derived} derived, {result.value.partial}{' '}
                partial, {result.value.independent} independent, {result.value.untraced} not traced yet), last
                import{' '}
                {result.value.lastImport
                  ? `${result.value.lastImport.slice(0, 19).replace('T', ' ')} UTC`
                  : 'never'}
              </dd>
            </dl>
            {result.value.wires === 0 && <EmptyCorpus />}
            <h3 className="mt-4 font-medium">Cite this</h3>
            <p
              className="mt-1 rounded border border-stone-300 bg-white p-3 text-sm dark:border-stone-700 dark:bg-stone-900"
              data-cite
            >
              Verdicts and shares computed with {engine} (sentence-level alignment of outlet articles with
              agency wire items), corpus snapshot {snapshotId(result.value)}, accessed{' '}
              {new Date().toISOString().slice(0, 10)}.
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="verdict-heading" className="mt-6 space-y-3">
        <h2 id="verdict-heading" className="text-lg font-semibold">
          How verdicts and shares are decided
        </h2>
        <p>
          <strong>Sources.</strong> Every article is matched against the whole wire archive: an order-free
          index of winnowed word fingerprints proposes candidates (any shared run of {evidenceRun} words is
          guaranteed to be found; fingerprints found in very many items, such as datelines, are dropped), and
          the best candidates are verified by the alignment engine. A wire item published after the article,
          beyond a few hours of clock skew, cannot be its source. Versions of one wire story (by the
          agency&apos;s story id, or by deriving from each other) are grouped, and each article is compared
          with the version it is closest to.
        </p>
        <p>
          <strong>Alignment.</strong> Words are compared in a normalised form (Unicode NFKC, case, hyphen and
          apostrophe variants, ß = ss, number formats, invisible characters, and Cyrillic or Greek look-alikes
          of Latin letters mapped back with Unicode&apos;s confusables data, UTS #39), so typography and
          disguise do not count as editing. Texts are cut into sentences; datelines, credits, interface text,
          dated lines and similar furniture are boilerplate, as are lines that recur across many articles of
          one outlet when those are known. Each outlet sentence is aligned word by word with the wire
          sentences sharing its rarest words, in any order; words inside quotation marks are not evidence of
          copying, since both sides may quote the same speaker.
        </p>
        <p>
          <strong>Verdict.</strong> An article is <em>independent</em> unless it shares a run of {evidenceRun}{' '}
          consecutive wire words outside quotation marks that are not all common words of the language (a run
          of the plain words every report of an announcement uses is set aside as formulaic); it is then{' '}
          <em>derived</em> when at least half of its words come from the wire, else <em>partial</em>. An
          article&apos;s verdict is its best source&apos;s.
        </p>
        <p>
          <strong>Figures.</strong> The <em>reuse share</em> is the share of an article&apos;s words that come
          from the wire version it is closest to; the <em>wire coverage</em> is the share of that
          version&apos;s words the article used; the <em>lag</em> is the article&apos;s publication time minus
          that version&apos;s, in hours, where both are dated. Per outlet, the tables give counts per verdict
          and the medians of these three figures over its traced articles (medians are exact, taken over
          values kept to four decimals and lags to 0.01 h). Weeks are UTC weeks starting on Monday; date
          filters are UTC days, both ends included. The agency filter keeps articles whose closest wire
          version is that agency&apos;s, so independent articles with no candidate at all drop out under it.
        </p>
      </section>

      <section aria-labelledby="limits-heading" className="mt-6 space-y-3">
        <h2 id="limits-heading" className="text-lg font-semibold">
          Known limits
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>A rewrite that keeps no {evidenceRun}-word run reads as independent (textually it is).</li>
          <li>
            Text both sides took from a third source (a press release, an official statement) reads as
            copying.
          </li>
          <li>
            Captions count as the outlet&apos;s own words, so a heavily illustrated copy can come out partial.
          </li>
          <li>
            Articles without an outlet name, and articles not traced since their last import, are not counted.
          </li>
          <li>The outlet figures are rebuilt when the trace job finishes; an import shows up after it.</li>
          <li>
            On the development set (26 labelled texts) the verdict separates derived from independent 26 of 26
            times and matches the exact label 23 of 26; the misses are &quot;partially derived&quot; labels
            called derived.
          </li>
        </ul>
      </section>
    </article>
  );
}
