// `npm run import -- ...`: see scripts/lib/import-command.ts (and --help).
import { runImport } from './lib/import-command';

process.exitCode = runImport(process.argv.slice(2));
