'use client';

import { LIMITS } from '@/lib/comparisons/comparison-input';
import { TextField } from './text-field';

/** A further version of the agency text, as typed. */
export interface WireVersionRow {
  key: number;
  label: string;
  text: string;
}

/**
 * Further versions of the wire (an update, a summary): each outlet is then compared with the version it is
 * closest to, and the page says which.
 */
export function WireVersionFields(props: {
  versions: WireVersionRow[];
  errors: Record<string, string>;
  onChange: (versions: WireVersionRow[]) => void;
  onFileError: (field: string, message: string) => void;
  nextKey: () => number;
}) {
  const { versions, errors } = props;
  const change = (key: number, patch: Partial<WireVersionRow>) =>
    props.onChange(versions.map((v) => (v.key === key ? { ...v, ...patch } : v)));
  return (
    <>
      {versions.map((version, i) => (
        <div
          key={version.key}
          className="mt-4 border-t border-stone-300 pt-3 dark:border-stone-700"
          data-wire-version={i + 2}
        >
          <label htmlFor={`wireVersions.${i}.label`} className="block font-medium">
            Label of wire version {i + 2}{' '}
            <span className="font-normal text-stone-600 dark:text-stone-400">
              (e.g. 2nd version, summary)
            </span>
          </label>
          <input
            id={`wireVersions.${i}.label`}
            value={version.label}
            maxLength={LIMITS.maxNameChars}
            onChange={(e) => change(version.key, { label: e.target.value })}
            className="mt-1 block w-full max-w-md rounded border border-stone-400 bg-white p-2 dark:bg-stone-900"
          />
          <TextField
            id={`wireVersions.${i}.text`}
            label={`Wire version ${i + 2}`}
            rows={6}
            value={version.text}
            error={errors[`wireVersions.${i}.text`]}
            onChange={(text) => change(version.key, { text })}
            onFileError={(m) => props.onFileError(`wireVersions.${i}.text`, m)}
          />
          <button
            type="button"
            onClick={() => props.onChange(versions.filter((v) => v.key !== version.key))}
            className="mt-2 rounded border border-stone-400 px-3 py-1 text-sm"
          >
            Remove wire version {i + 2}
          </button>
        </div>
      ))}
      {errors.wireVersions && (
        <p className="mt-1 text-sm font-medium text-rose-800 dark:text-rose-300">{errors.wireVersions}</p>
      )}
      <button
        type="button"
        disabled={versions.length >= LIMITS.maxExtraWireVersions}
        onClick={() => props.onChange([...versions, { key: props.nextKey(), label: '', text: '' }])}
        className="mt-3 rounded border border-sky-700 px-3 py-1 text-sm font-medium text-sky-800 disabled:opacity-40 dark:text-sky-200"
      >
        Add another version of the wire
      </button>
    </>
  );
}
