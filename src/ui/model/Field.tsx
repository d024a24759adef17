import { useId, type ReactNode } from 'react';
import type { ModelProblem } from '../../core/model/validation';
import { useT } from '../../i18n/useT';
import { HelpToggle } from './HelpToggle';

/** The accessibility wiring a field's control takes: its id, its help and problem texts, its validity. */
export interface ControlProps {
  id: string;
  'aria-describedby': string;
  'aria-invalid': boolean;
}

/** A check's message with its severity in front ("Problem: …"), in the person's language. */
export function ProblemText({ problem, withLayer }: { problem: ModelProblem; withLayer: boolean }) {
  const { t } = useT();
  return <>{t('severity.line', { severity: t(`severity.${problem.severity}`), text: withLayer ? problem.messageText : problem.detailText })}</>;
}

/** One option of a layer: label, control, help on demand, and the check's message right beside it. */
export function Field({ label, help, problem, children }: { label: string; help: string; problem?: ModelProblem; children: (control: ControlProps) => ReactNode }) {
  const { t } = useT();
  const id = useId();
  const helpId = `${id}-help`;
  const problemId = `${id}-problem`;
  return (
    <div className="option">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': problem ? `${problemId} ${helpId}` : helpId, 'aria-invalid': problem?.severity === 'error' })}
      <HelpToggle label={t('option.whatIs', { label })} text={help} id={helpId} />
      {problem && (
        <p id={problemId} className={`field-problem ${problem.severity}`}>
          <ProblemText problem={problem} withLayer={false} />
        </p>
      )}
    </div>
  );
}
