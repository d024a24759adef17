import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PLAN } from '../core/dataset/plan';
import { denseStack } from '../core/model/spec';
import { english } from '../core/texts';
import { DEFAULT_TRAINING } from '../core/training/settings';
import { cpuSession } from '../test/cpuSession';
import type { TrainConfig, WorkerEvent, WorkerRequest } from '../worker/protocol';
import { en } from './messages/en';
import { zh } from './messages/zh';
import { translatePhrase } from './translate';
import { phraseIds, untranslatedWords } from './untranslated';

/**
 * What the worker and the core raise when they cannot do what was asked reaches the page as a phrase,
 * and the page words it in the person's language: no error may reach a Chinese page in English.
 */

/** The failure's text is in both catalogues, its English is the event's message, and its Chinese has no English left. */
function expectWordedInBothLanguages(event: Extract<WorkerEvent, { type: 'failed' }>): void {
  for (const id of phraseIds(event.text)) {
    expect(en, id).toHaveProperty([id]);
    expect(zh, id).toHaveProperty([id]);
  }
  expect(event.message).toBe(english(event.text));
  expect(translatePhrase('zh', event.text)).not.toBe(event.message);
  expect(untranslatedWords(event.text), `${event.code}: ${translatePhrase('zh', event.text)}`).toEqual([]);
}

function createSession() {
  // Only cpu starts here, so asking for webgl fails as it does in a browser without it; a sample that is
  // not there fails inside Node's file reading: a bug's own words, inside a phrase.
  const { answer } = cpuSession({ onlyCpu: true });
  const failure = (request: WorkerRequest) => answer(request, 'failed');
  /** Loads a CSV that must load. */
  const load = (csv: string) => answer(file('data.csv', csv), 'datasetLoaded');
  return { failure, load };
}

const file = (name: string, bytes: Uint8Array | string): WorkerRequest => ({ type: 'loadFile', requestId: 1, file: new Blob([bytes]), name });
const config = (target: string, change: Partial<TrainConfig> = {}): TrainConfig => ({
  target,
  positiveClass: null,
  spec: denseStack([4]),
  settings: { ...DEFAULT_TRAINING, epochs: 1 },
  backend: 'cpu',
  ...change,
});
const table = (rows: number, row: (index: number) => string, header: string) => [header, ...Array.from({ length: rows }, (_, index) => row(index))].join('\n');

beforeAll(async () => {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
});

describe('failures raised in the worker and the core', () => {
  it('are never written as English text in the source: every UserError carries a phrase', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? sources(path) : /(?<!\.test)\.ts$/.test(name) ? [path] : [];
      });
    const sites = ['src/core', 'src/worker'].flatMap(sources).flatMap((path) => readFileSync(path, 'utf8').split('new UserError(').slice(1).map((rest) => `${path}: ${rest.slice(0, 80)}`));
    // The reason code is a literal; what follows it must not be one (a quote or a backtick would be English text).
    expect(sites.length).toBeGreaterThan(30);
    expect(sites.filter((site) => !/^[^:]+: \s*'[\w-]+',\s*[^\s'"`]/.test(site))).toEqual([]);
  });

  it('say what is wrong with a file in Chinese, whatever the file', async () => {
    const { failure } = createSession();
    const fixture = (name: string) => new Uint8Array(readFileSync(`e2e/fixtures/${name}`));
    const bad = [
      file('empty.csv', ''),
      file('blank.csv', '\n\n  \n'),
      file('header_only.csv', fixture('header_only.csv')),
      file('png_renamed.csv', fixture('png_renamed.csv')),
      file('excel_workbook.xlsx', fixture('excel_workbook.xlsx')),
      file('customers.csv.gz', fixture('customers.csv.gz')),
      file('binary.csv', new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0x00, 0x01, 0x02, 0x0a])),
      file('report.pdf', '%PDF-1.7\n'),
    ];
    const codes: string[] = [];
    for (const request of bad) {
      const answer = await failure(request);
      codes.push(answer.code);
      expectWordedInBothLanguages(answer);
    }
    expect(codes).toEqual(['empty-file', 'empty-file', 'no-rows', 'not-csv', 'not-csv', 'not-csv', 'not-csv', 'not-csv']);
    const png = await failure(file('png_renamed.csv', fixture('png_renamed.csv')));
    expect(png.message).toBe('This looks like a PNG image, not a CSV. Load the CSV file with your data instead.');
    expect(translatePhrase('zh', png.text)).toBe('这看起来是 PNG 图片，不是 CSV 文件。请改为加载包含你的数据的 CSV 文件。');
  });

  it('say in Chinese that there is no data or no model yet, or that a sample did not load', async () => {
    const { failure } = createSession();
    const requests: WorkerRequest[] = [
      { type: 'checkData', requestId: 1, target: null, positiveClass: null, plan: DEFAULT_PLAN },
      { type: 'train', requestId: 2, config: config('y') },
      { type: 'scoreRow', requestId: 3, values: [] },
      { type: 'scoreFile', requestId: 4, file: new Blob(['a\n1\n']), name: 'new.csv' },
      { type: 'exportBundle', requestId: 5 },
      { type: 'getWeights', requestId: 6 },
      { type: 'snapshotModel', requestId: 7 },
      { type: 'loadSample', requestId: 8, url: 'samples/missing.csv', title: 'Missing', preferredTarget: null, preferredPositive: null },
    ];
    const codes: string[] = [];
    for (const request of requests) {
      const answer = await failure(request);
      codes.push(answer.code);
      expectWordedInBothLanguages(answer);
    }
    expect(codes).toEqual(['no-data', 'no-data', 'no-model', 'no-model', 'no-model', 'no-model', 'no-model', 'internal']);
  });

  it('say in Chinese why the loaded data cannot train as asked', async () => {
    const { failure, load } = createSession();
    const train = (change: Partial<TrainConfig>, target = 'y') => failure({ type: 'train', requestId: 2, config: config(target, change) });
    const checks: [string, () => Promise<Extract<WorkerEvent, { type: 'failed' }>>][] = [];

    await load(table(60, (i) => `${i % 2 ? 'yes' : 'no'},${i},${i % 7},2024-01-${String((i % 28) + 1).padStart(2, '0')}`, 'y,x,z,day'));
    checks.push(['unknown-target', () => train({}, 'nothing')]);
    checks.push(['bad-settings', () => train({ spec: denseStack([0]), settings: { ...DEFAULT_TRAINING, batchSize: 0, seed: 1.5 } })]);
    checks.push(['bad-split', () => train({ data: { ...DEFAULT_PLAN, split: { validation: 0.45, test: 0.02, byDate: null } } })]);
    checks.push(['bad-split', () => train({ data: { ...DEFAULT_PLAN, split: { validation: 0.15, test: 0.15, byDate: 'x' } } })]);
    checks.push(['backend-unavailable', () => train({ backend: 'webgl' })]);
    for (const [code, run] of checks) {
      const answer = await run();
      expect(answer.code).toBe(code);
      expectWordedInBothLanguages(answer);
    }

    await load(table(10, (i) => `${i % 2 ? 'yes' : 'no'},${i}`, 'y,x'));
    const few = await train({});
    expect(few.code).toBe('too-few-rows');
    expect(translatePhrase('zh', few.text)).toBe('只有 10 行在“y”中有可用的值；训练和测试模型至少需要 20 行。');
    expectWordedInBothLanguages(few);

    await load(table(40, (i) => `${i % 2 ? 'yes' : 'no'},`, 'y,blank'));
    const noInputs = await train({});
    expect(noInputs.code).toBe('no-inputs');
    expectWordedInBothLanguages(noInputs);

    await load(table(40, () => 'same,1', 'y,x'));
    const oneValue = await train({});
    expect(oneValue.code).toBe('bad-target');
    expectWordedInBothLanguages(oneValue);
  });

  it('join several problems into one message, in order, in either language', async () => {
    const { failure, load } = createSession();
    await load(table(60, (i) => `${i % 2 ? 'yes' : 'no'},${i % 7}`, 'y,x'));
    const answer = await failure({ type: 'train', requestId: 2, config: config('y', { data: { ...DEFAULT_PLAN, split: { validation: 0.45, test: 0.5, byDate: null } } }) });
    expect(answer.message).toBe('The validation share must be between 5% and 40%. The test share must be between 5% and 40%. Keep at least 50% of the rows for training.');
    expect(translatePhrase('zh', answer.text)).toBe('验证集比例必须在 5% 到 40% 之间。测试集比例必须在 5% 到 40% 之间。请至少保留 50% 的行用于训练。');
  });
});
