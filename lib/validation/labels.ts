/**
 * The coding scheme: the METER corpus's three classes (Gaizauskas et al. 2001) — WD wholly derived, PD partially
 * derived, ND not derived — plus "unsure", and how they line up with the tool's verdicts (derived ↔ WD,
 * partial ↔ PD, independent ↔ ND).
 * Method: "unsure" is a coder's honest answer, not a class: it counts in a coder's tally and sends the article to
 * adjudication, but it is no value for α and no consensus.
 * Known weakness: METER's classes are about the whole article; a coder who sees a derived lede above an own
 * report has to choose between WD and PD, and coders draw that line differently (that is what α measures).
 */
import type { Verdict } from '../engine';

/** A class of the METER scheme. */
export type MeterClass = 'WD' | 'PD' | 'ND';

/** What a coder can answer for an article. */
export type Label = MeterClass | 'unsure';

/** The classes in the order reports list them. */
export const METER_CLASSES: readonly MeterClass[] = ['WD', 'PD', 'ND'];

/** Every label a coder may give, in the order a coding page offers them. */
export const LABELS: readonly Label[] = [...METER_CLASSES, 'unsure'];

/** The tool's verdicts in the order reports list them. */
export const VERDICTS: readonly Verdict[] = ['derived', 'partial', 'independent'];

/** The METER class a tool verdict claims. */
export const CLASS_OF_VERDICT: Readonly<Record<Verdict, MeterClass>> = {
  derived: 'WD',
  partial: 'PD',
  independent: 'ND',
};

/** True for a label of the scheme. */
export function isLabel(value: unknown): value is Label {
  return typeof value === 'string' && (LABELS as readonly string[]).includes(value);
}

/** True for a class (a label other than "unsure"). */
export function isMeterClass(label: Label): label is MeterClass {
  return label !== 'unsure';
}

/**
 * A label typed by a person (a CSV cell, a form field): case and surrounding space do not matter ("wd", " ND ",
 * "Unsure"). Null when it is none of WD, PD, ND, unsure.
 */
export function readLabel(text: string): Label | null {
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (upper === 'UNSURE') return 'unsure';
  return isLabel(upper) ? upper : null;
}

/** The message for a label outside the scheme, naming what was given and what is allowed. */
export function labelProblem(given: string): string {
  return `"${given}" is not a label: use WD (wholly derived), PD (partially derived), ND (not derived) or unsure.`;
}
