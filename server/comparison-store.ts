/**
 * Where saved comparisons live: the `comparisons` table of the app's database (SQLite by default, PostgreSQL when
 * DATABASE_URL is set; see server/db). Ids are unguessable: 128 random bits, base64url. Nothing lists
 * comparisons: the id is the only way in. A create resolves once the row is committed (durably, in SQLite's
 * WAL with synchronous=FULL).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ComparisonDraft } from '@/lib/comparisons/comparison-input';
import { database, openDatabase, type Database, type DatabaseTarget } from './db/open-database';

/** A saved comparison. */
export interface SavedComparison extends ComparisonDraft {
  id: string;
  createdAt: string;
}

/** A comparison just saved, with the secret that deletes it (given out once, stored only as a hash). */
export interface CreatedComparison extends SavedComparison {
  deleteToken: string;
}

/** What a delete did: removed it, refused a wrong secret, or found nothing with this id. */
export type DeleteOutcome = 'deleted' | 'forbidden' | 'missing';

/** The storage interface the app uses. */
export interface ComparisonStore {
  /** Saves a comparison durably (the write is committed when this resolves) and returns it with its new id. */
  create(draft: ComparisonDraft): Promise<CreatedComparison>;
  /** The comparison with this id, or null. */
  get(id: string): Promise<SavedComparison | null>;
  /** Deletes the comparison for good when `token` is its delete secret. */
  delete(id: string, token: string): Promise<DeleteOutcome>;
  close(): Promise<void>;
}

interface Row {
  id: string;
  created_at: string;
  title: string;
  wire_text: string;
  outlets_json: string;
  meta_json: string | null;
  delete_token_hash: string | null;
}

/** The metadata kept beside the texts. */
type Meta = Pick<ComparisonDraft, 'agency' | 'wirePublished' | 'wireVersions'>;

const hashToken = (token: string) => createHash('sha256').update(token).digest();

/** A new comparison id: 16 random bytes (128 bits) as 22 base64url characters. */
export function newComparisonId(): string {
  return randomBytes(16).toString('base64url');
}

/** True when `id` has the shape of a comparison id (checked before touching storage). */
export function isComparisonId(id: string): boolean {
  return /^[A-Za-z0-9_-]{22}$/.test(id);
}

/** The comparison store over a database (opened lazily by `connect`, closed with the store). */
function storeOver(connect: () => Promise<Database>, closeDatabase: boolean): ComparisonStore {
  return {
    async create(draft: ComparisonDraft): Promise<CreatedComparison> {
      const saved: SavedComparison = { ...draft, id: newComparisonId(), createdAt: new Date().toISOString() };
      const deleteToken = randomBytes(24).toString('base64url');
      const meta: Meta = {
        agency: draft.agency,
        wirePublished: draft.wirePublished,
        wireVersions: draft.wireVersions,
      };
      await (
        await connect()
      ).run(
        `INSERT INTO comparisons (id, created_at, title, wire_text, outlets_json, meta_json, delete_token_hash)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [
          saved.id,
          saved.createdAt,
          saved.title,
          saved.wireText,
          JSON.stringify(saved.outlets),
          JSON.stringify(meta),
          hashToken(deleteToken).toString('hex'),
        ],
      );
      return { ...saved, deleteToken };
    },
    async get(id: string): Promise<SavedComparison | null> {
      const row = await (await connect()).get<Row>('SELECT * FROM comparisons WHERE id = ?', [id]);
      if (!row) return null;
      const meta = JSON.parse(row.meta_json ?? '{}') as Meta;
      return {
        id: row.id,
        createdAt: row.created_at,
        title: row.title,
        wireText: row.wire_text,
        outlets: JSON.parse(row.outlets_json),
        ...(meta.agency ? { agency: meta.agency } : {}),
        ...(meta.wirePublished ? { wirePublished: meta.wirePublished } : {}),
        ...(meta.wireVersions?.length ? { wireVersions: meta.wireVersions } : {}),
      };
    },
    async delete(id: string, token: string): Promise<DeleteOutcome> {
      const db = await connect();
      const row = await db.get<Pick<Row, 'delete_token_hash'>>(
        'SELECT delete_token_hash FROM comparisons WHERE id = ?',
        [id],
      );
      if (!row) return 'missing';
      // Comparisons saved before delete secrets existed have none: nobody can delete them through the API.
      if (!row.delete_token_hash) return 'forbidden';
      const stored = Buffer.from(row.delete_token_hash, 'hex');
      if (!timingSafeEqual(stored, hashToken(token))) return 'forbidden';
      await db.transaction(async (tx) => {
        await tx.run('DELETE FROM comparisons WHERE id = ?', [id]);
        await tx.run('DELETE FROM comparison_alignments WHERE comparison_id = ?', [id]);
      });
      return 'deleted';
    },
    async close() {
      if (closeDatabase) await (await connect()).close();
    },
  };
}

/** Opens (creating and migrating as needed) a comparison store of its own at `target` (tests, tools). */
export async function openComparisonStore(target?: DatabaseTarget): Promise<ComparisonStore> {
  const db = await openDatabase(target);
  return storeOver(async () => db, true);
}

let shared: ComparisonStore | undefined;

/** The process-wide store the app uses, on the process-wide database (opened on first use). */
export function comparisonStore(): ComparisonStore {
  shared ??= storeOver(database, false);
  return shared;
}
