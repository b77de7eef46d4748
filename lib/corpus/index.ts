/**
 * The corpus pipeline's public surface: item validation, fingerprints, the in-memory index, discovery, versions
 * and the matches output. scripts/ and server/ import from here (`@/lib/corpus`), never from a stage file.
 */
export { CORPUS_CONFIG, type CorpusConfig } from './config';
export {
  candidatesFromCounts,
  compareSources,
  mayBeSource,
  verifyCandidates,
  type DiscoveryCandidate,
  type DiscoveryConfig,
  type WireForVerification,
} from './discovery';
export { countShared, fingerprint, normalizedWords } from './fingerprint';
export { WireFingerprintIndex, WireFingerprintIndexBuilder, type IndexCandidate } from './fingerprint-index';
export {
  isIsoDate,
  itemFromObject,
  itemFromTextFile,
  parseJsonLine,
  publishedTime,
  type ItemKind,
} from './items';
export {
  MATCHES_CSV_COLUMNS,
  MATCHES_SCHEMA,
  csvCell,
  matchesCsvHeader,
  matchesCsvRow,
  toMatchJson,
  toMatchesCsv,
  toMatchesJson,
} from './matches';
export type * from './types';
export { groupVersions, type VersionsConfig } from './versions';
export { splitPieces, verifyArticle, type Verification } from './verify-article';
export { buildWireArchive, type ArchiveProgress, type WireArchive } from './wire-archive';
