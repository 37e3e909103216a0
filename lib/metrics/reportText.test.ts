import { describe, expect, it } from 'vitest';
import { classificationReport } from './classification';
import { classificationReportText } from './reportText';

describe('classificationReportText', () => {
  it('lays a report out like scikit-learn’s classification_report', () => {
    const report = classificationReport([0, 0, 0, 1, 1, 1, 2, 2], [0, 0, 1, 1, 1, 1, 2, 0], ['setosa', 'versicolor', 'virginica']);
    expect(classificationReportText(report)).toMatchInlineSnapshot(`
      "             precision    recall  f1-score   support

            setosa      0.67      0.67      0.67         3
        versicolor      0.75      1.00      0.86         3
         virginica      1.00      0.50      0.67         2

          accuracy                          0.75         8
         macro avg      0.81      0.72      0.73         8
      weighted avg      0.78      0.75      0.74         8"
    `);
  });
});
