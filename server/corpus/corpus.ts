/**
 * The corpus read API for the app pages, bound to a database: `await corpus()` gives the reader over the
 * process-wide database (SQLite or PostgreSQL, see server/db), `corpusReader(db)` one over any database.
 */
import { database, type Database } from '../db/open-database';
import { findSources } from './find-sources';
import {
  corpusCounts,
  getStory,
  getWire,
  lastChange,
  listAgencies,
  listJobs,
  listStories,
} from './read-stories';
import type { CorpusReader } from './types';

/** The read API over `db`. */
export function corpusReader(db: Database): CorpusReader {
  return {
    listStories: (query) => listStories(db, query),
    getStory: (id) => getStory(db, id),
    getWire: (id) => getWire(db, id),
    listJobs: (limit) => listJobs(db, limit),
    counts: () => corpusCounts(db),
    lastChange: () => lastChange(db),
    agencies: () => listAgencies(db),
    findSources: (text, options) => findSources(db, text, options),
  };
}

/** The read API over the app's database (opened and migrated on first use). */
export async function corpus(): Promise<CorpusReader> {
  return corpusReader(await database());
}

export type * from './types';
