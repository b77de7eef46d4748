import { afterAll, describe, expect, it } from 'vitest';
import { defaultTarget, openDatabase } from './open-database';
import { describePostgresUrl, numberPlaceholders } from './postgres-driver';
import { dropTestSchemas, TEST_DIALECTS } from './test-databases';
import { DatabaseUnavailableError } from './types';

afterAll(dropTestSchemas);

describe('choosing the database', () => {
  it('uses DATABASE_URL when set, else wiretrace.sqlite in the data directory', () => {
    expect(defaultTarget({ DATABASE_URL: 'postgres://u:p@db.example:6432/wt' })).toEqual({
      url: 'postgres://u:p@db.example:6432/wt',
    });
    expect(defaultTarget({})).toMatchObject({ file: expect.stringMatching(/wiretrace\.sqlite$/) });
  });
  it('names host and port of an unreachable PostgreSQL, never the password', async () => {
    // Port 1 on the loopback interface: nothing listens there, so the connection is refused at once.
    const error = await openDatabase({ url: 'postgres://wiretrace:s3cret@127.0.0.1:1/wiretrace' }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(error.message).toBe(
      'Cannot reach the PostgreSQL database at host 127.0.0.1, port 1 (from DATABASE_URL): the connection was ' +
        'refused (is PostgreSQL running and listening there?).',
    );
  });
  it('refuses a DATABASE_URL that is not postgres://', async () => {
    await expect(openDatabase({ url: 'mysql://db/wt' })).rejects.toThrow(/must be a postgres:\/\/ URL/);
  });
  it('numbers placeholders outside quotes and describes URLs without passwords', () => {
    expect(numberPlaceholders('SELECT ? AS a, \'?\' AS b, "?" FROM t WHERE x = ? AND y IN (?, ?)')).toBe(
      'SELECT $1 AS a, \'?\' AS b, "?" FROM t WHERE x = $2 AND y IN ($3, $4)',
    );
    expect(describePostgresUrl('postgres://u:secret@db.internal/corpus')).toEqual({
      host: 'db.internal',
      port: '5432',
      where: 'db.internal:5432/corpus',
    });
  });
});

for (const dialect of TEST_DIALECTS) {
  describe.skipIf(dialect.skip)(`the ${dialect.name} driver`, () => {
    it('commits a transaction that resolves and rolls back one that throws', async () => {
      const db = await openDatabase(await dialect.fresh());
      await db.transaction(async (tx) => {
        await tx.run('INSERT INTO jobs (kind, status, started_at, updated_at) VALUES (?, ?, ?, ?)', [
          'import',
          'done',
          '2024-10-28T09:00:00Z',
          '2024-10-28T09:00:00Z',
        ]);
      });
      await expect(
        db.transaction(async (tx) => {
          await tx.run(
            "INSERT INTO jobs (kind, status, started_at, updated_at) VALUES ('trace', 'running', '', '')",
          );
          throw new Error('stop');
        }),
      ).rejects.toThrow('stop');
      expect(await db.all('SELECT kind, status FROM jobs')).toEqual([{ kind: 'import', status: 'done' }]);
      expect(await db.get('SELECT COUNT(*) AS n FROM jobs')).toEqual({ n: 1 });
      await db.close();
    });
    it('bulk-inserts fingerprints, signed 32-bit, ignoring pairs already there', async () => {
      const db = await openDatabase(await dialect.fresh());
      const hashes = Int32Array.from([-2147483648, 2147483647, 5, 5]);
      const items = Int32Array.from([1, 1, 1, 2]);
      await db.transaction((tx) => tx.insertFingerprints(hashes, items));
      await db.insertFingerprints(Int32Array.from([5]), Int32Array.from([2]));
      expect(await db.all('SELECT hash, item FROM fingerprints ORDER BY hash, item')).toEqual([
        { hash: -2147483648, item: 1 },
        { hash: 5, item: 1 },
        { hash: 5, item: 2 },
        { hash: 2147483647, item: 1 },
      ]);
      await db.close();
    });
  });
}
