/**
 * The simplest honest prediction: the training split's average of the encoded target, for every test
 * row. For a class target that is each class's share (the majority class wins at any sensible
 * threshold, and probabilities equal to the base rate give the log loss of knowing nothing else); for
 * a number it is the training mean. A network that cannot beat this has learnt nothing.
 */
export function constantBaselineOutputs(trainTarget: Float32Array, outputUnits: number, testRows: number): Float32Array {
  if (!Number.isInteger(outputUnits) || outputUnits < 1 || trainTarget.length % outputUnits !== 0) {
    throw new RangeError(`constantBaselineOutputs: ${trainTarget.length} target values do not split into rows of ${outputUnits}.`);
  }
  const trainRows = trainTarget.length / outputUnits;
  const means = new Float64Array(outputUnits);
  for (let i = 0; i < trainRows; i++) for (let u = 0; u < outputUnits; u++) means[u]! += trainTarget[i * outputUnits + u] as number;
  for (let u = 0; u < outputUnits; u++) means[u]! /= trainRows;
  const outputs = new Float32Array(testRows * outputUnits);
  for (let i = 0; i < testRows; i++) outputs.set(means, i * outputUnits);
  return outputs;
}
