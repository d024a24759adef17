import type { ModelProblem } from '../../core/model/validation';
import { useT } from '../../i18n/useT';
import { ProblemText } from './Field';

/** Every check's message in one place, errors first; errors keep the stack from training. */
export function ProblemList({ problems }: { problems: readonly ModelProblem[] }) {
  const { t } = useT();
  if (problems.length === 0) return null;
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...problems].sort((a, b) => order[a.severity] - order[b.severity]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <div className="problems" data-testid="model-problems" data-errors={errors}>
      {errors > 0 && <p className="problems-lead">{t('stack.cannotTrain', { count: errors })}</p>}
      <ul>
        {sorted.map((problem) => (
          <li key={problem.message} className={`field-problem ${problem.severity}`} data-severity={problem.severity}>
            <ProblemText problem={problem} withLayer />
          </li>
        ))}
      </ul>
    </div>
  );
}
