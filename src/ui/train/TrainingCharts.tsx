import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { EpochRecord } from '../../core/training/fit';
import { useT } from '../../i18n/useT';
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
  const { t, number } = useT();
  const { history, batchLosses } = useThrottled(useStore(useShallow((s) => ({ history: s.history, batchLosses: s.batchLosses }))), REDRAW_MS);
  const regression = useTargetInfo()?.task === 'regression';
  const lossSeries = useMemo<ChartSeries[]>(
    () => [
      { name: t('train.chart.batches'), tone: 'batch', points: smoothed(batchLosses) },
      { name: t('train.chart.training'), tone: 'training', points: perEpoch(history, (r) => r.loss) },
      { name: t('train.chart.validation'), tone: 'validation', points: perEpoch(history, (r) => r.valLoss) },
    ],
    [history, batchLosses, t],
  );
  const metricSeries = useMemo<ChartSeries[]>(
    () => [
      { name: t('train.chart.training'), tone: 'training', points: perEpoch(history, (r) => r.metric) },
      { name: t('train.chart.validation'), tone: 'validation', points: perEpoch(history, (r) => r.valMetric) },
    ],
    [history, t],
  );
  const last = history[history.length - 1];
  if (!last && batchLosses.length === 0) return null;
  const metricName = t(regression ? 'train.metric.mae' : 'evaluate.metric.accuracy');
  // Four decimals, as the curves are compared by eye and by the tests; grouping stays off, as before.
  const fixed = (value: number) => (Number.isFinite(value) ? number(value, { minimumFractionDigits: 4, maximumFractionDigits: 4, useGrouping: false }) : '–');
  const epochAxis = t('train.chart.epoch');
  const lossAxis = t('train.chart.loss');
  const metricAxis = t(regression ? 'evaluate.metric.mae' : 'train.chart.accuracy');
  return (
    <div className="charts" data-testid="training-charts">
      <figure>
        <LineChart series={lossSeries} xLabel={epochAxis} yLabel={lossAxis} label={t('train.chart.label', { y: lossAxis, x: epochAxis })} testId="loss-chart" />
        <figcaption>{last ? t('train.caption.loss', { training: fixed(last.loss), validation: fixed(last.valLoss) }) : t('train.caption.batches')}</figcaption>
      </figure>
      {last && (
        <figure>
          <LineChart series={metricSeries} xLabel={epochAxis} yLabel={metricAxis} label={t('train.chart.label', { y: metricAxis, x: epochAxis })} testId="metric-chart" />
          <figcaption>{t('train.caption.metric', { metric: metricName, training: fixed(last.metric), validation: fixed(last.valMetric) })}</figcaption>
        </figure>
      )}
      <VisCharts history={history} metricName={metricName} />
    </div>
  );
}
