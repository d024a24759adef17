import { useCallback, useMemo, useState } from 'react';
import type { EpochRecord } from '../../core/training/fit';
import { isBusy, useTrainingStatus } from '../../store/hooks';
import { useVisChart, type Vis } from '../evaluate/useVisChart';

interface VisChartsProps {
  history: readonly EpochRecord[];
  metricName: string;
}

const OPTIONS = { xLabel: 'epoch', width: 420, height: 240, zoomToFit: true };
const SERIES = ['training', 'validation'];

function EpochChart({ values, yLabel }: { values: { x: number; y: number }[][]; yLabel: string }) {
  const draw = useCallback((vis: Vis, container: HTMLElement) => vis.render.linechart(container, { values, series: SERIES }, { ...OPTIONS, yLabel }), [values, yLabel]);
  return <div ref={useVisChart(draw)} className="chart" />;
}

/**
 * The finished curves in tfjs-vis, with its tooltips and zoom, when asked for. Only then: a tfjs-vis
 * draw is 50–75 ms of main-thread work, fine once after training but not several times a second
 * while training (the live curves are drawn by LineChart).
 */
export function VisCharts({ history, metricName }: VisChartsProps) {
  const [open, setOpen] = useState(false);
  const busy = isBusy(useTrainingStatus());
  const curves = useMemo(() => {
    const line = (pick: (r: EpochRecord) => number) => history.map((r) => ({ x: r.epoch, y: pick(r) }));
    return { loss: [line((r) => r.loss), line((r) => r.valLoss)], metric: [line((r) => r.metric), line((r) => r.valMetric)] };
  }, [history]);
  return (
    <details className="vis-charts" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Inspect the curves (tfjs-vis: values on hover, zoom)</summary>
      {open && busy && <p className="muted">Shown once training has finished, so that drawing them never slows training down.</p>}
      {open && !busy && history.length > 0 && (
        <>
          <EpochChart values={curves.loss} yLabel="loss" />
          <EpochChart values={curves.metric} yLabel={metricName} />
        </>
      )}
    </details>
  );
}
