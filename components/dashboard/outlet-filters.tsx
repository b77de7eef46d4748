import type { OutletQuery, QueryProblem } from '@/lib/dashboard/outlet-query';

const INPUT = 'rounded border border-stone-400 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-900';

/** The outlets table's filters: a plain GET form (date range, agency, outlet name) that keeps the sort order. */
export function OutletFilters({
  values,
  agencies,
  problems,
  query,
}: {
  values: Record<string, string>;
  agencies: string[];
  problems: QueryProblem[];
  query: OutletQuery;
}) {
  const invalid = (field: string) => {
    const problem = problems.some((p) => p.field === field);
    return problem ? { 'aria-invalid': true, 'aria-describedby': `filter-${field}-problem` } : {};
  };
  return (
    <form method="get" action="/outlets" role="search" aria-label="Filter outlets" className="mt-4">
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm">
          <span className="font-medium">Outlet name contains</span>
          <input name="q" type="search" defaultValue={values.q} className={INPUT} />
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-medium">Agency</span>
          <select name="agency" defaultValue={values.agency} className={INPUT}>
            <option value="">all agencies</option>
            {agencies.map((agency) => (
              <option key={agency} value={agency}>
                {agency}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-medium">Published from</span>
          <input name="from" type="date" defaultValue={values.from} className={INPUT} {...invalid('from')} />
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-medium">to</span>
          <input name="to" type="date" defaultValue={values.to} className={INPUT} {...invalid('to')} />
        </label>
        <button
          type="submit"
          className="rounded bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 dark:bg-sky-500 dark:text-stone-950"
        >
          Filter
        </button>
      </div>
      {problems.map((problem) => (
        <p
          key={problem.field}
          id={`filter-${problem.field}-problem`}
          role="alert"
          className="mt-1 text-sm text-rose-800 dark:text-rose-300"
        >
          {problem.message}
        </p>
      ))}
    </form>
  );
}
