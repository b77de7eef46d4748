// Builds the `wiretrace` command line into dist/cli/wiretrace.mjs with esbuild, when the bundle is missing or
// older than any of its sources. Plain JavaScript: bin/wiretrace.mjs and scripts/lib/setup.mjs run it as it is.
// The staleness check compares modification times only (a stat per file, a few milliseconds).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The compiled command line. */
export const cliBundle = path.join(root, 'dist', 'cli', 'wiretrace.mjs');
const entry = path.join(root, 'scripts', 'cli', 'wiretrace.ts');
// The server's alignment worker (server/align-pool.ts) is built beside it: same sources, same staleness.
const workerEntry = path.join(root, 'scripts', 'cli', 'align-worker.ts');
// Everything the bundle may contain: a newer file in any of these makes it stale.
const SOURCES = ['lib', 'scripts/cli', 'scripts/lib', 'server', 'tsconfig.json', 'package.json'];

function newestSourceTime() {
  let newest = 0;
  const visit = (full) => {
    let stat;
    try {
      stat = statSync(full);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(full))
        if (!name.startsWith('.') && name !== 'node_modules') visit(path.join(full, name));
    } else if (stat.mtimeMs > newest) newest = stat.mtimeMs;
  };
  for (const source of SOURCES) visit(path.join(root, source));
  return newest;
}

/** True when the bundle is missing or older than a source file. */
export function cliIsStale() {
  if (!existsSync(cliBundle)) return true;
  return statSync(cliBundle).mtimeMs < newestSourceTime();
}

/** Bundles scripts/cli/wiretrace.ts and the alignment worker (platform node, ESM, npm packages left external). */
export function buildCli() {
  // esbuild is loaded only here: a fresh bundle never pays for it.
  const esbuild = createRequire(import.meta.url)('esbuild');
  esbuild.buildSync({
    entryPoints: [entry, workerEntry],
    outdir: path.dirname(cliBundle),
    outExtension: { '.js': '.mjs' },
    // Commands imported with import() (the database side) become chunks loaded only when run.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warning',
    // Bundled CommonJS helpers may call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __wiretraceRequire } from 'node:module'; const require = __wiretraceRequire(import.meta.url);",
    },
  });
}

/** Builds the bundle when it is stale; says so on stderr. Returns false when there is no bundle to run. */
export function ensureCliBuilt(log = (message) => process.stderr.write(`${message}\n`)) {
  if (!cliIsStale()) return true;
  log('building the CLI…');
  try {
    buildCli();
    return true;
  } catch (error) {
    log(`wiretrace: building the CLI failed: ${error.message}`);
    // Without esbuild (an install without dev dependencies) an older bundle still beats no command at all.
    if (!existsSync(cliBundle)) return false;
    log('wiretrace: running the previous build');
    return true;
  }
}
