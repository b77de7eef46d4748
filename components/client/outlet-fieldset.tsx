'use client';

import { LIMITS } from '@/lib/comparisons/comparison-input';
import { TextField } from './text-field';

/** One outlet version of the new-comparison form, as typed. */
export interface OutletRow {
  key: number;
  name: string;
  text: string;
  url: string;
  published: string;
}

const inputClass = 'mt-1 block w-full rounded border border-stone-400 bg-white p-2 dark:bg-stone-900';

function FieldError({ message }: { message?: string }) {
  if (!message) return null;
  return <p className="mt-1 text-sm font-medium text-rose-800 dark:text-rose-300">{message}</p>;
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
        <div>
          <label htmlFor={field('name')} className="block font-medium">
            Name
          </label>
          <input
            id={field('name')}
            value={outlet.name}
            placeholder={`Outlet ${i + 1}`}
            maxLength={LIMITS.maxNameChars}
            onChange={(e) => props.onChange({ name: e.target.value })}
            className={inputClass}
          />
          <FieldError message={errors[field('name')]} />
        </div>
        <div>
          <label htmlFor={field('url')} className="block font-medium">
            URL <span className="font-normal text-stone-600 dark:text-stone-400">(optional)</span>
          </label>
          <input
            id={field('url')}
            type="url"
            value={outlet.url}
            placeholder="https://…"
            onChange={(e) => props.onChange({ url: e.target.value })}
            aria-invalid={errors[field('url')] ? true : undefined}
            className={inputClass}
          />
          <FieldError message={errors[field('url')]} />
        </div>
        <div>
          <label htmlFor={field('published')} className="block font-medium">
            Published <span className="font-normal text-stone-600 dark:text-stone-400">(optional)</span>
          </label>
          <input
            id={field('published')}
            type="date"
            value={outlet.published}
            onChange={(e) => props.onChange({ published: e.target.value })}
            aria-invalid={errors[field('published')] ? true : undefined}
            className={inputClass}
          />
          <FieldError message={errors[field('published')]} />
        </div>
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
