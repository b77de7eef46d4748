'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { LIMITS, type FieldError } from '@/lib/comparisons/comparison-input';
import { AddFiles, type FileVersion } from './add-files';
import { rememberComparison } from './my-comparisons';
import {
  draftFromBundle,
  emptyDraft,
  emptyOutlet,
  largestKey,
  requestBody,
  restoredDraft,
  type Bundle,
  type Draft,
} from './comparison-draft';
import { OutletFieldset, type OutletRow } from './outlet-fieldset';
import { InputField } from './input-field';
import { TextField } from './text-field';
import { WireMetaFields } from './wire-meta-fields';
import { WireVersionFields } from './wire-version-fields';

const DRAFT_KEY = 'wiretrace:new-comparison';

/**
 * The "new comparison" form: wire text, its metadata and the outlet versions, pasted, uploaded or dropped as
 * several files; kept as a draft until saved. With `?from=<id>` it starts from a saved comparison ("Edit"): saving
 * makes a new link, and the old one stays exactly as it was shared.
 */
export function NewComparisonForm() {
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState('');
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const restored = useRef(false);
  const nextKey = useRef(2);
  const formId = useId();

  useEffect(() => {
    const from = new URLSearchParams(window.location.search).get('from');
    const adopt = (next: Draft) => {
      nextKey.current = largestKey(next) + 1;
      setDraft(next);
    };
    if (from) {
      // Edit: start from the saved comparison's texts and metadata.
      fetch(`/api/comparisons/${encodeURIComponent(from)}?format=bundle`)
        .then(async (response) => {
          if (!response.ok) throw new Error(String(response.status));
          adopt(draftFromBundle((await response.json()) as Bundle));
          setNotice('Started from a saved comparison. Saving makes a new link; the old one stays as it was.');
        })
        .catch(() => setSummary('That comparison could not be loaded to edit (was it deleted?).'))
        .finally(() => (restored.current = true));
      return;
    }
    // Restores what was typed before a reload or a failed save; nothing typed is lost.
    try {
      const saved = JSON.parse(window.localStorage.getItem(DRAFT_KEY) ?? 'null') as Draft | null;
      if (saved && Array.isArray(saved.outlets) && saved.outlets.length > 0) adopt(restoredDraft(saved));
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
  const addFiles = (files: FileVersion[]) =>
    setDraft((current) => {
      // An untouched empty first version is replaced rather than left standing empty.
      const kept = current.outlets.filter((o) => o.text.trim() !== '' || o.name.trim() !== '');
      const added = files.map((file) => ({ ...emptyOutlet(nextKey.current++), ...file }));
      return { ...current, outlets: [...kept, ...added].slice(0, LIMITS.maxOutlets) };
    });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setSummary('');
    setErrors({});
    try {
      const response = await fetch('/api/comparisons', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(requestBody(draft)),
      });
      const body = (await response.json().catch(() => ({}))) as {
        id?: string;
        url?: string;
        deleteToken?: string;
        error?: string;
        errors?: FieldError[];
      };
      if (response.status === 201 && body.url && body.id) {
        if (body.deleteToken)
          rememberComparison({
            id: body.id,
            title: draft.title.trim() || draft.wire.trim().split('\n')[0]!.slice(0, 90),
            savedOn: new Date().toISOString(),
            deleteToken: body.deleteToken,
          });
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
      {notice && (
        <p role="status" className="mb-4 rounded border border-sky-700 bg-sky-50 p-3 dark:bg-sky-950">
          {notice}
        </p>
      )}
      <InputField
        id="title"
        label="Title"
        hint="(optional: the wire's first line otherwise)"
        value={draft.title}
        maxLength={LIMITS.maxTitleChars}
        error={errors.title}
        onChange={(title) => update({ title })}
      />

      <fieldset className="mt-6 rounded-lg border border-stone-300 p-3 dark:border-stone-700">
        <legend className="px-1 text-lg font-semibold">Wire text</legend>
        <WireMetaFields
          agency={draft.agency}
          published={draft.wirePublished}
          errors={errors}
          onChange={update}
        />
        <TextField
          id="wire"
          label="The agency's text"
          rows={8}
          value={draft.wire}
          error={errors.wire}
          onChange={(wire) => update({ wire })}
          onFileError={(m) => setField('wire', m)}
        />
        <WireVersionFields
          versions={draft.wireVersions}
          errors={errors}
          onChange={(wireVersions) => update({ wireVersions })}
          onFileError={setField}
          nextKey={() => nextKey.current++}
        />
      </fieldset>

      <AddFiles onAdd={addFiles} disabled={draft.outlets.length >= LIMITS.maxOutlets} />

      {draft.outlets.map((outlet, i) => (
        <OutletFieldset
          key={outlet.key}
          index={i}
          outlet={outlet}
          errors={errors}
          removable={draft.outlets.length > 1}
          onChange={(change) => updateOutlet(outlet.key, change)}
          onRemove={() => update({ outlets: draft.outlets.filter((o) => o.key !== outlet.key) })}
          onFileError={setField}
        />
      ))}
      {errors.outlets && (
        <p className="mt-2 text-sm font-medium text-rose-800 dark:text-rose-300">{errors.outlets}</p>
      )}

      <div className="mt-4 flex flex-wrap gap-3">
        <button
          type="button"
          disabled={draft.outlets.length >= LIMITS.maxOutlets}
          onClick={() => update({ outlets: [...draft.outlets, emptyOutlet(nextKey.current++)] })}
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
        anywhere. This browser remembers the ones you save under{' '}
        <a href="/mine" className="underline">
          My comparisons
        </a>
        , where you can edit or delete them.
      </p>
    </form>
  );
}
