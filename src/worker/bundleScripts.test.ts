/**
 * Round trips through the whole worker: train on a CSV, export, unzip, and run the bundle's own scripts
 * on new raw rows. `node predict.mjs` must write what the app's batch scoring writes (numbers within
 * 1e-4); predict.py must compile and, with numpy, encode every cell as the app does.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import * as ort from 'onnxruntime-web';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvBytes } from '../core/csv/parse';
import { columnOf } from '../core/csv/table';
import { encodeFeatures } from '../core/dataset/encode';
import type { Preprocessing } from '../core/dataset/preprocessing';
import { MODEL_PRESETS } from '../core/model/presets';
import { denseStack, type ModelSpec } from '../core/model/spec';
import { createRandom } from '../core/random';
import { DEFAULT_TRAINING } from '../core/training/settings';
import type { WorkerEvent, WorkerRequest } from './protocol';
import { Session } from './session';

const TOLERANCE = 1e-4;
const largest = { verification: 0, predictMjs: 0, predictPy: 0 };
const hasNumpy = spawnSync('python3', ['-c', 'import numpy']).status === 0;

beforeAll(async () => {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
  ort.env.wasm.numThreads = 1;
});

const folders: string[] = [];

afterAll(() => {
  // rmSync removes the node_modules link, never what it points to.
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  console.info(`largest difference: bundle check ${largest.verification.toExponential(2)}, predict.mjs vs app ${largest.predictMjs.toExponential(2)}, predict.py (onnx outputs) vs app ${largest.predictPy.toExponential(2)}`);
});

type Outgoing = WorkerRequest extends infer R ? (R extends { requestId: number } ? Omit<R, 'requestId'> : never) : never;

/** Trains through the worker's message handler, exports, and keeps the app's batch scoring at hand. */
async function trainAndExport(csv: Uint8Array | string, target: string, spec: ModelSpec) {
  const events: WorkerEvent[] = [];
  const session = new Session({
    post: (event) => events.push(event),
    fetchBytes: async () => new Uint8Array(),
    candidateBackends: () => ['cpu'],
    switchBackend: async () => true,
    describeBackend: async (name) => name,
    loadOnnxRuntime: async () => ort,
  });
  let nextId = 1;
  const request = async (message: Outgoing) => {
    const requestId = nextId++;
    await session.handle({ ...message, requestId } as WorkerRequest);
    const answer = events.findLast((event) => event.requestId === requestId && event.type !== 'epochEnd' && event.type !== 'trainingPhase');
    if (!answer || answer.type === 'failed') throw new Error(`${message.type} failed: ${JSON.stringify(answer)}`);
    return answer;
  };
  await request({ type: 'loadFile', file: new Blob([csv]), name: 'training.csv' });
  const settings = { ...DEFAULT_TRAINING, epochs: 15, batchSize: 32, learningRate: 0.01, patience: 0 };
  await request({ type: 'train', config: { target, positiveClass: null, spec, settings, backend: 'cpu' } });
  const bundle = await request({ type: 'exportBundle' });
  if (bundle.type !== 'bundleReady') throw new Error('no bundle');
  const appScores = async (bytes: Uint8Array | string) => {
    const scored = await request({ type: 'scoreFile', file: new Blob([bytes]), name: 'new.csv' });
    return scored.type === 'scored' ? await scored.file.text() : '';
  };
  return { bundle, appScores, folder: unzipToFolder(bundle.zip) };
}

/** The zip's files in a fresh folder; `node_modules` links to ours so predict.mjs finds @tensorflow/tfjs. */
function unzipToFolder(zip: Uint8Array): string {
  const folder = mkdtempSync(join(tmpdir(), 'layerlab-bundle-'));
  folders.push(folder);
  for (const [name, bytes] of Object.entries(unzipSync(zip))) writeFileSync(join(folder, name), bytes);
  symlinkSync(resolve('node_modules'), join(folder, 'node_modules'), 'dir');
  return folder;
}

function runScript(command: string, args: string[], folder: string, input: Uint8Array | string, env: NodeJS.ProcessEnv = process.env): string {
  writeFileSync(join(folder, 'input.csv'), input);
  execFileSync(command, [...args, join(folder, 'input.csv'), join(folder, 'scored.csv')], { stdio: 'pipe', env });
  return readFileSync(join(folder, 'scored.csv'), 'utf8');
}

/**
 * Same header, rows and text in every cell; numbers may differ by the tolerance, relative to their size
 * above 1 (a float32 network's rounding, scaled up to a price in the thousands, exceeds 1e-4 in absolute
 * terms). Returns the largest such difference.
 */
function expectSameScores(actual: string, expected: string): number {
  const [ours, theirs] = [actual, expected].map((text) => Papa.parse<string[]>(text).data) as [string[][], string[][]];
  expect(ours[0]).toEqual(theirs[0]);
  expect(ours.length).toBe(theirs.length);
  let worst = 0;
  theirs.forEach((row, r) =>
    row.forEach((cell, c) => {
      const other = ours[r]?.[c];
      const where = `row ${r}, column ${theirs[0]?.[c]}`;
      if (cell !== other && /^-?\d/.test(cell) && Number.isFinite(Number(cell))) {
        const difference = Math.abs(Number(cell) - Number(other)) / Math.max(1, Math.abs(Number(cell)));
        expect(difference, where).toBeLessThanOrEqual(TOLERANCE);
        worst = Math.max(worst, difference);
      } else {
        expect(other, where).toBe(cell);
      }
    }),
  );
  return worst;
}

describe('comparing scored files', () => {
  it('accepts rounding, and refuses a larger difference, another label or another header', () => {
    const base = 'a,p\nx,0.5';
    expect(expectSameScores('a,p\nx,0.50001', base)).toBeCloseTo(1e-5, 8);
    expect(expectSameScores('a,p\nx,250000.01', 'a,p\nx,250000')).toBeCloseTo(4e-8, 10);
    for (const wrong of ['a,p\nx,0.6', 'a,p\ny,0.5', 'a,q\nx,0.5', 'a,p\nx,', 'a,p\nx,1000.5']) expect(() => expectSameScores(wrong, wrong.endsWith('1000.5') ? 'a,p\nx,1000' : base)).toThrow();
  });
});

const churn = churnCsv(240, createRandom(1));
const euroSales = euroSalesCsv(200, createRandom(2));
const penguins = readFileSync('public/samples/penguins.csv', 'utf8');
const cases = [
  {
    name: 'binary: categorical, yes/no, date-like, currency, percent and missing cells',
    csv: churn,
    target: 'churned',
    kinds: ['boolean', 'categorical', 'date', 'numeric'],
    notes: ['was not seen in training', 'is not a number', 'is not a date', 'is not yes or no'],
    spec: MODEL_PRESETS.find((p) => p.id === 'residual-mlp')!.spec(),
    // Rows no training file had (unknown plans, unreadable numbers and dates, times after dates, yes/no as
    // TRUE, 1 and " Y ", a formula, quoted commas and line breaks), with a byte-order mark and CRLF endings.
    newRows: `\ufeff${[
      ...churn.split('\n').slice(0, 41),
      'C9001,enterprise,maybe,2031-02-01,lots,?,5%,no',
      'C9002,=1+1,yes,2023-01-01,"$99.00",3,,yes',
      'C9003,"pro, annual","no\nreally",2023-02-01,-,N/A,101 %,',
      'C9004,plus,TRUE,2023-03-01T10:00:00Z,(12),1e999, 7 %,no',
      'C9005, pro ,1,2023-02-30,USD 99,\u22125,12%,yes',
      'C9006,basic, Y ,2023-4-1,"1,234.5",0,0%,',
    ].join('\r\n')}\r\n`,
  },
  {
    name: 'regression: semicolons, decimal comma, euros, Windows-1252',
    csv: windows1252(euroSales),
    target: 'Wert',
    kinds: ['categorical', 'numeric'],
    notes: ['was not seen in training', 'is not a number'],
    spec: MODEL_PRESETS.find((p) => p.id === 'deep-mlp')!.spec(),
    newRows: windows1252(`${euroSales}\nBerlin;12 abc;1.234,56 €;5 %;\nKöln;;(12,00 €);-;`),
  },
  {
    name: 'multi-class: penguins, with missing measurements',
    csv: penguins,
    target: 'species',
    kinds: ['categorical', 'numeric'],
    notes: ['was not seen in training', 'is not a number'],
    spec: denseStack([16]),
    // Also Excel's empty rows, a line of spaces, and a quote that is never closed.
    newRows: `${penguins.trimEnd()}\n,,,,,,\n   \nGentoo,Atlantis,45.1,NA,"2,10e2",4500,\nAdelie,"Dream,40,18,190,3700,female\n`,
  },
];

describe.each(cases)('$name', ({ csv, target, kinds, notes, spec, newRows }) => {
  let exported: Awaited<ReturnType<typeof trainAndExport>>;

  // Training shares the machine's cores with everything else running: a generous limit.
  beforeAll(async () => {
    exported = await trainAndExport(csv, target, spec);
  }, 180_000);

  it('ships every file, checked against the trained model', () => {
    const { verification, zip } = exported.bundle;
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(['README.md', 'keras_model.py', 'model.json', 'model.onnx', 'package.json', 'predict.mjs', 'predict.py', 'preprocessing.json', 'requirements.txt', 'weights.bin']);
    // The round trip covers every kind of input the file holds.
    expect([...new Set(preprocessingOf(zip).inputs.map((input) => input.kind))].sort()).toEqual(kinds);
    if (!verification.ok) throw new Error(verification.problem);
    expect(verification.rowsCompared).toBeGreaterThan(10);
    expect(Math.max(verification.tfjsDifference, verification.onnxDifference)).toBeLessThanOrEqual(TOLERANCE);
    largest.verification = Math.max(largest.verification, verification.tfjsDifference, verification.onnxDifference);
  });

  it('node predict.mjs writes what the app’s batch scoring writes', async () => {
    const scored = await exported.appScores(newRows);
    // The new rows reach every kind of note: values the model cannot read are filled in, and said so.
    for (const note of notes) expect(scored).toContain(note);
    const difference = expectSameScores(runScript(process.execPath, [join(exported.folder, 'predict.mjs')], exported.folder, newRows), scored);
    largest.predictMjs = Math.max(largest.predictMjs, difference);
  });

  it('predict.mjs reads a semicolon file without an input column, with the app’s notes', async () => {
    const table = parseCsvBytes(bytesOf(newRows));
    const dropped = preprocessingOf(exported.bundle.zip).inputs[0]!.name;
    const names = table.names.filter((name) => name !== dropped);
    const rows = Papa.unparse({ fields: names, data: Array.from({ length: table.rowCount }, (_, r) => names.map((name) => columnOf(table, name)![r])) }, { delimiter: ';' });
    const scored = await exported.appScores(rows);
    expect(scored).toContain(`${dropped}: column missing, filled in`);
    expectSameScores(runScript(process.execPath, [join(exported.folder, 'predict.mjs')], exported.folder, rows), scored);
  });

  it('predict.py and keras_model.py compile', () => {
    execFileSync('python3', ['-m', 'py_compile', join(exported.folder, 'predict.py'), join(exported.folder, 'keras_model.py')], { stdio: 'pipe' });
  });

  // onnxruntime for Python cannot be installed here: a stand-in checks that predict.py feeds model.onnx
  // the app's features for every row and answers with onnxruntime-web's outputs; the CSV must match.
  it.skipIf(!hasNumpy)('predict.py encodes every cell as the app does and writes the same file', async () => {
    const table = parseCsvBytes(bytesOf(newRows));
    const features = encodeFeatures(preprocessingOf(exported.bundle.zip), (name) => columnOf(table, name), Int32Array.from({ length: table.rowCount }, (_, i) => i));
    const session = await ort.InferenceSession.create(join(exported.folder, 'model.onnx'));
    const outputs = (await session.run({ features: new ort.Tensor('float32', features.values, [table.rowCount, features.featureCount]) })).output!;
    writeFileSync(join(exported.folder, 'expected.json'), JSON.stringify({ features: Array.from(features.values), outputs: Array.from(outputs.data as Float32Array) }));
    writeFileSync(join(exported.folder, 'onnxruntime.py'), ONNXRUNTIME_STAND_IN);
    const env = { ...process.env, PYTHONPATH: exported.folder, PYTHONDONTWRITEBYTECODE: '1' };
    const difference = expectSameScores(runScript('python3', [join(exported.folder, 'predict.py')], exported.folder, newRows, env), await exported.appScores(newRows));
    largest.predictPy = Math.max(largest.predictPy, difference);
  });
});

const bytesOf = (content: Uint8Array | string): Uint8Array => (typeof content === 'string' ? new TextEncoder().encode(content) : content);
const preprocessingOf = (zip: Uint8Array): Preprocessing => JSON.parse(strFromU8(unzipSync(zip)['preprocessing.json']!)) as Preprocessing;

/** Text as Excel saves "CSV" on Western European Windows: one byte a character, € as 0x80. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => (char === '€' ? 0x80 : char.charCodeAt(0)));
}

/** Customers with a churn flag that depends on every input; about 6% of cells hold a missing token. */
function churnCsv(rows: number, random: () => number): string {
  const lines = ['customer_id,plan,newsletter,signup_date,monthly_spend,visits,discount,churned'];
  const orMissing = (value: string, token: string) => (random() < 0.06 ? token : value);
  for (let i = 0; i < rows; i++) {
    const plan = ['basic', 'plus', 'pro'][Math.floor(random() * 3)]!;
    const newsletter = random() < 0.5 ? 'yes' : 'no';
    const [month, spend, visits, discount] = [1 + Math.floor(random() * 12), 20 + random() * 2000, Math.floor(random() * 30), Math.floor(random() * 40)];
    const risk = (plan === 'basic' ? 1 : -0.5) + (newsletter === 'no' ? 0.8 : -0.8) - visits / 10 + discount / 20 - spend / 1000 + (random() - 0.5) * 2;
    const money = `"$${spend.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}"`;
    lines.push([`C${1000 + i}`, orMissing(plan, 'NA'), orMissing(newsletter, ''), `2023-${String(month).padStart(2, '0')}-01`, orMissing(money, 'N/A'), orMissing(String(visits), '-'), `${discount}%`, risk > 0 ? 'yes' : 'no'].join(','));
  }
  return lines.join('\n');
}

/** A German shop export: `;`, decimal comma, thousands points, euro amounts and percentages. */
function euroSalesCsv(rows: number, random: () => number): string {
  const german = (value: number) => value.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const lines = ['Stadt;Fläche;Umsatz;Rabatt;Wert'];
  for (let i = 0; i < rows; i++) {
    const city = ['München', 'Köln', 'Düsseldorf'][Math.floor(random() * 3)]!;
    const [area, sales, discount] = [40 + random() * 160, random() * 5000, random() * 30];
    const value = area * 3000 + sales * 20 - discount * 1000 + (city === 'München' ? 150_000 : 0) + random() * 20_000;
    lines.push([city, german(area), random() < 0.05 ? 'NA' : `${german(sales)} €`, `${german(discount)} %`, german(value)].join(';'));
  }
  return lines.join('\n');
}

const ONNXRUNTIME_STAND_IN = `import json, os
import numpy as np

class _Input:
    name = "features"

class InferenceSession:
    def __init__(self, path, providers=None):
        with open(os.path.join(os.path.dirname(path), "expected.json")) as handle:
            self.expected = json.load(handle)

    def get_inputs(self):
        return [_Input()]

    def run(self, names, feeds):
        features = feeds["features"]
        np.testing.assert_allclose(features.ravel(), np.array(self.expected["features"], dtype=np.float32), atol=1e-6)
        return [np.array(self.expected["outputs"], dtype=np.float32).reshape(len(features), -1)]
`;
