// Set-up shared by `npm start` and `npm test`. Plain Node, no dependencies: it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCliBuilt } from '../cli/build-cli.mjs';

/** The repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const INSTALL_STAMP = path.join(root, 'node_modules', '.wiretrace-install-stamp');
const BUILD_STAMP = path.join(root, '.next', 'wiretrace-build-stamp');
// Everything a production build reads; a change to any of it makes the build stale.
const BUILD_INPUTS = [
  'app',
  'components',
  'lib',
  'server',
  'instrumentation.ts',
  'proxy.ts',
  'content',
  'public',
  'next.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];

/** Runs a command in the repository root with inherited output; returns its exit code. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) {
    console.error(`Could not run ${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

function hashFiles(entries) {
  const hash = createHash('sha256');
  const visit = (relative) => {
    const full = path.join(root, relative);
    if (!existsSync(full)) return;
    const stat = statSync(full);
    if (stat.isDirectory()) {
      for (const name of readdirSync(full).sort())
        if (!name.startsWith('.')) visit(path.join(relative, name));
    } else {
      hash.update(relative).update('\0').update(readFileSync(full)).update('\0');
    }
  };
  entries.forEach(visit);
  return hash.digest('hex');
}

function stampMatches(file, value) {
  return existsSync(file) && readFileSync(file, 'utf8') === value;
}

/** Installs dependencies when node_modules is missing or older than package.json / package-lock.json. */
export function ensureInstalled() {
  const want = hashFiles(['package.json', 'package-lock.json']);
  if (stampMatches(INSTALL_STAMP, want)) return true;
  console.log('Installing dependencies (npm install) ...');
  // `npm ci` refuses lockfiles written on another platform; `npm install` respects the lockfile all the same.
  if (run('npm', ['install', '--no-audit', '--no-fund']) !== 0) return false;
  writeFileSync(INSTALL_STAMP, hashFiles(['package.json', 'package-lock.json']));
  return true;
}

/**
 * Builds the command line and the production bundle when missing or older than their sources; returns false when
 * a build fails.
 */
export function ensureBuilt() {
  // The command line (dist/cli/wiretrace.mjs) first: seconds less than a Next build, and independent of it.
  if (!ensureCliBuilt((message) => console.log(message))) return false;
  const want = hashFiles(BUILD_INPUTS);
  if (existsSync(path.join(root, '.next', 'BUILD_ID')) && stampMatches(BUILD_STAMP, want)) {
    console.log('Production build is up to date.');
    return true;
  }
  console.log('Building (next build) ...');
  if (run('npx', ['next', 'build']) !== 0) return false;
  writeFileSync(BUILD_STAMP, want);
  return true;
}
