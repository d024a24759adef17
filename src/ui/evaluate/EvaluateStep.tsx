import type { Translator } from '../../i18n/translator';
import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';
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
  const { t, say } = useT();
  const result = useStore((s) => s.result);
  const evaluation = result?.evaluation;
  const figures = evaluation?.figures;
  return (
    <Section step={4} title={t('evaluate.title')} id="evaluate">
      {!result ? (
        <p className="muted">{t('evaluate.empty')}</p>
      ) : (
        <div className="evaluation">
          <p className="muted">{t('evaluate.rows', { test: result.rows.test, train: result.rows.train, validation: result.rows.validation })}</p>
          <MetricGrid result={result} />
          {figures?.task === 'binary' && <BinaryPanels figures={figures} />}
          {figures?.task === 'multiclass' && <MulticlassPanels figures={figures} />}
          {figures?.task === 'regression' && <RegressionCharts figures={figures} />}
          {evaluation && evaluation.baselines.length > 0 && <BaselineTable result={result} evaluation={evaluation} />}
          {evaluation?.unavailable.map((note) => {
            const text = typeof note === 'string' ? unavailableText(t, note) : say(note);
            return (
              <p key={text} className="muted">
                {text}
              </p>
            );
          })}
          {evaluation?.importance && <ImportanceChart importance={evaluation.importance} />}
        </div>
      )}
    </Section>
  );
}

/** A note saved in English before the worker sent phrases (with the error's own words), in the person's language. */
const UNAVAILABLE = /^(The simple baselines|Column importance) could not be measured \(([\s\S]*)\)\.$/;

function unavailableText(t: Translator['t'], note: string): string {
  const [, what, detail = ''] = UNAVAILABLE.exec(note) ?? [];
  if (what === undefined) return note;
  return t(what === 'Column importance' ? 'evaluate.unavailable.importance' : 'evaluate.unavailable.baselines', { detail });
}
