/**
 * Validation against human coders, the pure core: draw a sample of traced articles, check and read codings, find
 * the consensus, and report how far coders agree (Krippendorff's α) and how the tool does against them
 * (`wiretrace.validation/1`). The storage, pages, coding UI and CLI call only what is exported here; each file
 * opens with its method and weaknesses. Order of use:
 *   1. `drawSample(tracedArticles, design, seed)` → store the sample with its seed, strata, engine version and
 *      the tool's verdicts (`ToolVerdict`), never to change;
 *   2. `checkCoding` (one label from the coding page or API) or `readCodingsCsv` (a spreadsheet) → store codings;
 *   3. `findConsensus` for the coding and adjudication pages; `buildValidationReport` for the report, its JSON
 *      and (`validationReportCsv`) its CSV.
 */
export { bootstrapAlpha, type AlphaInterval } from './bootstrap-alpha';
export { checkCoding, type CodingCheck, type FieldProblem } from './check-coding';
export {
  codingTable,
  reliabilityMatrix,
  type AlphaScheme,
  type Coding,
  type CodingTable,
} from './coding-table';
export { readCodingsCsv, type CsvCoding, type CsvCodings, type CsvProblem } from './codings-csv';
export { VALIDATION_CONFIG } from './config';
export {
  findConsensus,
  type Adjudication,
  type ArticleConsensus,
  type CoderCounts,
  type CoderLabel,
  type Consensus,
  type ConsensusStatus,
  type Disagreement,
} from './consensus';
export {
  allocate,
  drawSample,
  type DrawnSample,
  type PeriodLength,
  type SampleDesign,
  type SampledArticle,
  type SampleResult,
  type Stratum,
  type StratumDimension,
  type TracedArticle,
} from './draw-sample';
export {
  alphaOf,
  nominalAlpha,
  tallyUnits,
  type AlphaData,
  type AlphaResult,
  type AlphaUndefinedCode,
  type ReliabilityMatrix,
} from './krippendorff-alpha';
export {
  CLASS_OF_VERDICT,
  isLabel,
  LABELS,
  labelProblem,
  METER_CLASSES,
  readLabel,
  type Label,
  type MeterClass,
} from './labels';
export { createRandom, isSeed, MAX_SEED, type Random } from './random';
export {
  buildValidationReport,
  VALIDATION_SCHEMA,
  type ReportAlpha,
  type ReportArticle,
  type StoredSample,
  type ValidationInput,
  type ValidationReport,
} from './report';
export { VALIDATION_CSV_COLUMNS, validationReportCsv } from './report-csv';
export { otherWay, thresholdCheck, type BorderlineArticle, type ThresholdCheck } from './threshold-check';
export {
  toolAgreement,
  type ClassFigures,
  type Confusion,
  type JudgedArticle,
  type ToolFigures,
  type ToolVerdict,
} from './tool-agreement';
export { wilsonInterval } from './wilson';
