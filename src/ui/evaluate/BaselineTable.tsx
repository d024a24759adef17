import type { Evaluation } from '../../core/metrics/evaluation';
import type { TrainingResult } from '../../worker/protocol';
import { formatMetric } from '../shared/format';
import { metricLabel } from './metricWords';

/** The columns compared, the deciding one first; higher is better for all but log loss and errors. */
const COLUMNS: Record<TrainingResult['task'], string[]> = {
  binary: ['auc', 'accuracy', 'f1', 'logloss'],
  multiclass: ['accuracy', 'f1', 'logloss'],
  regression: ['r2', 'mae', 'rmse'],
};
/** Differences smaller than this in the deciding figure read as "about the same". */
const SAME = 0.01;

/** The network beside the simple models trained on the same split: does it earn its complexity? */
export function BaselineTable({ result, evaluation }: { result: TrainingResult; evaluation: Evaluation }) {
  const columns = COLUMNS[result.task].filter((key) => key in result.metrics);
  const rows = [{ kind: 'network', title: 'This network', metrics: result.metrics }, ...evaluation.baselines];
  return (
    <section className="panel" aria-labelledby="baselines-title">
      <h3 id="baselines-title">Is the network worth it?</h3>
      <p data-testid="baseline-verdict">{verdict(result, evaluation)}</p>
      <table className="figures-table" data-testid="baseline-table">
        <thead>
          <tr>
            <th scope="col">model (same training and test rows)</th>
            {columns.map((key) => (
              <th key={key} scope="col">
                {metricLabel(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.kind} data-testid="baseline-row" data-kind={row.kind}>
              <th scope="row">{row.title}</th>
              {columns.map((key) => (
                <td key={key} data-key={key} data-value={row.metrics[key]}>
                  {formatMetric(row.metrics[key] ?? NaN)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function verdict(result: TrainingResult, evaluation: Evaluation): string {
  const key = COLUMNS[result.task][0] as string;
  const label = metricLabel(key);
  const network = result.metrics[key] ?? NaN;
  const constant = evaluation.baselines.find((b) => b.kind === 'constant');
  const linear = evaluation.baselines.find((b) => b.kind === 'linear');
  const simple = linear?.metrics[key] ?? NaN;
  const floor = constant?.metrics[key] ?? NaN;
  const figures = `${label} ${network.toFixed(3)} against ${simple.toFixed(3)}`;
  if (!Number.isFinite(network) || !Number.isFinite(simple)) return `${label} cannot be compared on these test rows.`;
  if (Number.isFinite(floor) && network <= floor + SAME) {
    return `The network does no better than ${constant?.title.toLowerCase()} (${label} ${network.toFixed(3)} against ${floor.toFixed(3)}): it has not learnt anything useful yet. Try more epochs, a higher learning rate or different columns.`;
  }
  if (network > simple + SAME) return `The network beats ${linear?.title.toLowerCase()} (${figures}): its extra complexity pays off.`;
  if (network >= simple - SAME) {
    return `The network does about as well as ${linear?.title.toLowerCase()} (${figures}). The simpler model is easier to explain and may be the better choice.`;
  }
  return `${linear?.title} does better than this network (${figures}). Try fewer or smaller layers, or use the simpler model (the “Logistic / linear regression” preset).`;
}
