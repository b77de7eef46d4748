// Runs once when the server starts: the database is opened, migrated and checked (integrity, writable) before
// the first request, so a broken data directory, a damaged file or an unreachable DATABASE_URL stops the server
// with a message naming it — not a server that says "Ready" and then answers 500 to everything. Then the admin
// token is loaded or made, for the sign-in link scripts/serve.mjs prints.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startOrExit } = await import('./server/db/start-up');
  await startOrExit();
  const { announceSignIn } = await import('./server/admin/sign-in-announcement');
  await announceSignIn();
}
