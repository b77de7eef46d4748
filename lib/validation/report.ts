/**
 * The validation report, `wiretrace.validation/1`: the agreement between coders (α with its bootstrap interval),
 * the consensus and what is left to adjudicate, and the tool against the consensus with the threshold check.
 * validation.schema.json beside it checks the shape; fields may be added, none renamed.
 * Method: α is computed twice — on the three METER classes (the scheme the coders used) and on derived (WD, PD)
 * against not derived (ND), the question the tool's headline figure answers — each over every coder's current
 * labels ("unsure" missing), with the bootstrap seeded by the sample's seed, so a report is the same every time
 * it is built from the same codings. The tool's verdicts are those stored with the sample. Figures are rounded
 * to four decimals here, at the contract's edge, never before.
 * Known weakness: the report describes the codings as they are when it is built; while coding is under way, α
 * and the tool's figures rest on the articles coded so far (`consensus.pending` says how many are missing).
 */
import { bootstrapAlpha } from './bootstrap-alpha';
import { reliabilityMatrix, type AlphaScheme, type Coding, type CodingTable } from './coding-table';
import { VALIDATION_CONFIG } from './config';
import {
  findConsensus,
  type Adjudication,
  type ConsensusStatus,
  type CoderCounts,
  type Disagreement,
} from './consensus';
import type { SampleDesign, Stratum } from './draw-sample';
import { alphaOf, tallyUnits, type AlphaUndefinedCode } from './krippendorff-alpha';
import type { MeterClass } from './labels';
import { thresholdCheck, type ThresholdCheck } from './threshold-check';
import { toolAgreement, type ClassFigures, type ToolFigures, type ToolVerdict } from './tool-agreement';
import type { Verdict } from '../engine';

/** The schema identifier written into every report. */
export const VALIDATION_SCHEMA = 'wiretrace.validation/1';

/** A stored sample as the report needs it. */
export interface StoredSample {
  id: string;
  seed: number;
  design: SampleDesign;
  strata: readonly Stratum[];
  /** The engine version whose verdicts were sampled. */
  engineVersion: string;
  /** The sampled articles with the tool's verdicts, in the order coders meet them. */
  articles: readonly ToolVerdict[];
}

/** What a report is built from. */
export interface ValidationInput {
  sample: StoredSample;
  codings: readonly Coding[];
  adjudications?: readonly Adjudication[];
  /** Coders who must agree for a consensus without adjudication (default 2). */
  minCoders?: number;
  /** Bootstrap resamples for α's interval (default 2,000). */
  replicates?: number;
}

/** α in the report: its value and 95 % interval, or null with the reason. */
export type ReportAlpha =
  | {
      value: number;
      ci: [number, number] | null;
      scheme: AlphaScheme;
      pairableValues: number;
      pairableUnits: number;
      observedAgreement: number;
      bootstrap: { method: 'percentile, resampling articles'; replicates: number; undefined: number };
    }
  | { value: null; scheme: AlphaScheme; code: AlphaUndefinedCode; reason: string };

/** One sampled article's row: the tool's verdict and the consensus. */
export interface ReportArticle {
  article: string;
  verdict: Verdict;
  borderline: boolean;
  status: ConsensusStatus;
  consensus: MeterClass | null;
}

/** The `wiretrace.validation/1` document. */
export interface ValidationReport {
  schema: typeof VALIDATION_SCHEMA;
  sample: {
    id: string;
    seed: number;
    size: number;
    design: SampleDesign;
    strata: Stratum[];
    engineVersion: string;
  };
  alpha: ReportAlpha;
  alphaDerived: ReportAlpha;
  coders: CoderCounts[];
  consensus: Record<ConsensusStatus, number>;
  disagreements: Disagreement[];
  tool: ToolFigures & { thresholdCheck: ThresholdCheck };
  articles: ReportArticle[];
}

const round = (value: number) => {
  const factor = 10 ** VALIDATION_CONFIG.report.decimals;
  return Math.round(value * factor) / factor;
};
const roundPair = (pair: [number, number] | null): [number, number] | null =>
  pair === null ? null : [round(pair[0]), round(pair[1])];
const roundOrNull = (value: number | null) => (value === null ? null : round(value));

function roundClass(figures: ClassFigures): ClassFigures {
  return {
    ...figures,
    precision: roundOrNull(figures.precision),
    recall: roundOrNull(figures.recall),
    f1: roundOrNull(figures.f1),
    ci: { precision: roundPair(figures.ci.precision), recall: roundPair(figures.ci.recall) },
  };
}

function roundFigures(figures: ToolFigures): ToolFigures {
  const { derived, WD, PD, ND } = figures.classes;
  return {
    ...figures,
    classes: { derived: roundClass(derived), WD: roundClass(WD), PD: roundClass(PD), ND: roundClass(ND) },
  };
}

function reportAlpha(input: ValidationInput, scheme: AlphaScheme, table: CodingTable): ReportAlpha {
  const data = tallyUnits(reliabilityMatrix(table, scheme));
  const alpha = alphaOf(data);
  if (alpha.value === null) return { value: null, scheme, code: alpha.code, reason: alpha.reason };
  const interval = bootstrapAlpha(data, input.sample.seed, input.replicates);
  return {
    value: round(alpha.value),
    ci: roundPair(interval.ci),
    scheme,
    pairableValues: alpha.pairableValues,
    pairableUnits: alpha.pairableUnits,
    observedAgreement: round(alpha.observedAgreement),
    bootstrap: {
      method: 'percentile, resampling articles',
      replicates: interval.replicates,
      undefined: interval.undefined,
    },
  };
}

/** Builds the `wiretrace.validation/1` report of a sample from its codings and adjudications. */
export function buildValidationReport(input: ValidationInput): ValidationReport {
  const { sample } = input;
  const ids = sample.articles.map((a) => a.article);
  const consensus = findConsensus(ids, input.codings, input.adjudications, input.minCoders);
  const judged = sample.articles.flatMap((tool, i) => {
    const agreed = consensus.articles[i]!.consensus;
    return agreed === null ? [] : [{ tool, consensus: agreed }];
  });
  const check = thresholdCheck(judged);
  return {
    schema: VALIDATION_SCHEMA,
    sample: {
      id: sample.id,
      seed: sample.seed,
      size: sample.articles.length,
      design: sample.design,
      strata: [...sample.strata],
      engineVersion: sample.engineVersion,
    },
    alpha: reportAlpha(input, 'meter', consensus.table),
    alphaDerived: reportAlpha(input, 'derived', consensus.table),
    coders: consensus.coders,
    consensus: consensus.counts,
    disagreements: consensus.disagreements,
    tool: {
      ...roundFigures(
        toolAgreement(judged.map((j) => ({ verdict: j.tool.verdict, consensus: j.consensus }))),
      ),
      thresholdCheck: { ...check, otherWay: roundFigures(check.otherWay) },
    },
    articles: sample.articles.map((tool, i) => ({
      article: tool.article,
      verdict: tool.verdict,
      borderline: tool.borderline,
      status: consensus.articles[i]!.status,
      consensus: consensus.articles[i]!.consensus,
    })),
  };
}
