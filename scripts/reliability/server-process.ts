// The reliability script's server: scripts/serve.mjs as `npm start` runs it, on 127.0.0.1, with its own data
// folder, started and stopped per section so every section begins from a known state.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PORT = Number(process.env.RELIABILITY_PORT ?? 3217);
export const BASE = `http://127.0.0.1:${PORT}`;
export const dataDir = mkdtempSync(path.join(tmpdir(), 'wiretrace-reliability-'));
export const seedWire = readFileSync('content/nato-nordkorea-kursk-2024-10/wire.txt', 'utf8');
export const seedOutlet = readFileSync('content/nato-nordkorea-kursk-2024-10/outlet-001.txt', 'utf8');

/** The load and crash tests measure the server, not the limits: they raise both. Section 4 restores them. */
export const UNLIMITED = { WIRETRACE_CREATE_LIMIT: '1000000', WIRETRACE_READ_LIMIT: '1000000' };

/** A started server and where its output goes (kept for sections that check what it said). */
export interface Server {
  child: ChildProcess;
  output: () => string;
}

/** Starts the production server; `env` adds to (or overrides) the unlimited defaults. */
export function startServer(env: Record<string, string> = UNLIMITED, fileSizeLimitKb?: number): ChildProcess {
  return startServerWithOutput(env, fileSizeLimitKb).child;
}

/**
 * Starts the production server and collects what it prints. `fileSizeLimitKb` starts it under `ulimit -f`, so
 * that writes past that size fail as on a full disk (for machines where no tmpfs can be mounted).
 */
export function startServerWithOutput(
  env: Record<string, string> = UNLIMITED,
  fileSizeLimitKb?: number,
): Server {
  const command = [process.execPath, 'scripts/serve.mjs', '--port', String(PORT), '--hostname', '127.0.0.1'];
  const [file, args] =
    fileSizeLimitKb === undefined
      ? [command[0]!, command.slice(1)]
      : ['/bin/sh', ['-c', `ulimit -f ${fileSizeLimitKb * 2} && exec "$@"`, 'sh', ...command]];
  const child = spawn(file, args, {
    env: { ...process.env, WIRETRACE_DATA_DIR: dataDir, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

/** Whether something answers on the port. */
export async function isListening(): Promise<boolean> {
  try {
    await fetch(`${BASE}/`, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

/** Resolves with the exit code when the server has exited (null when it was killed by a signal). */
export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Signals the server's process group and waits until it has exited (and freed the port). */
export async function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  const done = exited(child);
  try {
    process.kill(-child.pid!, signal);
  } catch {
    return; // already gone
  }
  await done;
  for (let i = 0; i < 50 && (await isListening()); i += 1)
    await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Saves a comparison; its id, or null when the server refused or was down. */
export async function createOne(title: string, wire = seedWire, outlet = seedOutlet): Promise<string | null> {
  try {
    const response = await fetch(`${BASE}/api/comparisons`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title, wire, outlets: [{ name: 'A', text: outlet }] }),
    });
    if (response.status !== 201) return null;
    return ((await response.json()) as { id: string }).id;
  } catch {
    return null;
  }
}
