'use client';

/** A field's error, shown under it. */
export function FieldError({ id, message }: { id?: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-rose-800 dark:text-rose-300">
      {message}
    </p>
  );
}

/** A one-line input with its label, an optional hint beside the label, and its error under it. */
export function InputField(props: {
  id: string;
  label: string;
  /** Shown after the label in a lighter weight, e.g. "(optional)". */
  hint?: string;
  value: string;
  error?: string;
  type?: 'text' | 'url' | 'date';
  maxLength?: number;
  placeholder?: string;
  /** Classes of the wrapper. */
  className?: string;
  /** Replaces the input's default full width. */
  width?: string;
  onChange: (value: string) => void;
}) {
  const errorId = `${props.id}-error`;
  return (
    <div className={props.className}>
      <label htmlFor={props.id} className="block font-medium">
        {props.label}
        {props.hint && (
          <>
            {' '}
            <span className="font-normal text-stone-600 dark:text-stone-400">{props.hint}</span>
          </>
        )}
      </label>
      <input
        id={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        maxLength={props.maxLength}
        placeholder={props.placeholder}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
        className={`mt-1 block ${props.width ?? 'w-full'} rounded border border-stone-400 bg-white p-2 aria-[invalid=true]:border-rose-700 dark:bg-stone-900`}
      />
      <FieldError id={errorId} message={props.error} />
    </div>
  );
}
