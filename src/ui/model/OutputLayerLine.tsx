import type { OutputSpec } from '../../core/model/spec';

const OUTPUT_WORDS = {
  sigmoid: 'one unit with sigmoid: the probability of the positive class',
  softmax: 'softmax: one probability per class, summing to 1',
  linear: 'one linear unit: the predicted value',
} as const;

/** The output layer is set by the task, not edited; this line says what it is and why. */
export function OutputLayerLine({ output }: { output: OutputSpec }) {
  return (
    <p className="output-layer" data-testid="output-layer" data-units={output.units} data-activation={output.activation}>
      Output layer (follows the task): {output.units} unit{output.units === 1 ? '' : 's'}, {OUTPUT_WORDS[output.activation]}.
    </p>
  );
}
