import type { MulticlassFigures } from '../../core/metrics/evaluation';
import { formatCount, formatMetric } from '../shared/format';
import { ConfusionChart } from './ConfusionChart';
import { percent, quoted } from './wording';

/** Multi-class results: the confusion matrix and, per class, how often it is found and how often a flag is right. */
export function MulticlassPanels({ figures }: { figures: MulticlassFigures }) {
  const { report, classes } = figures;
  const weakest = report.perClass.reduce((worst, c, i) => (c.support > 0 && c.recall < (report.perClass[worst]?.recall ?? Infinity) ? i : worst), 0);
  return (
    <div className="charts">
      <figure>
        <ConfusionChart matrix={report.confusion} labels={classes} testId="confusion-chart" />
        <figcaption>Test rows by actual class (rows) and predicted class (columns); the diagonal is right.</figcaption>
      </figure>
      <div>
        <table className="figures-table" data-testid="per-class-table">
          <caption>Per class, on the test rows</caption>
          <thead>
            <tr>
              <th scope="col">class</th>
              <th scope="col">precision</th>
              <th scope="col">recall</th>
              <th scope="col">F1</th>
              <th scope="col">test rows</th>
            </tr>
          </thead>
          <tbody>
            {report.perClass.map((c, i) => (
              <tr key={classes[i]} data-testid="per-class-row" data-class={classes[i]} data-precision={c.precision} data-recall={c.recall} data-f1={c.f1}>
                <th scope="row">{classes[i]}</th>
                <td>{formatMetric(c.precision)}</td>
                <td>{formatMetric(c.recall)}</td>
                <td>{formatMetric(c.f1)}</td>
                <td>{formatCount(c.support)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">
          Precision: of the rows predicted as a class, the share that are. Recall: of the rows of a class, the share found. The hardest class to find is{' '}
          {quoted(classes[weakest] ?? '')} ({percent(report.perClass[weakest]?.recall ?? NaN)} found).
        </p>
      </div>
    </div>
  );
}
