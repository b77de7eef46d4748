'use client';

import { useEffect, useState } from 'react';
import type { FieldError } from '@/lib/comparisons/comparison-input';
import { percent } from '@/lib/text/percent';
import type { SourceLookup } from '@/server/corpus/types';
import { InputField } from './input-field';
import { rememberComparison } from './my-comparisons';
import { TextField } from './text-field';

const DRAFT_KEY = 'wiretrace:find-source';

/** Paste or upload an article; the archive is searched and, when a source is found, the comparison opens. */
export function FindSourceForm() {
  const [text, setText] = useState('');
  const [published, setPublished] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState('');
  const [busy, setBusy] = useState(false);
  const [lookup, setLookup] = useState<SourceLookup | null>(null);

  useEffect(() => {
    // Restores the article typed before a reload: nothing typed is lost.
    const saved = window.localStorage.getItem(DRAFT_KEY);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- restoring from storage, an external system
    if (saved) setText(saved);
  }, []);

  const changeText = (value: string) => {
    setText(value);
    window.localStorage.setItem(DRAFT_KEY, value);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setSummary('');
    setErrors({});
    setLookup(null);
    try {
      const response = await fetch('/api/sources', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text, published, open: true }),
      });
      const body = (await response.json().catch(() => ({}))) as Partial<SourceLookup> & {
        comparison?: { id: string; url: string; title: string; deleteToken: string };
        error?: string;
        errors?: FieldError[];
      };
      if (response.ok && body.comparison) {
        // Saved like any comparison: "My comparisons" lists it, with the secret that deletes it.
        const { id, title, deleteToken } = body.comparison;
        rememberComparison({ id, title, savedOn: new Date().toISOString(), deleteToken });
        window.localStorage.removeItem(DRAFT_KEY);
        window.location.assign(body.comparison.url);
        return;
      }
      if (response.ok && body.sources) {
        setLookup(body as SourceLookup);
        return;
      }
      setErrors(Object.fromEntries((body.errors ?? []).map((e) => [e.field, e.message])));
      setSummary(body.error ?? `The server answered ${response.status}. Your text is still here; try again.`);
    } catch {
      setSummary('Could not reach the server. Your text is still here; try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form onSubmit={submit} noValidate className="mt-4 max-w-4xl" aria-label="Find the source">
        {summary && (
          <p
            role="alert"
            className="mb-4 rounded border border-rose-700 bg-rose-50 p-3 font-medium text-rose-900 dark:bg-rose-950 dark:text-rose-200"
          >
            {summary}
          </p>
        )}
        <TextField
          id="article"
          label="The article"
          rows={10}
          value={text}
          error={errors.text}
          onChange={changeText}
          onFileError={(message) => setErrors((current) => ({ ...current, text: message }))}
        />
        <InputField
          id="published"
          label="Published"
          hint="(optional: wire items sent later cannot be its source)"
          type="date"
          value={published}
          error={errors.published}
          className="mt-4"
          width="w-auto"
          onChange={setPublished}
        />
        <p className="mt-4">
          <button
            type="submit"
            disabled={busy}
            className="rounded bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 disabled:opacity-60 dark:bg-sky-500 dark:text-stone-950"
          >
            {busy ? 'Searching the archive…' : 'Find the source'}
          </button>
        </p>
      </form>
      {lookup && <NoSource lookup={lookup} />}
    </>
  );
}

function NoSource({ lookup }: { lookup: SourceLookup }) {
  return (
    <section aria-labelledby="no-source-heading" className="mt-6 max-w-4xl" data-lookup="independent">
      <h2 id="no-source-heading" className="text-lg font-semibold">
        No wire text in the archive was copied
      </h2>
      <p className="text-sm text-stone-700 dark:text-stone-300">
        Searched {lookup.archiveSize.toLocaleString('en')} wire items with {lookup.fingerprints} fingerprints
        of the article (stock phrases left out).{' '}
        {lookup.nearest.length === 0
          ? 'No wire item shares a run of its wording.'
          : 'The nearest candidates, and why they are not enough:'}
      </p>
      {lookup.nearest.length > 0 && (
        <ol className="mt-2 space-y-2 text-sm">
          {lookup.nearest.map((candidate) => (
            <li
              key={candidate.wire}
              data-candidate={candidate.wire}
              className="rounded border border-stone-300 p-2 dark:border-stone-700"
            >
              <span className="font-medium">{candidate.title ?? candidate.wire}</span>
              {candidate.published && <> · {candidate.published.slice(0, 10)}</>} · shares{' '}
              {candidate.sharedFingerprints} fingerprints ({percent(candidate.score)} of the article&apos;s)
              {candidate.verified && (
                <>
                  {' '}
                  · engine: {candidate.verified.verdict}, {percent(candidate.verified.reuseShare)} from it
                </>
              )}
              <span className="block text-stone-700 dark:text-stone-300">{candidate.why}</span>
              {candidate.storyId !== null && (
                <a
                  href={`/corpus/stories/${candidate.storyId}`}
                  className="text-sky-800 underline dark:text-sky-300"
                >
                  Open its story
                </a>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
