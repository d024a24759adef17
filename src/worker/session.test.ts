import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { denseStack } from '../core/model/spec';
import { DEFAULT_TRAINING } from '../core/training/settings';
import { cpuSession } from '../test/cpuSession';

/** A session on the tfjs cpu backend, with request ids to number what it is sent. */
function createSession() {
  const { session, events, send } = cpuSession();
  let nextId = 1;
  return { session, events, send, id: () => nextId++ };
}

const csv = (text: string) => new Blob([text], { type: 'text/csv' });

beforeAll(async () => {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
});

describe('Session', () => {
  it('loads a sample and suggests its target', async () => {
    const { send } = createSession();
    const events = await send({ type: 'loadSample', requestId: 1, url: 'public/samples/penguins.csv', title: 'Penguins', preferredTarget: 'species', preferredPositive: null });
    const loaded = events.find((e) => e.type === 'datasetLoaded');
    expect(loaded?.type === 'datasetLoaded' && loaded.summary).toMatchObject({ rowCount: 344, columnCount: 7, suggestedTarget: 'species' });
  });

  it('answers bad files with a user-facing failure and keeps the loaded data', async () => {
    const { send, events } = createSession();
    await send({ type: 'loadFile', requestId: 1, file: csv('a,b\n1,2\n3,4\n'), name: 'good.csv' });
    await send({ type: 'loadFile', requestId: 2, file: csv(''), name: 'empty.csv' });
    await send({ type: 'loadFile', requestId: 3, file: csv('a,b,c\n'), name: 'header.csv' });
    const failures = events.filter((e) => e.type === 'failed');
    expect(failures.map((f) => f.type === 'failed' && f.code)).toEqual(['empty-file', 'no-rows']);
    // The earlier table is still there: training on it reaches the target check, not "no data".
    await send({ type: 'train', requestId: 4, config: { target: 'b', positiveClass: null, spec: denseStack([4]), settings: { ...DEFAULT_TRAINING, epochs: 1 }, backend: 'cpu' } });
    const last = events[events.length - 1];
    expect(last?.type === 'failed' && last.code).toBe('too-few-rows');
  });

  it('trains, evaluates on the test split, scores a file and exports a loadable bundle', async () => {
    const { send, events } = createSession();
    await send({ type: 'loadSample', requestId: 1, url: 'public/samples/penguins.csv', title: 'Penguins', preferredTarget: 'species', preferredPositive: null });
    const config = { target: 'species', positiveClass: null, spec: denseStack([16]), settings: { ...DEFAULT_TRAINING, epochs: 30, batchSize: 16, learningRate: 0.01 }, backend: 'auto' } as const;
    await send({ type: 'train', requestId: 2, config });
    const afterFirst = tf.memory().numTensors;
    await send({ type: 'train', requestId: 2, config });
    const done = events.find((e) => e.type === 'trainingDone');
    if (done?.type !== 'trainingDone') throw new Error(`training failed: ${JSON.stringify(events[events.length - 1])}`);
    expect(done.result.task).toBe('multiclass');
    expect(done.result.classes).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
    expect(done.result.metrics.accuracy).toBeGreaterThan(0.9);
    expect(done.result.rows.test).toBeGreaterThan(40);
    expect(events.filter((e) => e.type === 'epochEnd').length).toBeGreaterThan(0);
    // Training again replaces the model without leaking tensors (optimizer state, best weights, batches).
    expect(tf.memory().numTensors).toBe(afterFirst);
    // The debug hook's figures are tfjs's own, and asking for them allocates nothing.
    await send({ type: 'memoryStats', requestId: 5 });
    const memory = events.find((e) => e.type === 'memoryStats');
    if (memory?.type !== 'memoryStats') throw new Error('no memory stats');
    expect(memory.stats).toEqual({ backend: 'cpu', numTensors: afterFirst, numDataBuffers: tf.memory().numDataBuffers, numBytes: tf.memory().numBytes, hasModel: true });
    expect(tf.memory().numTensors).toBe(afterFirst);

    const rows = readFileSync('public/samples/penguins.csv', 'utf8').split('\n').slice(0, 11).join('\n');
    await send({ type: 'scoreFile', requestId: 3, file: csv(rows), name: 'new.csv' });
    const scored = events.find((e) => e.type === 'scored');
    if (scored?.type !== 'scored') throw new Error('scoring failed');
    const parsed = Papa.parse<Record<string, string>>(await scored.file.text(), { header: true, skipEmptyLines: true });
    expect(parsed.data).toHaveLength(10);
    expect(parsed.meta.fields).toContain('predicted_species');
    expect(parsed.meta.fields).toContain('probability_Gentoo');

    await send({ type: 'exportBundle', requestId: 4 });
    const bundle = events.find((e) => e.type === 'bundleReady');
    if (bundle?.type !== 'bundleReady') throw new Error('export failed');
    const files = unzipSync(bundle.zip);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['README.md', 'model.json', 'model.onnx', 'preprocessing.json', 'weights.bin']));
    const pre = JSON.parse(strFromU8(files['preprocessing.json']!));
    expect(pre.target).toMatchObject({ task: 'multiclass', classes: ['Adelie', 'Chinstrap', 'Gentoo'] });
  });

  it('starts a run held after its first step, steps on request, and stops keeping a finished epoch', async () => {
    const { session, events } = createSession();
    await session.handle({ type: 'loadSample', requestId: 1, url: 'public/samples/penguins.csv', title: 'Penguins', preferredTarget: 'species', preferredPositive: null });
    const settings = { ...DEFAULT_TRAINING, epochs: 20, batchSize: 16, patience: 0 };
    const holds = () => events.filter((e) => e.type === 'trainingPhase' && e.phase === 'paused').length;
    const epochs = () => events.filter((e) => e.type === 'epochEnd').length;
    const heldTimes = async (count: number) => {
      for (let waited = 0; holds() < count && waited < 20_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(holds()).toBe(count);
    };
    const run = session.handle({ type: 'train', requestId: 2, config: { target: 'species', positiveClass: null, spec: denseStack([8]), settings, backend: 'cpu', firstStep: 'epoch' } });
    await heldTimes(1);
    expect(epochs()).toBe(1);
    await session.handle({ type: 'stepTraining', unit: 'batch' });
    await heldTimes(2);
    expect(epochs()).toBe(1);
    const last = events.findLast((e) => e.type === 'batchProgress');
    expect(last?.type === 'batchProgress' && [last.progress.epoch, last.progress.step]).toEqual([2, 1]);
    await session.handle({ type: 'stepTraining', unit: 'epoch' });
    await heldTimes(3);
    expect(epochs()).toBe(2);
    await session.handle({ type: 'stopTraining' });
    await run;
    const done = events.find((e) => e.type === 'trainingDone');
    expect(done?.type === 'trainingDone' && done.result.stoppedBy).toBe('user');
  });
});
