'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { LIMITS, type FieldError } from '@/lib/comparisons/comparison-input';
import { TextField } from './text-field';

interface OutletRow {
  key: number;
  name: string;
  text: string;
}

interface Draft {
  title: string;
  wire: string;
  outlets: OutletRow[];
}

const DRAFT_KEY = 'wiretrace:new-comparison';
const emptyDraft = (): Draft => ({ title: '', wire: '', outlets: [{ key: 1, name: '', text: '' }] });

/** The "new comparison" form: wire text and outlet versions, pasted or uploaded; kept as a draft until saved. */
export function NewComparisonForm() {
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState('');
  const [busy, setBusy] = useState(false);
  const restored = useRef(false);
  const nextKey = useRef(2);
  const formId = useId();

  useEffect(() => {
    // Restores what was typed before a reload or a failed save; nothing typed is lost.
    try {
      const saved = JSON.parse(window.localStorage.getItem(DRAFT_KEY) ?? 'null') as Draft | null;
      if (saved && Array.isArray(saved.outlets) && saved.outlets.length > 0) {
        nextKey.current = Math.max(...saved.outlets.map((o) => o.key)) + 1;
        // eslint-disable-next-line react-hooks/set-state-in-effect -- restoring from storage, an external system
        setDraft(saved);
      }
    } catch {
      window.localStorage.removeItem(DRAFT_KEY);
    }
    restored.current = true;
  }, []);

  useEffect(() => {
    if (restored.current) window.localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  }, [draft]);

  const setField = (field: string, message: string) =>
    setErrors((current) => ({ ...current, [field]: message }));
  const update = (change: Partial<Draft>) => setDraft((current) => ({ ...current, ...change }));
  const updateOutlet = (key: number, change: Partial<OutletRow>) =>
    setDraft((current) => ({
      ...current,
      outlets: current.outlets.map((o) => (o.key === key ? { ...o, ...change } : o)),
    }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setSummary('');
    setErrors({});
    try {
      const response = await fetch('/api/comparisons', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          title: draft.title,
          wire: draft.wire,
          outlets: draft.outlets.map(({ name, text }) => ({ name, text })),
        }),
      });
      const body = (await response.json().catch(() => ({}))) as {
        url?: string;
        error?: string;
        errors?: FieldError[];
      };
      if (response.status === 201 && body.url) {
        window.localStorage.removeItem(DRAFT_KEY);
        window.location.assign(body.url);
        return;
      }
      const byField: Record<string, string> = {};
      for (const error of body.errors ?? []) byField[error.field] = error.message;
      setErrors(byField);
      setSummary(
        body.errors?.length
          ? 'Some fields need fixing: see the messages beside them. Your texts are still here.'
          : (body.error ?? `The server answered ${response.status}. Your texts are still here; try again.`),
      );
    } catch {
      setSummary('Could not reach the server. Your texts are still here; try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form id={formId} onSubmit={submit} noValidate className="mt-4 max-w-4xl">
      {summary && (
        <p
          role="alert"
          className="mb-4 rounded border border-rose-700 bg-rose-50 p-3 font-medium text-rose-900 dark:bg-rose-950 dark:text-rose-200"
        >
          {summary}
        </p>
      )}
      <label htmlFor="title" className="block font-medium">
        Title{' '}
        <span className="font-normal text-stone-600 dark:text-stone-400">
          (optional: the wire&apos;s first line otherwise)
        </span>
      </label>
      <input
        id="title"
        value={draft.title}
        onChange={(e) => update({ title: e.target.value })}
        maxLength={LIMITS.maxTitleChars}
        aria-invalid={errors.title ? true : undefined}
        className="mt-1 block w-full rounded border border-stone-400 bg-white p-2 dark:bg-stone-900"
      />
      {errors.title && (
        <p className="mt-1 text-sm font-medium text-rose-800 dark:text-rose-300">{errors.title}</p>
      )}

      <fieldset className="mt-6 rounded-lg border border-stone-300 p-3 dark:border-stone-700">
        <legend className="px-1 text-lg font-semibold">Wire text</legend>
        <TextField
          id="wire"
          label="The agency's text"
          rows={8}
          value={draft.wire}
          error={errors.wire}
          onChange={(wire) => update({ wire })}
          onFileError={(m) => setField('wire', m)}
        />
      </fieldset>

      {draft.outlets.map((outlet, i) => (
        <fieldset
          key={outlet.key}
          className="mt-6 rounded-lg border border-stone-300 p-3 dark:border-stone-700"
          data-outlet-row={i + 1}
        >
          <legend className="px-1 text-lg font-semibold">Outlet version {i + 1}</legend>
          <label htmlFor={`outlets.${i}.name`} className="block font-medium">
            Name
          </label>
          <input
            id={`outlets.${i}.name`}
            value={outlet.name}
            placeholder={`Outlet ${i + 1}`}
            maxLength={LIMITS.maxNameChars}
            onChange={(e) => updateOutlet(outlet.key, { name: e.target.value })}
            className="mt-1 block w-full max-w-md rounded border border-stone-400 bg-white p-2 dark:bg-stone-900"
          />
          {errors[`outlets.${i}.name`] && (
            <p className="mt-1 text-sm font-medium text-rose-800 dark:text-rose-300">
              {errors[`outlets.${i}.name`]}
            </p>
          )}
          <TextField
            id={`outlets.${i}.text`}
            label="Its text"
            rows={6}
            value={outlet.text}
            error={errors[`outlets.${i}.text`]}
            onChange={(text) => updateOutlet(outlet.key, { text })}
            onFileError={(m) => setField(`outlets.${i}.text`, m)}
          />
          {draft.outlets.length > 1 && (
            <button
              type="button"
              onClick={() => update({ outlets: draft.outlets.filter((o) => o.key !== outlet.key) })}
              className="mt-2 rounded border border-stone-400 px-3 py-1 text-sm"
            >
              Remove outlet version {i + 1}
            </button>
          )}
        </fieldset>
      ))}
      {errors.outlets && (
        <p className="mt-2 text-sm font-medium text-rose-800 dark:text-rose-300">{errors.outlets}</p>
      )}

      <div className="mt-4 flex flex-wrap gap-3">
        <button
          type="button"
          disabled={draft.outlets.length >= LIMITS.maxOutlets}
          onClick={() =>
            update({ outlets: [...draft.outlets, { key: nextKey.current++, name: '', text: '' }] })
          }
          className="rounded border border-sky-700 px-4 py-2 font-medium text-sky-800 disabled:opacity-40 dark:text-sky-200"
        >
          Add an outlet version
        </button>
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-sky-700 px-4 py-2 font-semibold text-white disabled:opacity-60 dark:bg-sky-400 dark:text-stone-950"
        >
          {busy ? 'Comparing…' : 'Compare and save'}
        </button>
      </div>
      <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">
        Up to {LIMITS.maxOutlets} versions of up to {LIMITS.maxTextChars.toLocaleString('en')} characters
        each. Saved comparisons get a private link that works for anyone you send it to; they are not listed
        anywhere.
      </p>
    </form>
  );
}
