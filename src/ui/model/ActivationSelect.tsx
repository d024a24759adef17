import { ACTIVATION_HELP, OPTION_HELP } from '../../core/model/help';
import { HIDDEN_ACTIVATIONS, type HiddenActivation } from '../../core/model/options';
import type { ModelProblem } from '../../core/model/validation';
import { Field } from './Field';

/** The activation choice; a value the list lacks (from a hand-edited file) is shown as it is, with its problem. */
export function ActivationSelect({ value, index, disabled, problem, onChange }: { value: HiddenActivation; index: number; disabled: boolean; problem?: ModelProblem; onChange: (value: HiddenActivation) => void }) {
  const known = (HIDDEN_ACTIVATIONS as readonly string[]).includes(value);
  return (
    <Field label="Activation" help={OPTION_HELP.activation(value)} problem={problem}>
      {(control) => (
        <select {...control} value={value} disabled={disabled} data-testid={`layer-activation-${index}`} onChange={(event) => onChange(event.target.value as HiddenActivation)}>
          {!known && <option value={value}>{value}</option>}
          {HIDDEN_ACTIVATIONS.map((name) => (
            <option key={name} value={name} title={ACTIVATION_HELP[name]}>
              {name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
