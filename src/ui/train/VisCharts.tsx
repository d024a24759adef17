import { useCallback, useMemo, useState } from 'react';
import type { EpochRecord } from '../../core/training/fit';
import { useT } from '../../i18n/useT';
import { isBusy, useTargetInfo, useTrainingStatus } from '../../store/hooks';
import { useVisChart, type Vis } from '../evaluate/useVisChart';
import { EpochTable } from './EpochTable';

interface VisChartsProps {
  history: readonly EpochRecord[];
  metricName: string;
}

const OPTIONS = { width: 420, height: 240, zoomToFit: true };

/** A drawn chart is an image to assistive technology, described in words; the table after the charts holds its values. */
function EpochChart({ values, yLabel, description }: { values: { x: number; y: number }[][]; yLabel: string; description: string }) {
  const { t } = useT();
  const xLabel = t('train.chart.epoch');
  const series = useMemo(() => [t('train.chart.training'), t('train.chart.validation')], [t]);
  const draw = useCallback((vis: Vis, container: HTMLElement) => vis.render.linechart(container, { values, series }, { ...OPTIONS, xLabel, yLabel }), [values, series, xLabel, yLabel]);
  return <div ref={useVisChart(draw)} className="chart" role="img" aria-label={description} />;
}

/**
 * The finished curves in tfjs-vis, with its tooltips and zoom, when asked for. Only then: a tfjs-vis
 * draw is 50–75 ms of main-thread work, fine once after training but not several times a second
 * while training (the live curves are drawn by LineChart).
 */
export function VisCharts({ history, metricName }: VisChartsProps) {
  const { t } = useT();
  const regression = useTargetInfo()?.task === 'regression';
  const [open, setOpen] = useState(false);
  const busy = isBusy(useTrainingStatus());
  const curves = useMemo(() => {
    const line = (pick: (r: EpochRecord) => number) => history.map((r) => ({ x: r.epoch, y: pick(r) }));
    return { loss: [line((r) => r.loss), line((r) => r.valLoss)], metric: [line((r) => r.metric), line((r) => r.valMetric)] };
  }, [history]);
  return (
    <details className="vis-charts" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('train.vis.summary')}</summary>
      {open && busy && <p className="muted">{t('train.vis.later')}</p>}
      {open && !busy && history.length > 0 && (
        <>
          <EpochChart values={curves.loss} yLabel={t('train.chart.loss')} description={t('workshop.curves.loss')} />
          <EpochChart values={curves.metric} yLabel={metricName} description={t(regression ? 'workshop.curves.mae' : 'workshop.curves.accuracy')} />
          <EpochTable history={history} regression={regression} />
        </>
      )}
    </details>
  );
}
