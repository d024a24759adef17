/**
 * The bundle's self-check must pass a faithful bundle and catch each way a bundle can be wrong: other
 * weights, another network in model.onnx, preprocessing that encodes differently, a missing file, and
 * an ONNX runtime that cannot start.
 */
import * as tf from '@tensorflow/tfjs';
import * as ort from 'onnxruntime-web';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { MISSING_TOKENS } from '../core/csv/cells';
import { parseCsvText } from '../core/csv/parse';
import { FEATURE_CLIP, featureNamesOf, PREPROCESSING_FORMAT, PREPROCESSING_VERSION, type InputColumn, type Preprocessing } from '../core/dataset/preprocessing';
import { formatDifference, VERIFICATION_TOLERANCE } from '../core/export/verification';
import { buildModel } from '../core/model/build';
import { denseStack, outputFor } from '../core/model/spec';
import { exportBundle } from './exporting';
import type { TrainingResult } from './protocol';
import type { TrainedModel } from './training';
import { verifyBundle } from './verifyBundle';

const loadOrt = async () => ort;

/** A model as training leaves it, without training: a number with gaps and a category in, yes/no out. */
function trainedModel(seed: number): TrainedModel {
  const rows = Array.from({ length: 150 }, (_, i) => `${i % 13 === 0 ? 'NA' : (i * 7) % 31},${['a', 'b', 'c'][i % 3]},${i % 4 === 0 ? 'yes' : 'no'}`);
  // The last 50 rows stand for the test split, in shuffled order as a split leaves them.
  const testSample = parseCsvText(['visits,plan,bought', ...rows.slice(100).reverse()].join('\n'));
  const inputs: InputColumn[] = [
    { name: 'visits', kind: 'numeric', impute: 15, imputeStrategy: 'mean', transform: 'none', scaling: 'standard', center: 15, scale: 9, missingIndicator: false },
    { name: 'plan', kind: 'categorical', encoding: 'onehot', categories: ['a', 'b', 'c'], otherBucket: false, impute: 'a', missingIndicator: false },
  ];
  const pre: Preprocessing = {
    format: PREPROCESSING_FORMAT,
    version: PREPROCESSING_VERSION,
    missingTokens: MISSING_TOKENS,
    decimalComma: false,
    featureClip: FEATURE_CLIP,
    excluded: [],
    inputs,
    featureNames: inputs.flatMap(featureNamesOf),
    target: { name: 'bought', task: 'binary', classes: ['no', 'yes'], positiveClass: 'yes', threshold: 0.5 },
  };
  const spec = denseStack([5]);
  const model = buildModel(spec, pre.featureNames.length, outputFor('binary', 2), seed);
  const result: TrainingResult = { task: 'binary', classes: ['no', 'yes'], metrics: {}, stoppedBy: 'completed', bestEpoch: 1, backend: 'cpu', rows: { train: 100, validation: 0, test: 50, droppedForTarget: 0 }, featureCount: 4, paramCount: model.countParams() };
  return { model, pre, spec, result, source: 'test', testSample };
}

function replaceFile(zip: Uint8Array, name: string, bytes: Uint8Array<ArrayBuffer> | null): Uint8Array {
  const files = unzipSync(zip);
  if (bytes) files[name] = bytes;
  else delete files[name];
  return zipSync(files);
}

let trained: TrainedModel;
let zip: Uint8Array;

beforeAll(async () => {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
  ort.env.wasm.numThreads = 1;
  trained = trainedModel(1);
  const exported = await exportBundle(trained, loadOrt);
  zip = exported.zip;
  if (!exported.verification.ok) throw new Error(exported.verification.problem);
  expect(exported.verification).toMatchObject({ rowsCompared: 50, tfjsDifference: 0 });
  expect(exported.verification.onnxDifference).toBeLessThan(1e-6);
}, 60_000);

describe('verifyBundle', () => {
  it('fails a bundle whose weights.bin holds other weights', async () => {
    const weights = unzipSync(zip)['weights.bin']!.slice();
    new Float32Array(weights.buffer).forEach((value, i, all) => (all[i] = value + 0.5));
    const verdict = await verifyBundle(replaceFile(zip, 'weights.bin', weights), trained, loadOrt);
    expect(verdict).toMatchObject({ ok: false, rowsCompared: 50 });
    expect(verdict.ok === false && verdict.problem).toMatch(/^Reloaded from the zip, model\.json \+ weights\.bin differ by up to \de-\d .* 50 test rows/);
  });

  it('fails a bundle whose model.onnx is another network', async () => {
    const other = await exportBundle(trainedModel(2), loadOrt);
    const verdict = await verifyBundle(replaceFile(zip, 'model.onnx', unzipSync(other.zip)['model.onnx']!), trained, loadOrt);
    expect(verdict.ok === false && verdict.problem).toMatch(/model\.onnx differs/);
    expect(verdict.ok === false && verdict.problem).not.toMatch(/weights\.bin/);
  });

  it('fails a bundle whose preprocessing.json encodes rows differently', async () => {
    const pre = JSON.parse(strFromU8(unzipSync(zip)['preprocessing.json']!)) as Preprocessing;
    const shifted = { ...pre, inputs: pre.inputs.map((input) => (input.kind === 'numeric' ? { ...input, center: input.center + 3 } : input)) };
    const verdict = await verifyBundle(replaceFile(zip, 'preprocessing.json', strToU8(JSON.stringify(shifted))), trained, loadOrt);
    expect(verdict.ok === false && verdict.problem).toMatch(/weights\.bin differ .* and model\.onnx differs/);
  });

  it('reports a missing file or a runtime that cannot start, in plain words', async () => {
    const withoutOnnx = await verifyBundle(replaceFile(zip, 'model.onnx', null), trained, loadOrt);
    expect(withoutOnnx).toEqual({ ok: false, rowsCompared: 0, problem: 'The bundle could not be checked: the zip has no model.onnx.' });
    const offline = await verifyBundle(zip, trained, () => Promise.reject(new Error('the ONNX runtime failed to download')));
    expect(offline.ok === false && offline.problem).toBe('The bundle could not be checked: the ONNX runtime failed to download.');
  });
});

describe('formatDifference', () => {
  it('writes differences as a person reads them', () => {
    expect([2.3e-7, 0, VERIFICATION_TOLERANCE, 0.25, Infinity].map(formatDifference)).toEqual(['2e-7', '0', '1e-4', '3e-1', 'an unreadable amount']);
  });
});
