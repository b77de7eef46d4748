import type { Metadata } from 'next';
import { connection } from 'next/server';
import { corpus } from '@/server/corpus/corpus';
import { corpusProblem } from '@/server/corpus/corpus-problem';
import type { JobInfo } from '@/server/corpus/types';

export const metadata: Metadata = { title: 'Imports and jobs' };

// A running job that has not reported for this long has most likely died with its process.
const STALE_AFTER_MS = 60_000;

type JobState = JobInfo['status'] | 'stalled';

/** Each job with its state as of now: a running job silent for too long is shown as stalled. */
async function jobsWithState(): Promise<Array<{ job: JobInfo; state: JobState }>> {
  const jobs = await (await corpus()).listJobs(50);
  const now = Date.now();
  return jobs.map((job) => ({
    job,
    state:
      job.status === 'running' && now - Date.parse(job.updatedAt) > STALE_AFTER_MS ? 'stalled' : job.status,
  }));
}

function JobRow({ job, state }: { job: JobInfo; state: JobState }) {
  const share = job.total ? Math.min(1, job.done / job.total) : null;
  return (
    <li
      data-job={job.id}
      data-state={state}
      className="rounded-lg border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900"
    >
      <p className="font-medium">
        {job.kind === 'import' ? 'Import' : 'Trace'} #{job.id}{' '}
        <span className="ml-1 rounded bg-stone-200 px-1.5 text-xs uppercase dark:bg-stone-700">{state}</span>
      </p>
      {job.message && <p className="text-sm text-stone-700 dark:text-stone-300">{job.message}</p>}
      <p className="mt-1 text-sm tabular-nums">
        {job.done}
        {job.total !== null && <> of {job.total}</>} items
        {share !== null && <> · {Math.round(share * 100)} %</>} · started{' '}
        {job.startedAt.slice(0, 19).replace('T', ' ')} UTC
        {job.finishedAt && <> · finished {job.finishedAt.slice(0, 19).replace('T', ' ')} UTC</>}
      </p>
      {share !== null && (
        <progress
          value={job.done}
          max={job.total ?? undefined}
          className="mt-1 h-2 w-full max-w-md"
          aria-label={`Job ${job.id} progress`}
        >
          {Math.round(share * 100)} %
        </progress>
      )}
    </li>
  );
}

/** Imports and trace jobs with their progress; the page reloads itself while one runs. */
export default async function JobsPage() {
  // Progress changes all the time: render on every request, never at build time.
  await connection();
  const result = await corpusProblem(jobsWithState);
  const running = 'value' in result && result.value.some(({ state }) => state === 'running');
  return (
    <>
      {/* No client script: while work runs, the page simply reloads every five seconds. */}
      {running && <meta httpEquiv="refresh" content="5" />}
      <h1 className="text-2xl font-semibold tracking-tight">Imports and jobs</h1>
      <p className="mt-1 max-w-2xl text-stone-700 dark:text-stone-300">
        Imports and tracing run in the background (started with <code>wiretrace import</code>); this page
        shows their progress{running ? ' and refreshes itself while they run' : ''}.
      </p>
      {'problem' in result ? (
        <p role="alert" className="mt-4 text-rose-800 dark:text-rose-300">
          The archive cannot be read: {result.problem}
        </p>
      ) : result.value.length === 0 ? (
        <p className="mt-4">No import has run yet.</p>
      ) : (
        <ol className="mt-4 grid gap-2" aria-label="Jobs">
          {result.value.map(({ job, state }) => (
            <JobRow key={job.id} job={job} state={state} />
          ))}
        </ol>
      )}
    </>
  );
}
