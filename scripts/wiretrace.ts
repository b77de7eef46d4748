// The command line through tsx, for development: `npx tsx scripts/wiretrace.ts …`. Users run bin/wiretrace.mjs
// (`npm run --silent wiretrace -- …`, or `wiretrace` when installed), which runs the compiled bundle.
import { main } from './cli/wiretrace';

process.exitCode = await main(process.argv.slice(2));
