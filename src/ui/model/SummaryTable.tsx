import type { ModelSummary, SummaryRow } from '../../core/model/summary';
import type { Translator } from '../../i18n/translator';
import { useT } from '../../i18n/useT';

function formatBytes(bytes: number, { t, number }: Translator): string {
  if (bytes < 1024) return t('summary.bytes', { count: bytes });
  if (bytes < 1024 ** 2) return `${number(bytes / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KB`;
  return `${number(bytes / 1024 ** 2, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
}

/** A row's note in the person's language: the shortcut's Add is worded, activations and rates read the same everywhere. */
const noteOf = (row: SummaryRow, { t }: Translator) => (row.className === 'Add' ? t('summary.shortcutNote') : row.note);

/** The model as Keras `model.summary()` prints it: each layer's output shape and weights, then totals. */
export function SummaryTable({ summary }: { summary: ModelSummary }) {
  const tr = useT();
  const { t, number } = tr;
  return (
    // Focusable so that keyboard users can scroll a long summary too.
    <div className="table-scroll summary-scroll" role="region" aria-label={t('summary.label')} tabIndex={0}>
      <table className="model-summary" data-testid="model-summary" data-total-params={summary.totalParams} data-trainable-params={summary.trainableParams}>
        <caption>{t('summary.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('summary.layer')}</th>
            <th scope="col">{t('summary.shape')}</th>
            <th scope="col" className="number">
              {t('summary.params')}
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((row) => {
            const note = noteOf(row, tr);
            return (
              <tr key={row.name} data-testid="summary-row" data-name={row.name} data-width={row.outputShape[1]} data-params={row.params} className={row.specIndex === null ? 'end-row' : undefined}>
                <td>
                  {/* Layer and class names as TensorFlow.js and Keras name them: code, not words. */}
                  <span translate="no">
                    {row.name} ({row.className})
                  </span>
                  {note && <span className="muted"> {note}</span>}
                </td>
                <td translate="no">(None, {row.outputShape[1]})</td>
                <td className="number">{number(row.params)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={3}>
              {t('summary.totals', { total: summary.totalParams, size: formatBytes(summary.weightBytes, tr), trainable: summary.trainableParams, nonTrainable: summary.nonTrainableParams })}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
