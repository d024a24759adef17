/**
 * A decision map as the worker sends it while training: what the model predicts over the plane of its
 * two inputs, the training points drawn on top, and, for small networks, what each hidden neuron outputs
 * over the same plane. Plain, structured-cloneable data.
 */
import type { NeuronLayer, NeuronProblem } from './neurons';
import { cellAt, type PlaneAxis, type PlaneProblem } from './plane';

/** Training rows drawn over the map: their raw coordinates and the index of their class. */
export interface PlanePoints {
  x: Float32Array;
  y: Float32Array;
  classIndex: Uint8Array;
}

/** Per hidden neuron, its output at every cell (the same layout as the map), layer by layer. */
export interface NeuronMaps {
  layers: NeuronLayer[];
  /** One array of cells² values per neuron: layer 1's units first, then layer 2's... */
  values: Float32Array[];
}

export interface DecisionMap {
  /** The epoch whose weights the map shows. */
  epoch: number;
  /** True for the model training ended with (best weights restored); false for a snapshot along the way. */
  final: boolean;
  x: PlaneAxis;
  y: PlaneAxis;
  /** Cells per side. */
  cells: number;
  classes: string[];
  /** Per cell (row by row from the top), the probability of each class: cells² × classes.length values. */
  probabilities: Float32Array;
  points: PlanePoints;
  neurons: { maps: NeuronMaps } | { problem: NeuronProblem };
}

/** What the worker says about the map of a training run: the latest map, or why there is none. */
export type PlaneView = { map: DecisionMap } | { problem: PlaneProblem };

/** The class each cell predicts (the most probable one; the first on a tie). */
export function predictedClasses(map: Pick<DecisionMap, 'probabilities' | 'classes' | 'cells'>): Uint8Array {
  const count = map.classes.length;
  const predicted = new Uint8Array(map.cells * map.cells);
  for (let cell = 0; cell < predicted.length; cell++) {
    let best = 0;
    for (let k = 1; k < count; k++) if ((map.probabilities[cell * count + k] as number) > (map.probabilities[cell * count + best] as number)) best = k;
    predicted[cell] = best;
  }
  return predicted;
}

/** The text equivalent of a map, in numbers: how much of the plane each class takes, and how many points fall in their own class's area. */
export interface MapSummary {
  /** Per class, the share of cells that predict it (0–1). */
  areaShares: number[];
  /** Points drawn, and those lying in a cell that predicts their class. */
  points: number;
  pointsInOwnArea: number;
}

export function summariseMap(map: Pick<DecisionMap, 'probabilities' | 'classes' | 'cells' | 'x' | 'y' | 'points'>): MapSummary {
  const predicted = predictedClasses(map);
  const counts = new Array<number>(map.classes.length).fill(0);
  for (const k of predicted) counts[k] = (counts[k] as number) + 1;
  let inOwn = 0;
  const { x, y, classIndex } = map.points;
  for (let i = 0; i < classIndex.length; i++) {
    const cell = cellAt(map.x, map.y, x[i] as number, y[i] as number, map.cells);
    if (cell >= 0 && predicted[cell] === classIndex[i]) inOwn++;
  }
  return { areaShares: counts.map((count) => count / predicted.length), points: classIndex.length, pointsInOwnArea: inOwn };
}
