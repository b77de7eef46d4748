'use client';

import { LIMITS } from '@/lib/comparisons/comparison-input';
import { InputField } from './input-field';
import { TextField } from './text-field';

/** One outlet version of the new-comparison form, as typed. */
export interface OutletRow {
  key: number;
  name: string;
  text: string;
  url: string;
  published: string;
}

/** The fields of one outlet version: name, URL, publication date and text, each with its error beside it. */
export function OutletFieldset(props: {
  index: number;
  outlet: OutletRow;
  errors: Record<string, string>;
  removable: boolean;
  onChange: (change: Partial<OutletRow>) => void;
  onRemove: () => void;
  onFileError: (field: string, message: string) => void;
}) {
  const { index: i, outlet, errors } = props;
  const field = (name: string) => `outlets.${i}.${name}`;
  return (
    <fieldset
      className="mt-6 rounded-lg border border-stone-300 p-3 dark:border-stone-700"
      data-outlet-row={i + 1}
    >
      <legend className="px-1 text-lg font-semibold">Outlet version {i + 1}</legend>
      <div className="grid gap-3 sm:grid-cols-3">
        <InputField
          id={field('name')}
          label="Name"
          value={outlet.name}
          placeholder={`Outlet ${i + 1}`}
          maxLength={LIMITS.maxNameChars}
          error={errors[field('name')]}
          onChange={(name) => props.onChange({ name })}
        />
        <InputField
          id={field('url')}
          label="URL"
          hint="(optional)"
          type="url"
          value={outlet.url}
          placeholder="https://…"
          error={errors[field('url')]}
          onChange={(url) => props.onChange({ url })}
        />
        <InputField
          id={field('published')}
          label="Published"
          hint="(optional)"
          type="date"
          value={outlet.published}
          error={errors[field('published')]}
          onChange={(published) => props.onChange({ published })}
        />
      </div>
      <TextField
        id={field('text')}
        label="Its text"
        rows={6}
        value={outlet.text}
        error={errors[field('text')]}
        onChange={(text) => props.onChange({ text })}
        onFileError={(m) => props.onFileError(field('text'), m)}
      />
      {props.removable && (
        <button
          type="button"
          onClick={props.onRemove}
          className="mt-2 rounded border border-stone-400 px-3 py-1 text-sm"
        >
          Remove outlet version {i + 1}
        </button>
      )}
    </fieldset>
  );
}
