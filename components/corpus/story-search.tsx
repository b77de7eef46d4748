import type { StoryListParse } from '@/lib/view/story-list-query';

const FIELDS = [
  { name: 'title', label: 'Title contains', type: 'search' },
  { name: 'agency', label: 'Agency', type: 'text' },
  { name: 'from', label: 'From', type: 'date' },
  { name: 'to', label: 'To', type: 'date' },
] as const;

/** The story search: a plain GET form, so results are links that can be shared. */
export function StorySearch({ parsed, values }: { parsed: StoryListParse; values: Record<string, string> }) {
  return (
    <form method="get" action="/" role="search" aria-label="Search archive stories" className="mt-4">
      <div className="flex flex-wrap items-end gap-3">
        {FIELDS.map((field) => {
          const problem = parsed.problems.find((p) => p.field === field.name);
          return (
            <label key={field.name} className="flex flex-col text-sm">
              <span className="font-medium">{field.label}</span>
              <input
                name={field.name}
                type={field.type}
                defaultValue={values[field.name] ?? ''}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? `search-${field.name}-problem` : undefined}
                className="rounded border border-stone-400 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-900"
              />
            </label>
          );
        })}
        <button
          type="submit"
          className="rounded bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 dark:bg-sky-500 dark:text-stone-950"
        >
          Search
        </button>
      </div>
      {parsed.problems.map((problem) => (
        <p
          key={problem.field}
          id={`search-${problem.field}-problem`}
          role="alert"
          className="mt-1 text-sm text-rose-800 dark:text-rose-300"
        >
          {problem.message}
        </p>
      ))}
    </form>
  );
}
