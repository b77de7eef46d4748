/**
 * Where saved comparisons live, behind a small interface so that a server database can replace the embedded one.
 * Ids are unguessable: 128 random bits, base64url. Nothing lists comparisons: the id is the only way in.
 */
import { randomBytes } from 'node:crypto';
import type { ComparisonDraft } from '@/lib/comparisons/comparison-input';

/** A saved comparison. */
export interface SavedComparison extends ComparisonDraft {
  id: string;
  createdAt: string;
}

/** The storage interface the app uses. */
export interface ComparisonStore {
  /** Saves a comparison durably (the write is on disk when this returns) and returns it with its new id. */
  create(draft: ComparisonDraft): SavedComparison;
  /** The comparison with this id, or null. */
  get(id: string): SavedComparison | null;
  close(): void;
}

/** A new comparison id: 16 random bytes (128 bits) as 22 base64url characters. */
export function newComparisonId(): string {
  return randomBytes(16).toString('base64url');
}

/** True when `id` has the shape of a comparison id (checked before touching storage). */
export function isComparisonId(id: string): boolean {
  return /^[A-Za-z0-9_-]{22}$/.test(id);
}
