import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { EpochRecord } from '../../core/training/fit';
import { useTargetInfo } from '../../store/hooks';
import { useStore } from '../../store/store';
import type { TrainingState } from '../../store/types';
import { LineChart, type ChartSeries } from './LineChart';
import { useThrottled } from './useThrottled';
import { VisCharts } from './VisCharts';

/** Charts follow the run at most this often. */
const REDRAW_MS = 500;
/** Weight of the newest point in the moving average of the batch loss. */
const SMOOTHING = 0.3;

const perEpoch = (history: readonly EpochRecord[], pick: (r: EpochRecord) => number) => history.map((r) => ({ x: r.epoch, y: pick(r) }));

function smoothed(points: TrainingState['batchLosses']): { x: number; y: number }[] {
  let average = points[0]?.loss ?? 0;
  return points.map((p) => {
    average = Number.isFinite(p.loss) ? SMOOTHING * p.loss + (1 - SMOOTHING) * average : average;
    return { x: p.x, y: average };
  });
}

/** Live loss and metric curves for training and validation per epoch, with the smoothed batch loss between epochs. */
export function TrainingCharts() {
  const { history, batchLosses } = useThrottled(useStore(useShallow((s) => ({ history: s.history, batchLosses: s.batchLosses }))), REDRAW_MS);
  const regression = useTargetInfo()?.task === 'regression';
  const lossSeries = useMemo<ChartSeries[]>(
    () => [
      { name: 'batches (smoothed)', tone: 'batch', points: smoothed(batchLosses) },
      { name: 'training', tone: 'training', points: perEpoch(history, (r) => r.loss) },
      { name: 'validation', tone: 'validation', points: perEpoch(history, (r) => r.valLoss) },
    ],
    [history, batchLosses],
  );
  const metricSeries = useMemo<ChartSeries[]>(
    () => [
      { name: 'training', tone: 'training', points: perEpoch(history, (r) => r.metric) },
      { name: 'validation', tone: 'validation', points: perEpoch(history, (r) => r.valMetric) },
    ],
    [history],
  );
  const last = history[history.length - 1];
  if (!last && batchLosses.length === 0) return null;
  const metricName = regression ? 'Mean absolute error' : 'Accuracy';
  return (
    <div className="charts" data-testid="training-charts">
      <figure>
        <LineChart series={lossSeries} xLabel="epoch" yLabel="loss" testId="loss-chart" />
        <figcaption>{last ? `Loss: training ${last.loss.toFixed(4)}, validation ${last.valLoss.toFixed(4)} (lower is better)` : 'Loss of the batches so far'}</figcaption>
      </figure>
      {last && (
        <figure>
          <LineChart series={metricSeries} xLabel="epoch" yLabel={regression ? 'MAE' : 'accuracy'} testId="metric-chart" />
          <figcaption>
            {metricName}: training {last.metric.toFixed(4)}, validation {last.valMetric.toFixed(4)}
          </figcaption>
        </figure>
      )}
      <VisCharts history={history} metricName={metricName} />
    </div>
  );
}
