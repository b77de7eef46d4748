/**
 * Runs a read of the corpus for a page and turns a database that cannot be reached into a message for the page,
 * instead of an error page: the curated stories and the rest of the page still work.
 */
import { DatabaseUnavailableError } from '../db/open-database';

/** The value, or the problem in words when the database is unavailable. Other errors propagate. */
export async function corpusProblem<T>(read: () => Promise<T>): Promise<{ value: T } | { problem: string }> {
  try {
    return { value: await read() };
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) return { problem: error.message };
    throw error;
  }
}
