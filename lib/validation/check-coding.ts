/**
 * The check of one coding before it is stored (the coding page and the API): the article must be in the sample
 * and the label in the scheme; each problem is named with its field, as the API's 422 answers name them.
 * Method: exact matches only — a stored label is one of WD, PD, ND, unsure as spelled; lenient reading of typed
 * labels is for spreadsheets (codings-csv.ts).
 * Known weakness: it cannot know whether the coder may code this sample; the coder secret is checked before.
 */
import { isLabel, labelProblem, type Label } from './labels';

/** A field-named problem, as the API's errors list them. */
export interface FieldProblem {
  field: 'article' | 'label';
  message: string;
}

/** The coding if both fields are good, else every problem. */
export type CodingCheck = { ok: true; article: string; label: Label } | { ok: false; errors: FieldProblem[] };

/** Checks a coding's `article` and `label` as received against the sample's article ids. */
export function checkCoding(
  sampleArticles: ReadonlySet<string>,
  article: unknown,
  label: unknown,
): CodingCheck {
  const errors: FieldProblem[] = [];
  if (typeof article !== 'string' || article === '')
    errors.push({ field: 'article', message: 'Give the id of an article of this sample.' });
  else if (!sampleArticles.has(article))
    errors.push({ field: 'article', message: `Article "${article}" is not in this sample.` });
  if (!isLabel(label)) errors.push({ field: 'label', message: labelProblem(String(label ?? '')) });
  return errors.length === 0
    ? { ok: true, article: article as string, label: label as Label }
    : { ok: false, errors };
}
