import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { denseStack } from '../core/model/spec';
import type { DecisionMap, PlaneView } from '../core/teaching/map';
import { MAP_CELLS } from '../core/teaching/plane';
import { DEFAULT_TRAINING } from '../core/training/settings';
import type { TrainConfig, WorkerEvent } from './protocol';
import { Session } from './session';

/** The worker's message handler on the tfjs cpu backend, with a sample loaded. */
async function sessionWith(sample: string, target: string) {
  const events: WorkerEvent[] = [];
  const session = new Session({
    post: (event) => events.push(event),
    fetchBytes: async (url) => new Uint8Array(readFileSync(url)),
    candidateBackends: () => ['cpu'],
    switchBackend: async (name) => (await tf.setBackend(name)) && tf.getBackend() === name,
    describeBackend: async (name) => name,
    loadOnnxRuntime: () => import('onnxruntime-web'),
  });
  await session.handle({ type: 'loadSample', requestId: 1, url: `public/samples/${sample}.csv`, title: sample, preferredTarget: target, preferredPositive: null });
  /** Trains (a small network, by default, for 60 epochs) and returns this run's events. */
  const train = async (config: Partial<TrainConfig> = {}): Promise<WorkerEvent[]> => {
    const start = events.length;
    const settings = { ...DEFAULT_TRAINING, epochs: 60, batchSize: 16, learningRate: 0.02, patience: 0, seed: 4 };
    await session.handle({ type: 'train', requestId: 2, config: { target, positiveClass: null, spec: denseStack([6, 4]), settings, backend: 'cpu', ...config } });
    const run = events.slice(start);
    if (run.at(-1)?.type !== 'trainingDone') throw new Error(`training failed: ${JSON.stringify(run.at(-1))}`);
    return run;
  };
  return { train };
}

async function train(sample: string, target: string, config: Partial<TrainConfig>): Promise<WorkerEvent[]> {
  return (await sessionWith(sample, target)).train(config);
}

const viewsOf = (events: WorkerEvent[]): PlaneView[] => events.flatMap((event) => (event.type === 'decisionMap' ? [event.view] : []));
const mapsOf = (events: WorkerEvent[]): DecisionMap[] => viewsOf(events).flatMap((view) => ('map' in view ? [view.map] : []));

beforeAll(async () => {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
});

describe('the decision map while training', () => {
  it('follows a model of two numeric inputs during training and shows the final model once more', async () => {
    const events = await train('circles', 'label', {});
    const maps = mapsOf(events);
    expect(maps.length).toBeGreaterThanOrEqual(2);
    const [first] = maps;
    const final = maps.at(-1) as DecisionMap;
    expect(first).toMatchObject({ epoch: 1, final: false, cells: MAP_CELLS, classes: ['0', '1'] });
    expect(maps.filter((map) => map.final)).toEqual([final]);
    const done = events.at(-1);
    if (done?.type !== 'trainingDone') throw new Error('not done');
    expect(final.epoch).toBe(done.result.bestEpoch);
    // The final map comes before the result, so the page never shows a result without its map.
    expect(events.indexOf(events.find((e) => e.type === 'decisionMap' && 'map' in e.view && e.view.map.final) as WorkerEvent)).toBeLessThan(events.length - 1);
    // Spans the raw data (x and y run from about -5 to 5 in the file), not the standardised features.
    expect(final.x).toMatchObject({ name: 'x' });
    expect(final.x.min).toBeLessThan(-5);
    expect(final.x.max).toBeGreaterThan(5);
    expect(final.probabilities.length).toBe(MAP_CELLS * MAP_CELLS * 2);
    // Probabilities per cell sum to one; the disc of class 1 is in the middle, the ring of class 0 outside.
    const cell = (row: number, column: number) => (row * MAP_CELLS + column) * 2;
    expect((final.probabilities[cell(0, 0)] as number) + (final.probabilities[cell(0, 0) + 1] as number)).toBeCloseTo(1, 5);
    expect(final.probabilities[cell(MAP_CELLS / 2, MAP_CELLS / 2) + 1]).toBeGreaterThan(0.8);
    expect(final.probabilities[cell(MAP_CELLS / 2, 2) + 1]).toBeLessThan(0.2);
    expect(done.result.metrics.accuracy).toBeGreaterThanOrEqual(0.9);
    // Training points: the training split, with their classes.
    expect(final.points.x.length).toBe(done.result.rows.train);
    expect(new Set(final.points.classIndex)).toEqual(new Set([0, 1]));
  });

  it('maps each hidden neuron of a small network', async () => {
    const final = mapsOf(await train('circles', 'label', { settings: { ...DEFAULT_TRAINING, epochs: 2, patience: 0 } })).at(-1);
    if (!final || !('maps' in final.neurons)) throw new Error('no neuron maps');
    expect(final.neurons.maps.layers).toEqual([{ name: 'l1_dense', units: 6 }, { name: 'l2_dense', units: 4 }]);
    expect(final.neurons.maps.values).toHaveLength(10);
    for (const values of final.neurons.maps.values) expect(values).toHaveLength(MAP_CELLS * MAP_CELLS);
    // ReLU outputs: never below zero.
    expect(Math.min(...final.neurons.maps.values.flatMap((values) => Array.from(values)))).toBeGreaterThanOrEqual(0);
  });

  it('says why a larger network has no neuron maps but still draws the map, for three classes too', async () => {
    const maps = mapsOf(await train('gaussian', 'label', { spec: denseStack([16]), settings: { ...DEFAULT_TRAINING, epochs: 2, patience: 0 } }));
    const final = maps.at(-1) as DecisionMap;
    expect(final.classes).toEqual(['A', 'B', 'C']);
    expect(final.probabilities.length).toBe(MAP_CELLS * MAP_CELLS * 3);
    expect(final.neurons).toEqual({ problem: { reason: 'too-wide', layer: 1, units: 16 } });
  });

  it('sends once why there is no map for a model of other inputs, and no map', async () => {
    const views = viewsOf(await train('penguins', 'species', { settings: { ...DEFAULT_TRAINING, epochs: 2, patience: 0 } }));
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ problem: { reason: 'input-count' } });
  });

  it('leaves no tensor behind', async () => {
    const session = await sessionWith('circles', 'label');
    const settings = { ...DEFAULT_TRAINING, epochs: 3, patience: 0 };
    await session.train({ settings });
    const afterFirst = tf.memory().numTensors;
    // Training again replaces the kept model; the maps' inputs and outputs are all freed.
    await session.train({ settings });
    expect(tf.memory().numTensors).toBe(afterFirst);
  });
});
