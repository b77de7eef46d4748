// For `npm test`: a throwaway PostgreSQL database for the store tests, when the machine has PostgreSQL.
// Starts the first cluster pg_lsclusters lists (Debian/Ubuntu packaging: pg_ctlcluster, run as root), creates a
// role and a database with random names, and hands back its URL (WIRETRACE_TEST_DATABASE_URL) and a cleanup that
// drops both (and stops the cluster when this started it). Anything missing → a plain reason why it was skipped.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

function quiet(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  return {
    ok: !result.error && result.status === 0,
    stdout: result.stdout ?? '',
    stderr: (result.stderr ?? '').trim(),
  };
}

function psql(sql) {
  return quiet('su', ['postgres', '-c', 'psql -X -q -v ON_ERROR_STOP=1'], { input: sql });
}

/**
 * Starts PostgreSQL (when installed) and creates a throwaway database.
 * Returns `{ url, cleanup }`, or `{ skipped: "why" }`.
 */
export function startTestPostgres() {
  if (!quiet('sh', ['-c', 'command -v pg_lsclusters && command -v pg_ctlcluster']).ok)
    return { skipped: 'PostgreSQL is not installed (no pg_lsclusters / pg_ctlcluster)' };
  if (process.getuid?.() !== 0)
    return { skipped: 'starting PostgreSQL needs root (pg_ctlcluster); run npm test as root' };
  const clusters = quiet('pg_lsclusters', ['--no-header']);
  const [version, name, port, status] = clusters.stdout.trim().split('\n')[0]?.trim().split(/\s+/) ?? [];
  if (!clusters.ok || !version || !name || !port)
    return { skipped: `no PostgreSQL cluster found (pg_lsclusters: ${clusters.stderr || 'empty'})` };
  let started = false;
  if (status !== 'online') {
    const start = quiet('pg_ctlcluster', [version, name, 'start']);
    if (!start.ok) return { skipped: `PostgreSQL ${version}/${name} did not start: ${start.stderr}` };
    started = true;
  }
  const id = randomBytes(6).toString('hex');
  const role = `wiretrace_test_${id}`;
  const password = randomBytes(12).toString('hex');
  const created = psql(
    `CREATE ROLE ${role} LOGIN PASSWORD '${password}';\nCREATE DATABASE ${role} OWNER ${role};\n`,
  );
  const stop = () => started && quiet('pg_ctlcluster', [version, name, 'stop']);
  if (!created.ok) {
    stop();
    return {
      skipped: `could not create a test database in PostgreSQL ${version}/${name}: ${created.stderr}`,
    };
  }
  return {
    url: `postgres://${role}:${password}@localhost:${port}/${role}`,
    description: `PostgreSQL ${version}/${name} on port ${port}, database ${role}`,
    cleanup() {
      const dropped = psql(`DROP DATABASE IF EXISTS ${role} WITH (FORCE);\nDROP ROLE IF EXISTS ${role};\n`);
      if (!dropped.ok) console.error(`Could not drop the test database ${role}: ${dropped.stderr}`);
      stop();
    },
  };
}
