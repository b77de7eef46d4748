// Runs once when the server starts: the database is opened and migrated before the first request, so a broken
// data directory or an unreachable DATABASE_URL fails at start with a message naming it, not on a user's first save.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { database } = await import('./server/db/open-database');
  await database();
}
