/**
 * The server's start: open, migrate and check the database (startup-check.ts), or stop the process with one line
 * per problem naming the database and the fix. Called from instrumentation.ts on the Node.js runtime only.
 */
import { database, defaultTarget } from './open-database';
import { checkDatabase, emptyFileWarning, sizeOf } from './startup-check';

/** Checks the database the server will use; exits the process with status 1 when it cannot serve. */
export async function startOrExit(): Promise<void> {
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
