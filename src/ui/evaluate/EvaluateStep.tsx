import { useStore } from '../../store/store';
import { formatCount } from '../shared/format';
import { Section } from '../shared/Section';
import { BaselineTable } from './BaselineTable';
import { BinaryPanels } from './BinaryPanels';
import { ImportanceChart } from './ImportanceChart';
import { MetricGrid } from './MetricGrid';
import { MulticlassPanels } from './PerClassTable';
import { RegressionCharts } from './RegressionCharts';
import './evaluate.css';

/** Step 4: how good the model is, always on test rows it never saw, in the person's terms. */
export function EvaluateStep() {
  const result = useStore((s) => s.result);
  const evaluation = result?.evaluation;
  const figures = evaluation?.figures;
  return (
    <Section step={4} title="How good is it?" id="evaluate">
      {!result ? (
        <p className="muted">Train a model to see how it does on test rows it never saw.</p>
      ) : (
        <div className="evaluation">
          <p className="muted">
            Measured on {formatCount(result.rows.test)} test rows held out from training ({formatCount(result.rows.train)} trained on, {formatCount(result.rows.validation)} used for early stopping).
          </p>
          <MetricGrid result={result} />
          {figures?.task === 'binary' && <BinaryPanels figures={figures} />}
          {figures?.task === 'multiclass' && <MulticlassPanels figures={figures} />}
          {figures?.task === 'regression' && <RegressionCharts figures={figures} />}
          {evaluation && evaluation.baselines.length > 0 && <BaselineTable result={result} evaluation={evaluation} />}
          {evaluation?.unavailable.map((note) => (
            <p key={note} className="muted">
              {note}
            </p>
          ))}
          {evaluation?.importance && <ImportanceChart importance={evaluation.importance} />}
        </div>
      )}
    </Section>
  );
}
