#!/usr/bin/env node
// `npm start`: install when needed, build when needed, serve (scripts/serve.mjs) on http://localhost:3000 (PORT
// or --port overrides).
import { ensureBuilt, ensureInstalled, run } from './lib/setup.mjs';

const portFlag = process.argv.indexOf('--port');
const port = (portFlag > -1 ? process.argv[portFlag + 1] : undefined) ?? process.env.PORT ?? '3000';
if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
  console.error(
    `Invalid port "${port}": give a number from 1 to 65535 (PORT=3001 npm start, or npm start -- --port 3001).`,
  );
  process.exit(2);
}
if (!ensureInstalled()) {
  console.error('npm install failed; see the output above.');
  process.exit(1);
}
if (!ensureBuilt()) {
  console.error('The production build failed; see the output above.');
  process.exit(1);
}
console.log(`Serving Wiretrace on http://localhost:${port}`);
process.exit(run(process.execPath, ['scripts/serve.mjs', '--port', port]));
