'use client';

import { LIMITS } from '@/lib/comparisons/comparison-input';
import { FieldError } from './input-field';

/** Reads an uploaded file as UTF-8 text, refusing binary and non-UTF-8 files with a message. */
export async function readTextFile(file: File): Promise<{ text: string } | { error: string }> {
  if (file.size > LIMITS.maxTextChars * 4)
    return { error: `${file.name} is too large for a text (${Math.round(file.size / 1024)} KB).` };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.includes(0)) return { error: `${file.name} is not a plain-text file (it contains binary data).` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { error: `${file.name} is not UTF-8 text. Save it as UTF-8 and upload it again.` };
  }
}

/** A text area with a .txt upload, its character count against the limit, and its error beside it. */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  error?: string;
  rows: number;
  onChange: (value: string) => void;
  onFileError: (message: string) => void;
}) {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  return (
    <div className="mt-2">
      <label htmlFor={props.id} className="block font-medium">
        {props.label}
      </label>
      <textarea
        id={props.id}
        name={props.id}
        rows={props.rows}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={`${hintId}${props.error ? ` ${errorId}` : ''}`}
        className="mt-1 block w-full rounded border border-stone-400 bg-white p-2 font-serif text-base aria-[invalid=true]:border-rose-700 dark:bg-stone-900"
      />
      <div className="mt-1 flex flex-wrap items-center justify-between gap-2 text-sm">
        <label className="inline-flex min-w-0 flex-wrap items-center gap-x-2">
          <span className="whitespace-nowrap">or upload a .txt file</span>
          <input
            type="file"
            accept=".txt,text/plain"
            className="max-w-full min-w-0 text-sm"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              if (!file) return;
              const result = await readTextFile(file);
              if ('error' in result) props.onFileError(result.error);
              else props.onChange(result.text);
              event.target.value = '';
            }}
          />
        </label>
        <span id={hintId} className="text-stone-600 dark:text-stone-400">
          {props.value.length.toLocaleString('en')} / {LIMITS.maxTextChars.toLocaleString('en')} characters
        </span>
      </div>
      <FieldError id={errorId} message={props.error} />
    </div>
  );
}
