import type { EpochRecord } from '../../core/training/fit';
import { useT } from '../../i18n/useT';

/** The training curves as a table, epoch by epoch: their text equivalent, for screen readers and for reading exact values. */
export function EpochTable({ history, regression }: { history: readonly EpochRecord[]; regression: boolean }) {
  const { t, number } = useT();
  const value = (x: number) => (Number.isFinite(x) ? number(x, { maximumFractionDigits: 4 }) : '–');
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-labelledby="epoch-table-caption">
      <table className="preview" data-testid="epoch-table">
        <caption id="epoch-table-caption">{t('workshop.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workshop.figures.epoch')}</th>
            <th scope="col">{t('workshop.figures.loss')}</th>
            <th scope="col">{t('workshop.figures.valLoss')}</th>
            <th scope="col">{t(regression ? 'workshop.table.mae' : 'workshop.table.accuracy')}</th>
            <th scope="col">{t(regression ? 'workshop.figures.mae' : 'workshop.figures.accuracy')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((record) => (
            <tr key={record.epoch}>
              <th scope="row">{record.epoch}</th>
              <td>{value(record.loss)}</td>
              <td>{value(record.valLoss)}</td>
              <td>{value(record.metric)}</td>
              <td>{value(record.valMetric)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
