// `npm run --silent wiretrace -- compare ...`: see scripts/lib/wiretrace-command.ts (and --help).
import { runWiretrace } from './lib/wiretrace-command';

const { code, stdout, stderr } = runWiretrace(process.argv.slice(2));
if (stdout) process.stdout.write(stdout);
if (stderr) process.stderr.write(stderr);
process.exitCode = code;
