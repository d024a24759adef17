import type { MulticlassFigures } from '../../core/metrics/evaluation';
import { ConfusionChart } from './ConfusionChart';
import { useWording } from './useWording';

/** Multi-class results: the confusion matrix and, per class, how often it is found and how often a flag is right. */
export function MulticlassPanels({ figures }: { figures: MulticlassFigures }) {
  const { t, metric, number, share } = useWording();
  const { report, classes } = figures;
  const weakest = report.perClass.reduce((worst, c, i) => (c.support > 0 && c.recall < (report.perClass[worst]?.recall ?? Infinity) ? i : worst), 0);
  return (
    <div className="charts">
      <figure>
        <ConfusionChart matrix={report.confusion} labels={classes} testId="confusion-chart" />
        <figcaption>{t('evaluate.confusion.multiclass')}</figcaption>
      </figure>
      <div>
        <table className="figures-table" data-testid="per-class-table">
          <caption>{t('evaluate.perClass.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('evaluate.perClass.class')}</th>
              <th scope="col">{t('evaluate.metric.precision')}</th>
              <th scope="col">{t('evaluate.metric.recall')}</th>
              <th scope="col">{t('evaluate.metric.f1')}</th>
              <th scope="col">{t('evaluate.perClass.rows')}</th>
            </tr>
          </thead>
          <tbody>
            {report.perClass.map((c, i) => (
              <tr key={classes[i]} data-testid="per-class-row" data-class={classes[i]} data-precision={c.precision} data-recall={c.recall} data-f1={c.f1}>
                <th scope="row">{classes[i]}</th>
                <td>{metric(c.precision)}</td>
                <td>{metric(c.recall)}</td>
                <td>{metric(c.f1)}</td>
                <td>{number(c.support)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">{t('evaluate.perClass.note', { class: classes[weakest] ?? '', recall: share(report.perClass[weakest]?.recall ?? NaN) })}</p>
      </div>
    </div>
  );
}
