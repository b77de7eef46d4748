/**
 * The engine's one public surface (react-diff-view's `tokenize/index.ts` is the model): app/, components/,
 * server/, scripts/ and the corpus pipeline import from here, never from a stage file. Stages may change their
 * shape; what is exported here is the contract.
 */
export { compare, type CompareOptions } from './compare';
export { ENGINE_CONFIG, type EngineConfig } from './config';
export { furnitureLineKey, learnFurniture, type LearnedFurniture } from './furniture-learning';
export { normalizeWord } from './normalize';
export { detectLanguage, type Language } from './languages';
export { deriveTitle } from './title';
export { tokenize, type Token } from './tokenize';
export { ALIGNMENT_SCHEMA, toAlignmentJson, type AlignmentJson, type AlignmentJsonOutlet } from './to-json';
export type * from './types';
export { wordFrequencies, type WordFrequencies } from './word-frequencies';
