/**
 * The tool against the human consensus: the confusion matrix of its verdicts by consensus class, and precision,
 * recall and F1 — for "derived" (WD or PD against ND, the question most studies ask) and for each class of the
 * three-way scheme (derived ↔ WD, partial ↔ PD, independent ↔ ND).
 * Method: only articles with a consensus count (`n`). For a class, precision is correct / what the tool called
 * that class, recall correct / what the consensus calls that class (its support), F1 = 2·correct / (predicted +
 * support); precision and recall each carry a 95 % Wilson interval over their own denominator.
 * Known weaknesses: F1 has no interval (it is no simple proportion); the figures estimate the corpus only because
 * the sample is proportionally stratified (lib/validation/draw-sample.ts) — over an explicit list of articles
 * they describe that list; the tool's verdicts are those stored when the sample was drawn, so a later engine
 * version needs a new sample.
 */
import type { Verdict } from '../engine';
import { CLASS_OF_VERDICT, METER_CLASSES, VERDICTS, type MeterClass } from './labels';
import { wilsonInterval } from './wilson';

/** The tool's verdict on a sampled article, as stored when the sample was drawn. */
export interface ToolVerdict {
  article: string;
  verdict: Verdict;
  /** Share of the article's words from its closest wire version (0..1): decides derived vs partial. */
  reuseShare: number;
  /** True when one shared run more or less would have changed the verdict (lib/engine evidence.ts). */
  borderline: boolean;
  /** The tool's explanation ("Borderline: …" for a borderline verdict). */
  reason?: string;
}

/** An article the tool judged and the coders agreed on. */
export interface JudgedArticle {
  verdict: Verdict;
  consensus: MeterClass;
}

/** Articles per tool verdict (rows) and consensus class (columns). */
export type Confusion = Record<Verdict, Record<MeterClass, number>>;

/** How well the tool finds one class. */
export interface ClassFigures {
  /** Correct among what the tool called this class; null when it called none so. */
  precision: number | null;
  /** Correct among what the consensus calls this class; null when the consensus has none. */
  recall: number | null;
  /** Harmonic mean of the two; null when both denominators are empty. */
  f1: number | null;
  /** Articles of this class by the consensus. */
  support: number;
  /** Articles the tool called this class. */
  predicted: number;
  correct: number;
  /** 95 % Wilson intervals of precision and recall. */
  ci: { precision: [number, number] | null; recall: [number, number] | null };
}

/** The tool's figures against the consensus. */
export interface ToolFigures {
  /** Articles with a consensus. */
  n: number;
  confusion: Confusion;
  classes: { derived: ClassFigures } & Record<MeterClass, ClassFigures>;
}

function figures(correct: number, predicted: number, support: number): ClassFigures {
  return {
    precision: predicted === 0 ? null : correct / predicted,
    recall: support === 0 ? null : correct / support,
    f1: predicted + support === 0 ? null : (2 * correct) / (predicted + support),
    support,
    predicted,
    correct,
    ci: { precision: wilsonInterval(correct, predicted), recall: wilsonInterval(correct, support) },
  };
}

/** The empty confusion matrix. */
function emptyConfusion(): Confusion {
  const row = () => Object.fromEntries(METER_CLASSES.map((c) => [c, 0])) as Record<MeterClass, number>;
  return { derived: row(), partial: row(), independent: row() };
}

/** Confusion matrix and class figures for `articles`. */
export function toolAgreement(articles: readonly JudgedArticle[]): ToolFigures {
  const confusion = emptyConfusion();
  for (const { verdict, consensus } of articles) confusion[verdict][consensus] += 1;
  const cell = (verdicts: readonly Verdict[], classes: readonly MeterClass[]) =>
    verdicts.reduce((sum, v) => sum + classes.reduce((inner, c) => inner + confusion[v][c], 0), 0);
  const classFigures = (verdicts: readonly Verdict[], classes: readonly MeterClass[]) =>
    figures(cell(verdicts, classes), cell(verdicts, METER_CLASSES), cell(VERDICTS, classes));
  const perClass = Object.fromEntries(
    VERDICTS.map((verdict) => [
      CLASS_OF_VERDICT[verdict],
      classFigures([verdict], [CLASS_OF_VERDICT[verdict]]),
    ]),
  ) as Record<MeterClass, ClassFigures>;
  return {
    n: articles.length,
    confusion,
    classes: { derived: classFigures(['derived', 'partial'], ['WD', 'PD']), ...perClass },
  };
}
