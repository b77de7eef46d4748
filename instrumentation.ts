// Runs once when the server starts: the database is opened, migrated and checked (integrity, writable) before
// the first request, so a broken data directory, a damaged file or an unreachable DATABASE_URL stops the server
// with a message naming it — not a server that says "Ready" and then answers 500 to everything.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startOrExit } = await import('./server/db/start-up');
  await startOrExit();
}
