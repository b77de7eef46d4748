// Runs once when the server starts: the database is opened, migrated and checked (integrity, writable) before
// the first request, so a broken data directory, a damaged file or an unreachable DATABASE_URL stops the server
// with a message naming it — not a server that says "Ready" and then answers 500 to everything.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { database, defaultTarget } = await import('./server/db/open-database');
  const { checkDatabase, emptyFileWarning, sizeOf } = await import('./server/db/startup-check');
  const target = defaultTarget();
  const sizeBefore = 'file' in target ? sizeOf(target.file) : null;
  let problems: string[];
  try {
    problems = await checkDatabase(await database());
  } catch (error) {
    problems = [(error as Error).message];
  }
  if (problems.length > 0) {
    for (const problem of problems) console.error(`Wiretrace cannot start: ${problem}`);
    process.exit(1);
  }
  const warning = 'file' in target ? emptyFileWarning(target.file, sizeBefore) : null;
  if (warning) console.warn(warning);
}
