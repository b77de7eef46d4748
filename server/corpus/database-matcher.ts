/**
 * `wiretrace match` without --wires: articles traced against the archive stored in the app's database, with the
 * same SQL candidates and verification as "find the source" (server/corpus/find-sources.ts). The CLI passes
 * {@link openDatabaseMatcher} to scripts/lib/match-command.ts as `openDatabaseMatcher`.
 */
import type { ArticleItem, ArticleMatch } from '@/lib/corpus';
import { openDatabase, type DatabaseTarget } from '../db/open-database';
import { matchArticle } from './find-sources';

/** Traces articles against the stored archive; close it when done. */
export interface DatabaseMatcher {
  match(article: ArticleItem): Promise<ArticleMatch>;
  close(): Promise<void>;
}

/**
 * Opens the app's database (or `target`) for matching. Throws DatabaseUnavailableError (its message names the
 * file, or the host and port) when it cannot be opened, and an Error saying to import first when it holds no wires.
 */
export async function openDatabaseMatcher(target?: DatabaseTarget): Promise<DatabaseMatcher> {
  const db = await openDatabase(target);
  const wires = (await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM wires'))?.n ?? 0;
  if (wires === 0) {
    await db.close();
    throw new Error(
      `the database (${db.location}) holds no wire items: import them first with wiretrace import --wires <folder|file.jsonl>, or give --wires`,
    );
  }
  return {
    match: async (article) => (await matchArticle(db, article)).match,
    close: () => db.close(),
  };
}
