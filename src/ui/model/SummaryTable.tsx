import type { ModelSummary } from '../../core/model/summary';
import { formatCount } from '../shared/format';

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

/** The model as Keras `model.summary()` prints it: each layer's output shape and weights, then totals. */
export function SummaryTable({ summary }: { summary: ModelSummary }) {
  return (
    // Focusable so that keyboard users can scroll a long summary too.
    <div className="table-scroll summary-scroll" role="region" aria-label="Model summary" tabIndex={0}>
      <table className="model-summary" data-testid="model-summary" data-total-params={summary.totalParams} data-trainable-params={summary.trainableParams}>
        <caption>Summary, as Keras prints it (None is the batch: any number of rows)</caption>
        <thead>
          <tr>
            <th scope="col">Layer (type)</th>
            <th scope="col">Output shape</th>
            <th scope="col" className="number">
              Param #
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((row) => (
            <tr key={row.name} data-testid="summary-row" data-name={row.name} data-width={row.outputShape[1]} data-params={row.params} className={row.specIndex === null ? 'end-row' : undefined}>
              <td>
                {row.name} ({row.className}){row.note && <span className="muted"> {row.note}</span>}
              </td>
              <td>(None, {row.outputShape[1]})</td>
              <td className="number">{formatCount(row.params)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={3}>
              Total params: {formatCount(summary.totalParams)} ({formatBytes(summary.weightBytes)}) · Trainable: {formatCount(summary.trainableParams)} · Non-trainable: {formatCount(summary.nonTrainableParams)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
