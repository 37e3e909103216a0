/** Metrics reports as plain text, for the text/plain side of an output bundle and for logs. */
import type { ClassificationReport } from './classification';

/** A classification report laid out like scikit-learn's classification_report. */
export function classificationReportText(report: ClassificationReport, digits = 2): string {
  const width = Math.max('weighted avg'.length, ...report.classNames.map((n) => n.length));
  const num = (x: number) => x.toFixed(digits).padStart(10);
  const count = (n: number) => String(n).padStart(10);
  const header = `${''.padStart(width)}${['precision', 'recall', 'f1-score', 'support'].map((h) => h.padStart(10)).join('')}`;
  const rows = report.classNames.map(
    (name, c) =>
      `${name.padStart(width)}${num(report.precision[c])}${num(report.recall[c])}${num(report.f1[c])}${count(report.support[c])}`,
  );
  const average = (label: string, a: { precision: number; recall: number; f1: number }) =>
    `${label.padStart(width)}${num(a.precision)}${num(a.recall)}${num(a.f1)}${count(report.total)}`;
  return [
    header,
    '',
    ...rows,
    '',
    `${'accuracy'.padStart(width)}${''.padStart(20)}${num(report.accuracy)}${count(report.total)}`,
    average('macro avg', report.macro),
    average('weighted avg', report.weighted),
  ].join('\n');
}
