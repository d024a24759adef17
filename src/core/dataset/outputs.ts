import type { Preprocessing } from './preprocessing';

/** A named output column for a scored file. */
export interface OutputColumn {
  name: string;
  values: (string | number)[];
}

/**
 * Turns raw model outputs into what a person reads: the predicted label with each class's probability,
 * or the predicted value in the target's original units.
 */
export function describeOutputs(pre: Preprocessing, outputs: Float32Array, rowCount: number): OutputColumn[] {
  const target = pre.target;
  const predictionName = `predicted_${target.name}`;
  if (target.task === 'regression') {
    return [{ name: predictionName, values: Array.from({ length: rowCount }, (_, i) => (outputs[i] as number) * target.std + target.mean) }];
  }
  if (target.task === 'binary') {
    const [negative, positive] = target.classes;
    const probabilities = Array.from(outputs.subarray(0, rowCount));
    return [
      { name: predictionName, values: probabilities.map((p) => (p >= target.threshold ? positive : negative)) },
      { name: `probability_${negative}`, values: probabilities.map((p) => 1 - p) },
      { name: `probability_${positive}`, values: probabilities },
    ];
  }
  const k = target.classes.length;
  const labels: string[] = [];
  for (let i = 0; i < rowCount; i++) {
    let best = 0;
    for (let c = 1; c < k; c++) if ((outputs[i * k + c] as number) > (outputs[i * k + best] as number)) best = c;
    labels.push(target.classes[best] as string);
  }
  return [
    { name: predictionName, values: labels },
    ...target.classes.map((label, c) => ({ name: `probability_${label}`, values: Array.from({ length: rowCount }, (_, i) => outputs[i * k + c] as number) })),
  ];
}
