import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { denseStack } from '../core/model/spec';
import { DEFAULT_TRAINING } from '../core/training/settings';
import { cpuSession } from '../test/cpuSession';
import type { TrainingCheckpoint, WorkerRequest } from './protocol';

/** A worker's session on the tfjs cpu backend; a second one plays the worker restarted after a crash. */
function createSession() {
  const { session, events } = cpuSession();
  const send = async (request: WorkerRequest) => {
    await session.handle(request);
    return events[events.length - 1];
  };
  return { events, send };
}

const loadPenguins = { type: 'loadSample', requestId: 1, url: 'public/samples/penguins.csv', title: 'Penguins', preferredTarget: 'species', preferredPositive: null } as const;
const config = { target: 'species', positiveClass: null, spec: denseStack([8]), settings: { ...DEFAULT_TRAINING, epochs: 4, patience: 0, batchSize: 16, learningRate: 0.01 }, backend: 'cpu' } as const;

beforeAll(async () => {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
});

describe('training checkpoints', () => {
  it('come after the first epoch and after the last, and bring the trained model back in a fresh worker', async () => {
    const first = createSession();
    await first.send(loadPenguins);
    const done = await first.send({ type: 'train', requestId: 2, config });
    if (done?.type !== 'trainingDone') throw new Error(`training failed: ${JSON.stringify(done)}`);
    const checkpoints = first.events.flatMap((e) => (e.type === 'trainingCheckpoint' ? [e.checkpoint] : []));
    // The first epoch (nothing was sent yet) and the last (always); the pacing (checkpoints.test.ts) may hold back others.
    const epochs = checkpoints.map((c) => c.epoch);
    expect(epochs[0]).toBe(1);
    expect(epochs[epochs.length - 1]).toBe(4);
    expect(new Set(epochs).size).toBe(epochs.length);
    const last = checkpoints[checkpoints.length - 1] as TrainingCheckpoint;
    expect(last.history).toHaveLength(4);
    expect(last.bestEpoch).toBe(done.result.bestEpoch);

    const restarted = createSession();
    expect(await restarted.send({ type: 'restoreCheckpoint', requestId: 1, checkpoint: last })).toMatchObject({ type: 'failed', code: 'no-data' });
    await restarted.send(loadPenguins);
    const restored = await restarted.send({ type: 'restoreCheckpoint', requestId: 3, checkpoint: last });
    if (restored?.type !== 'modelRestored') throw new Error(`restore failed: ${JSON.stringify(restored)}`);
    // The same weights on the same seeded split: the same test metrics as the run that wrote them.
    expect(restored.result.metrics).toEqual(done.result.metrics);
    expect(restored.result).toMatchObject({ stoppedBy: 'interrupted', bestEpoch: done.result.bestEpoch, rows: done.result.rows });
    // The restored model is the session's model: scoring and export work on it.
    const scored = await restarted.send({ type: 'scoreRow', requestId: 4, values: [['island', 'Biscoe'], ['bill_length_mm', '45']] });
    expect(scored?.type).toBe('rowScored');
  });

  it('that do not fit the loaded data are refused in plain words', async () => {
    const session = createSession();
    await session.send(loadPenguins);
    const first = await session.send({ type: 'train', requestId: 2, config: { ...config, settings: { ...config.settings, epochs: 1 } } });
    expect(first?.type).toBe('trainingDone');
    const checkpoint = session.events.find((e) => e.type === 'trainingCheckpoint');
    if (checkpoint?.type !== 'trainingCheckpoint') throw new Error('no checkpoint');
    const wider = { ...checkpoint.checkpoint, config: { ...checkpoint.checkpoint.config, spec: denseStack([9]) } };
    const answer = await session.send({ type: 'restoreCheckpoint', requestId: 3, checkpoint: wider });
    expect(answer).toMatchObject({ type: 'failed', code: 'checkpoint-mismatch' });
    expect(answer?.type === 'failed' && answer.message).toMatch(/does not fit.*press Train/i);
  });
});
