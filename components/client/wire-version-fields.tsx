'use client';

import { LIMITS } from '@/lib/comparisons/comparison-input';
import { FieldError, InputField } from './input-field';
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
          <InputField
            id={`wireVersions.${i}.label`}
            label={`Label of wire version ${i + 2}`}
            hint="(e.g. 2nd version, summary)"
            value={version.label}
            maxLength={LIMITS.maxNameChars}
            width="w-full max-w-md"
            onChange={(label) => change(version.key, { label })}
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
      <FieldError message={errors.wireVersions} />
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
