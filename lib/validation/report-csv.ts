/**
 * The validation report as one CSV table of figures, for a paper's tables and for statistics software: one row
 * per figure with its interval and the count it rests on.
 * Method: columns figure, variant, class, value, ci_low, ci_high, n, note; one α row per scheme (variant
 * `meter` or `derived`; n = pairable articles; an undefined α has an empty value and its reason as the note); precision (n = what the tool called
 * the class), recall (n = the consensus's support) and F1 (n = articles with a consensus) per class, as given
 * and with the borderline verdicts flipped (variant `borderline-flipped`); then the confusion matrix, one row per
 * cell (class = verdict→consensus). Written by lib/text/csv.ts (byte-order mark, CRLF, formula-safe cells).
 * Known weakness: the lists (disagreements, borderline articles) are only in the JSON; a table of figures has no
 * place for them.
 */
import { csvDocument, type CsvValue } from '../text/csv';
import { METER_CLASSES, VERDICTS } from './labels';
import type { ReportAlpha, ValidationReport } from './report';
import type { ToolFigures } from './tool-agreement';

/** The CSV's columns. */
export const VALIDATION_CSV_COLUMNS = [
  'figure',
  'variant',
  'class',
  'value',
  'ci_low',
  'ci_high',
  'n',
  'note',
];

const CLASS_KEYS = ['derived', ...METER_CLASSES] as const;

function alphaRow(alpha: ReportAlpha): CsvValue[] {
  return alpha.value === null
    ? ['alpha', alpha.scheme, '', null, null, null, null, alpha.reason]
    : ['alpha', alpha.scheme, '', alpha.value, alpha.ci?.[0], alpha.ci?.[1], alpha.pairableUnits, null];
}

function figureRows(tool: ToolFigures, variant: string): CsvValue[][] {
  return CLASS_KEYS.flatMap((key) => {
    const f = tool.classes[key];
    return [
      ['precision', variant, key, f.precision, f.ci.precision?.[0], f.ci.precision?.[1], f.predicted, null],
      ['recall', variant, key, f.recall, f.ci.recall?.[0], f.ci.recall?.[1], f.support, null],
      ['f1', variant, key, f.f1, null, null, tool.n, null],
    ];
  });
}

/** The report's figures as a CSV document. */
export function validationReportCsv(report: ValidationReport): string {
  const confusion = VERDICTS.flatMap((verdict) =>
    METER_CLASSES.map((c): CsvValue[] => [
      'confusion',
      'as-given',
      `${verdict}→${c}`,
      report.tool.confusion[verdict][c],
      null,
      null,
      report.tool.n,
      null,
    ]),
  );
  return csvDocument(VALIDATION_CSV_COLUMNS, [
    alphaRow(report.alpha),
    alphaRow(report.alphaDerived),
    ...figureRows(report.tool, 'as-given'),
    ...figureRows(report.tool.thresholdCheck.otherWay, 'borderline-flipped'),
    ...confusion,
  ]);
}
