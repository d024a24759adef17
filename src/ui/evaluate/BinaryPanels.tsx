import { useMemo, useState } from 'react';
import type { BinaryFigures } from '../../core/metrics/evaluation';
import { stepOfThreshold } from '../../core/metrics/thresholds';
import { binaryMatrix, ConfusionChart } from './ConfusionChart';
import { CurveCharts } from './CurveCharts';
import { GainsPanel } from './GainsPanel';
import { ProfitPanel } from './ProfitPanel';
import { ThresholdPanel } from './ThresholdPanel';
import { useWording } from './useWording';

/** A yes/no model: its confusion matrix and curves, then the decisions a person makes with it. */
export function BinaryPanels({ figures }: { figures: BinaryFigures }) {
  const { t, share, threshold } = useWording();
  const { report, thresholds } = figures;
  // The chosen step belongs to one model's figures: a new model starts again at its own threshold.
  const [chosen, setChosen] = useState<{ for: BinaryFigures; step: number } | null>(null);
  const step = chosen?.for === figures ? chosen.step : stepOfThreshold(thresholds, report.threshold);
  const setStep = (next: number) => setChosen({ for: figures, step: next });
  const matrix = useMemo(() => binaryMatrix(report.confusion), [report.confusion]);
  const labels = useMemo(() => [figures.negativeClass, figures.positiveClass], [figures.negativeClass, figures.positiveClass]);
  const { tp, fn, fp, tn } = report.confusion;
  return (
    <>
      <div className="charts">
        <figure>
          <ConfusionChart matrix={matrix} labels={labels} testId="confusion-chart" />
          <figcaption>
            {t('evaluate.confusion.binary', { threshold: threshold(report.threshold), actual: tp + fn, positive: figures.positiveClass, found: tp, recall: share(report.recall), flagged: fp, others: fp + tn })}
          </figcaption>
        </figure>
      </div>
      <CurveCharts figures={figures} />
      <ThresholdPanel figures={figures} step={step} onStep={setStep} />
      <ProfitPanel figures={figures} step={step} onStep={setStep} />
      <GainsPanel figures={figures} />
    </>
  );
}
