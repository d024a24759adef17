import * as tf from '@tensorflow/tfjs';
import { columnByName, numberValues, type ColumnStore } from '../core/csv/store';
import { encodeStoredFeatures } from '../core/dataset/encode';
import type { ModelSpec } from '../core/model/spec';
import type { FitOutcome } from '../core/training/fit';
import type { TrainingSettings } from '../core/training/settings';
import type { DecisionMap, NeuronMaps, PlanePoints, PlaneView } from '../core/teaching/map';
import { neuronLayers, type NeuronLayer, type NeuronProblem } from '../core/teaching/neurons';
import { axisFor, classProbabilities, gridTable, MAP_CELLS, planeColumns, spreadRows, type ClassTask, type PlaneAxis } from '../core/teaching/plane';
import type { PreparedData } from './prepare';

/**
 * While training: at most one map this often. A map is one predict of 2,304 rows, a few milliseconds,
 * but a small table can finish dozens of epochs a second and the page redraws each map.
 */
const MAP_INTERVAL_MS = 250;

interface Plane {
  x: PlaneAxis;
  y: PlaneAxis;
  /** The grid's cell centres after the fitted preprocessing: the model's input, row-major. */
  features: Float32Array;
  featureCount: number;
  classes: string[];
  task: ClassTask;
  points: PlanePoints;
  neurons: { layers: NeuronLayer[] } | { problem: NeuronProblem };
}

/**
 * The live decision map of one training run (issue 8): when the model reads exactly two numeric
 * columns, predictions over a grid spanning their raw range after an epoch (throttled) and once more
 * for the model training ends with; otherwise one message saying why there is none.
 */
export class DecisionMaps {
  private readonly plane: Plane | null;
  private lastStarted = -Infinity;
  /** The model whose map is being read, if any: while it is, later epochs of that model get none. */
  private reading: tf.LayersModel | null = null;
  /** Set once the final map is asked for: a map of an earlier epoch still being read is then dropped. */
  private finished = false;
  /** The model with the hidden layers' outputs as extra outputs, for the model it was made from. */
  private probe: { model: tf.LayersModel; outputs: tf.LayersModel } | null = null;

  constructor(
    store: ColumnStore,
    data: PreparedData,
    spec: ModelSpec,
    private readonly send: (view: PlaneView, transfer: ArrayBuffer[]) => void,
  ) {
    const found = planeColumns(data.pre.inputs, data.target.task);
    if ('problem' in found) {
      this.plane = null;
      send({ problem: found.problem }, []);
      return;
    }
    const [xValues, yValues] = found.columns.map((name) => {
      const column = columnByName(store, name);
      return column ? numberValues(column, store.rowCount) : new Float64Array(store.rowCount).fill(NaN);
    }) as [Float64Array, Float64Array];
    const x = axisFor(found.columns[0], xValues);
    const y = axisFor(found.columns[1], yValues);
    const grid = encodeStoredFeatures(data.pre, gridTable(x, y), Int32Array.from({ length: MAP_CELLS * MAP_CELLS }, (_, i) => i));
    const neurons = neuronLayers(spec);
    this.plane = {
      x,
      y,
      features: grid.values,
      featureCount: grid.featureCount,
      classes: data.target.classes,
      task: found.task,
      points: trainingPoints(data, xValues, yValues),
      neurons: 'problem' in neurons ? { problem: neurons.problem } : { layers: neurons.layers },
    };
  }

  /** After an epoch: starts a map unless one of this model is being read or the last began less than {@link MAP_INTERVAL_MS} ago. */
  afterEpoch(model: tf.LayersModel, epoch: number): void {
    if (!this.plane || this.reading === model || performance.now() - this.lastStarted < MAP_INTERVAL_MS) return;
    this.lastStarted = performance.now();
    this.reading = model;
    void this.draw(model, epoch, false).finally(() => {
      if (this.reading === model) this.reading = null;
    });
  }

  /**
   * The map of the model training ended with. A map still being read is not waited for (on a backend
   * that failed mid-training it may never be answered): it is dropped when it arrives.
   */
  async finish(model: tf.LayersModel, epoch: number): Promise<void> {
    if (!this.plane) return;
    this.finished = true;
    await this.draw(model, epoch, true);
  }

  /** Never throws: a map is an extra, and training must not fail (or change backend) because of one. */
  private async draw(model: tf.LayersModel, epoch: number, final: boolean): Promise<void> {
    const plane = this.plane as Plane;
    const cellCount = MAP_CELLS * MAP_CELLS;
    let outputs: tf.Tensor[] = [];
    try {
      // The predict is queued now, with this epoch's weights, even if reading its result waits for the GPU.
      outputs = tf.tidy(() => {
        const result = this.probeOf(model, plane).predict(tf.tensor2d(plane.features, [cellCount, plane.featureCount]));
        return Array.isArray(result) ? result : [result];
      });
      const [output, ...hidden] = (await Promise.all(outputs.map((tensor) => tensor.data()))) as Float32Array[];
      if (this.finished && !final) return;
      const probabilities = classProbabilities(output as Float32Array, plane.task, cellCount);
      const neurons = 'layers' in plane.neurons ? { maps: neuronMaps(plane.neurons.layers, hidden, cellCount) } : plane.neurons;
      const map: DecisionMap = { epoch, final, x: plane.x, y: plane.y, cells: MAP_CELLS, classes: plane.classes, probabilities, points: plane.points, neurons };
      const transfer = [probabilities.buffer, ...('maps' in neurons ? neurons.maps.values.map((values) => values.buffer) : [])] as ArrayBuffer[];
      this.send({ map }, transfer);
    } catch {
      // A backend lost mid-read fails the next training step too, and training handles that (it moves to another backend).
    } finally {
      for (const tensor of outputs) tensor.dispose();
    }
  }

  /** The model's output and, for small networks, each hidden Dense layer's output, in one predict. */
  private probeOf(model: tf.LayersModel, plane: Plane): tf.LayersModel {
    if (this.probe?.model !== model) {
      // Shares the trained layers (and so their weights): never dispose of it, only drop it.
      const hidden = 'layers' in plane.neurons ? plane.neurons.layers.map((layer) => model.getLayer(layer.name).output as tf.SymbolicTensor) : [];
      this.probe = { model, outputs: tf.model({ inputs: model.inputs, outputs: [...model.outputs, ...hidden] }) };
    }
    return this.probe.outputs;
  }
}

/** The epoch whose weights a model has once fitted: the best one when they are restored, else the last (as fitModel keeps them). */
export function shownEpoch(outcome: Pick<FitOutcome, 'bestEpoch' | 'history'>, settings: Pick<TrainingSettings, 'restoreBestWeights'>): number {
  return settings.restoreBestWeights && outcome.bestEpoch > 0 ? outcome.bestEpoch : (outcome.history.at(-1)?.epoch ?? 0);
}

/** Up to a few hundred training rows with both coordinates, evenly spread, and their class. */
function trainingPoints(data: PreparedData, xValues: Float64Array, yValues: Float64Array): PlanePoints {
  const classCount = data.target.classes.length;
  const positions = spreadRows(Int32Array.from({ length: data.split.train.length }, (_, i) => i)).filter((i) => {
    const row = data.split.train[i] as number;
    return Number.isFinite(xValues[row]) && Number.isFinite(yValues[row]);
  });
  const target = data.train.target;
  const classOf = (i: number): number => {
    if (data.target.task === 'binary') return target[i] === 1 ? 1 : 0;
    let best = 0;
    for (let k = 1; k < classCount; k++) if ((target[i * classCount + k] as number) > (target[i * classCount + best] as number)) best = k;
    return best;
  };
  return {
    x: Float32Array.from(positions, (i) => xValues[data.split.train[i] as number] as number),
    y: Float32Array.from(positions, (i) => yValues[data.split.train[i] as number] as number),
    classIndex: Uint8Array.from(positions, classOf),
  };
}

/** Splits each hidden layer's row-major output (cells × units) into one map per neuron. */
function neuronMaps(layers: NeuronLayer[], outputs: Float32Array[], cellCount: number): NeuronMaps {
  const values: Float32Array[] = [];
  layers.forEach((layer, index) => {
    const output = outputs[index] as Float32Array;
    for (let unit = 0; unit < layer.units; unit++) values.push(Float32Array.from({ length: cellCount }, (_, cell) => output[cell * layer.units + unit] as number));
  });
  return { layers, values };
}
