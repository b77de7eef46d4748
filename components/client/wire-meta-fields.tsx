'use client';

import { LIMITS } from '@/lib/comparisons/comparison-input';

const inputClass = 'mt-1 block w-full rounded border border-stone-400 bg-white p-2 dark:bg-stone-900';

/** What is known of the wire: the agency and its publication date (the story's date, not the day of saving). */
export function WireMetaFields(props: {
  agency: string;
  published: string;
  errors: Record<string, string>;
  onChange: (change: { agency?: string; wirePublished?: string }) => void;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div>
        <label htmlFor="agency" className="block font-medium">
          Agency <span className="font-normal text-stone-600 dark:text-stone-400">(optional, e.g. dpa)</span>
        </label>
        <input
          id="agency"
          value={props.agency}
          maxLength={LIMITS.maxAgencyChars}
          onChange={(e) => props.onChange({ agency: e.target.value })}
          className={inputClass}
        />
        {props.errors.agency && (
          <p className="mt-1 text-sm font-medium text-rose-800 dark:text-rose-300">{props.errors.agency}</p>
        )}
      </div>
      <div>
        <label htmlFor="wirePublished" className="block font-medium">
          Published{' '}
          <span className="font-normal text-stone-600 dark:text-stone-400">
            (optional: the story&apos;s date)
          </span>
        </label>
        <input
          id="wirePublished"
          type="date"
          value={props.published}
          onChange={(e) => props.onChange({ wirePublished: e.target.value })}
          aria-invalid={props.errors.wirePublished ? true : undefined}
          className={inputClass}
        />
        {props.errors.wirePublished && (
          <p className="mt-1 text-sm font-medium text-rose-800 dark:text-rose-300">
            {props.errors.wirePublished}
          </p>
        )}
      </div>
    </div>
  );
}
