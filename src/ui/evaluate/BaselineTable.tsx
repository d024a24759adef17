import type { BaselineResult, Evaluation } from '../../core/metrics/evaluation';
import type { PlainKey } from '../../i18n/translate';
import type { TrainingResult } from '../../worker/protocol';
import { metricLabel } from './metricWords';
import { useWording } from './useWording';
import type { Wording } from './wording';

/** The columns compared, the deciding one first; higher is better for all but log loss and errors. */
const COLUMNS: Record<TrainingResult['task'], string[]> = {
  binary: ['auc', 'accuracy', 'f1', 'logloss'],
  multiclass: ['accuracy', 'f1', 'logloss'],
  regression: ['r2', 'mae', 'rmse'],
};
/** Differences smaller than this in the deciding figure read as "about the same". */
const SAME = 0.01;

/** A baseline's name, as its table row and as a sentence say it (the worker's own title is English). */
function baselineNames(kind: BaselineResult['kind'], task: TrainingResult['task']): { title: PlainKey; inText: PlainKey } {
  const name = kind === 'constant' ? (task === 'regression' ? 'average' : 'mostCommon') : task === 'regression' ? 'linear' : 'logistic';
  return { title: `evaluate.baseline.${name}`, inText: `evaluate.baseline.${name}InText` };
}

/** The network beside the simple models trained on the same split: does it earn its complexity? */
export function BaselineTable({ result, evaluation }: { result: TrainingResult; evaluation: Evaluation }) {
  const wording = useWording();
  const { t, metric } = wording;
  const columns = COLUMNS[result.task].filter((key) => key in result.metrics);
  const rows = [
    { kind: 'network', title: t('evaluate.baselines.network'), metrics: result.metrics },
    ...evaluation.baselines.map((baseline) => ({ ...baseline, title: t(baselineNames(baseline.kind, result.task).title) })),
  ];
  return (
    <section className="panel" aria-labelledby="baselines-title">
      <h3 id="baselines-title">{t('evaluate.baselines.title')}</h3>
      <p data-testid="baseline-verdict">{verdict(wording, result, evaluation)}</p>
      <table className="figures-table" data-testid="baseline-table">
        <thead>
          <tr>
            <th scope="col">{t('evaluate.baselines.model')}</th>
            {columns.map((key) => (
              <th key={key} scope="col">
                {metricLabel(t, key)}
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
                  {metric(row.metrics[key] ?? NaN)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function verdict({ t, fixed }: Wording, result: TrainingResult, evaluation: Evaluation): string {
  const key = COLUMNS[result.task][0] as string;
  const label = metricLabel(t, key);
  const network = result.metrics[key] ?? NaN;
  const score = (kind: BaselineResult['kind']) => evaluation.baselines.find((b) => b.kind === kind)?.metrics[key] ?? NaN;
  const inText = (kind: BaselineResult['kind']) => t(baselineNames(kind, result.task).inText);
  const simple = score('linear');
  const floor = score('constant');
  if (!Number.isFinite(network) || !Number.isFinite(simple)) return t('evaluate.verdict.incomparable', { metric: label });
  const figures = { metric: label, network: fixed(network, 3), other: fixed(simple, 3), baseline: inText('linear') };
  if (Number.isFinite(floor) && network <= floor + SAME) return t('evaluate.verdict.nothingLearnt', { ...figures, other: fixed(floor, 3), baseline: inText('constant') });
  if (network > simple + SAME) return t('evaluate.verdict.better', figures);
  if (network >= simple - SAME) return t('evaluate.verdict.same', figures);
  return t('evaluate.verdict.worse', { ...figures, baseline: t(baselineNames('linear', result.task).title), preset: t('preset.linear.title') });
}
