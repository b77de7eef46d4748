// Runs once when the server starts: the database is created and migrated before the first request, so a
// broken data directory fails at start with its path, not on a user's first save.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { comparisonStore, dataDir } = await import('./server/sqlite-store');
  try {
    comparisonStore();
  } catch (error) {
    throw new Error(
      `Cannot open the database in ${dataDir()} (set WIRETRACE_DATA_DIR to a writable folder): ${(error as Error).message}`,
    );
  }
}
