import { useId, type ReactNode } from 'react';
import type { ModelProblem } from '../../core/model/validation';
import { HelpToggle } from './HelpToggle';

/** The accessibility wiring a field's control takes: its id, its help and problem texts, its validity. */
export interface ControlProps {
  id: string;
  'aria-describedby': string;
  'aria-invalid': boolean;
}

export const SEVERITY_WORD = { error: 'Problem', warning: 'Warning', info: 'Note' } as const;

/** One option of a layer: label, control, help on demand, and the check's message right beside it. */
export function Field({ label, help, problem, children }: { label: string; help: string; problem?: ModelProblem; children: (control: ControlProps) => ReactNode }) {
  const id = useId();
  const helpId = `${id}-help`;
  const problemId = `${id}-problem`;
  return (
    <div className="option">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': problem ? `${problemId} ${helpId}` : helpId, 'aria-invalid': problem?.severity === 'error' })}
      <HelpToggle label={`What is “${label}”?`} text={help} id={helpId} />
      {problem && (
        <p id={problemId} className={`field-problem ${problem.severity}`}>
          {SEVERITY_WORD[problem.severity]}: {problem.detail}
        </p>
      )}
    </div>
  );
}
