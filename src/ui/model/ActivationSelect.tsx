import { HIDDEN_ACTIVATIONS, type HiddenActivation } from '../../core/model/options';
import type { ModelProblem } from '../../core/model/validation';
import { useT } from '../../i18n/useT';
import { Field } from './Field';

/** The activation choice; a value the list lacks (from a hand-edited file) is shown as it is, with its problem. */
export function ActivationSelect({ value, index, disabled, problem, onChange }: { value: HiddenActivation; index: number; disabled: boolean; problem?: ModelProblem; onChange: (value: HiddenActivation) => void }) {
  const { t } = useT();
  const known = (HIDDEN_ACTIVATIONS as readonly string[]).includes(value);
  return (
    <Field label={t('option.activation')} help={t('help.option.activation', { detail: known ? t(`help.activation.${value}`) : '' })} problem={problem}>
      {(control) => (
        <select {...control} value={value} disabled={disabled} data-testid={`layer-activation-${index}`} onChange={(event) => onChange(event.target.value as HiddenActivation)}>
          {!known && <option value={value}>{value}</option>}
          {/* Activations keep the names Keras and TensorFlow.js give them, in every language. */}
          {HIDDEN_ACTIVATIONS.map((name) => (
            <option key={name} value={name} title={t(`help.activation.${name}`)}>
              {name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
