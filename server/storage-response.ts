/**
 * Storage faults as HTTP answers: a route wrapped in {@link answeringStorageFaults} answers 503 with a JSON error
 * and Retry-After when the database is busy, full, read-only, damaged or unreachable — never a bare 500 with an
 * empty body. Other errors still propagate: they are bugs, not the storage.
 */
import { DatabaseUnavailableError } from './db/open-database';
import { StorageFault } from './db/storage-faults';
import { jsonError } from './http';

/** The 503 answer for a storage fault, or null when `error` is not one. */
export function storageFaultResponse(error: unknown): Response | null {
  if (error instanceof StorageFault)
    return jsonError(503, error.message, {}, { 'retry-after': String(error.retryAfterSeconds) });
  if (error instanceof DatabaseUnavailableError)
    return jsonError(503, `The database cannot be reached: ${error.message}`, {}, { 'retry-after': '30' });
  return null;
}

/** Wraps a route handler so that storage faults answer 503 (see the module comment). */
export function answeringStorageFaults<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args: Args) => {
    try {
      return await handler(...args);
    } catch (error) {
      const response = storageFaultResponse(error);
      if (response) return response;
      throw error;
    }
  };
}
