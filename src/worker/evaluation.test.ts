import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { figuresAtStep, stepOfThreshold } from '../core/metrics/thresholds';
import { denseStack } from '../core/model/spec';
import { english } from '../core/texts';
import { DEFAULT_TRAINING } from '../core/training/settings';
import { cpuSession } from '../test/cpuSession';
import type { TrainingResult } from './protocol';
import { SCORING_CHUNK_ROWS } from './scoring';

/** A session on the tfjs cpu backend, trained on a sample with a small, quick network. */
async function trainedSession(file: string, target: string, positive: string | null) {
  const { events, answer: send } = cpuSession();
  await send({ type: 'loadSample', requestId: 1, url: `public/samples/${file}`, title: file, preferredTarget: target, preferredPositive: positive }, 'datasetLoaded');
  const settings = { ...DEFAULT_TRAINING, epochs: 8, batchSize: 64, learningRate: 0.01 };
  const done = await send({ type: 'train', requestId: 2, config: { target, positiveClass: positive, spec: denseStack([16]), settings, backend: 'cpu' } }, 'trainingDone');
  return { events, send, result: done.result };
}

function evaluationOf(result: TrainingResult) {
  if (!result.evaluation) throw new Error('training produced no evaluation');
  return result.evaluation;
}

beforeAll(async () => {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
});

describe('evaluation after training', () => {
  it('binary: curves, a threshold table matching the headline metrics, baselines and importance by column', async () => {
    const { result, events } = await trainedSession('mlc_churn.csv', 'churn', 'yes');
    const evaluation = evaluationOf(result);
    const figures = evaluation.figures;
    if (figures.task !== 'binary') throw new Error('expected binary figures');
    expect(evaluation.testRows).toBe(result.rows.test);
    expect(figures.report.auc).toBe(result.metrics.auc);
    const atDefault = figuresAtStep(figures.thresholds, stepOfThreshold(figures.thresholds, figures.report.threshold));
    expect([atDefault.precision, atDefault.recall, atDefault.f1, atDefault.accuracy]).toEqual([result.metrics.precision, result.metrics.recall, result.metrics.f1, result.metrics.accuracy]);
    expect(figures.roc.fpr.length).toBeLessThanOrEqual(200);

    const [constant, linear] = evaluation.baselines;
    expect(constant).toMatchObject({ kind: 'constant', title: 'Always the most common class' });
    expect(constant!.metrics.auc).toBe(0.5);
    expect(constant!.metrics.recall).toBe(0);
    expect(linear).toMatchObject({ kind: 'linear', title: 'Logistic regression' });
    // scikit-learn's LogisticRegression reaches 0.811 on this data (datasets README).
    expect(linear!.metrics.auc).toBeGreaterThan(0.78);

    const importance = evaluation.importance;
    if (!importance) throw new Error('expected importance');
    expect(importance.metric).toBe('auc');
    expect(importance.baseline).toBeCloseTo(result.metrics.auc!, 12);
    const inputNames = evaluation.inputs.map((f) => f.name).sort();
    expect(importance.columns.map((c) => c.name).sort()).toEqual(inputNames);
    expect(inputNames).not.toContain('churn');
    expect(importance.columns[0]!.drop).toBeGreaterThan(0.01);
    expect(events.some((e) => e.type === 'trainingPhase' && typeof e.detail !== 'string' && /baselines/.test(english(e.detail)))).toBe(true);
    const state = evaluation.inputs.find((f) => f.name === 'state');
    expect(state?.kind === 'categorical' && state.categories.length).toBeGreaterThan(10);
  }, 120_000);

  it('regression: figures in the target’s units, the mean and linear regression as baselines', async () => {
    const { result } = await trainedSession('Sacramento.csv', 'price', null);
    const evaluation = evaluationOf(result);
    const figures = evaluation.figures;
    if (figures.task !== 'regression') throw new Error('expected regression figures');
    expect(figures.report.r2).toBe(result.metrics.r2);
    expect(figures.scatter.actual).toHaveLength(result.rows.test);
    expect(figures.residuals.counts.reduce((a, b) => a + b, 0)).toBe(result.rows.test);
    expect(evaluation.baselines.map((b) => b.title)).toEqual(['Always the average', 'Linear regression']);
    // The training mean predicts the test rows about as well as nothing: R² near 0, never much above.
    expect(evaluation.baselines[0]!.metrics.r2).toBeLessThan(0.02);
    expect(Number.isFinite(evaluation.baselines[1]!.metrics.r2)).toBe(true);
    expect(evaluation.importance?.metric).toBe('r2');
    const sqft = evaluation.inputs.find((f) => f.name === 'sqft');
    expect(sqft).toMatchObject({ kind: 'numeric', integer: true });
  }, 120_000);
});

describe('scoring', () => {
  it('scores a file in chunks with progress, and each row as the what-if form would', async () => {
    const { send, events } = await trainedSession('penguins.csv', 'species', null);
    const lines = readFileSync('public/samples/penguins.csv', 'utf8').trim().split('\n');
    const body = lines.slice(1);
    const rowCount = 2 * SCORING_CHUNK_ROWS + 7;
    const text = [lines[0], ...Array.from({ length: rowCount }, (_, i) => body[i % body.length])].join('\n');
    const from = events.length;
    const scored = await send({ type: 'scoreFile', requestId: 3, file: new Blob([text]), name: 'many.csv' }, 'scored');
    const progress = events.slice(from).filter((e) => e.type === 'scoringProgress');
    expect(progress.map((e) => e.type === 'scoringProgress' && e.done)).toEqual([SCORING_CHUNK_ROWS, 2 * SCORING_CHUNK_ROWS, rowCount]);
    const rows = Papa.parse<Record<string, string>>(await scored.file.text(), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(rowCount);

    const header = Object.keys(rows[0]!).filter((name) => !name.startsWith('predicted_') && !name.startsWith('probability_') && name !== 'layerlab_notes');
    expect(header).toContain('bill_length_mm');
    for (const index of [0, 3, SCORING_CHUNK_ROWS + 1, rowCount - 1]) {
      const values = header.map((name): [string, string] => [name, rows[index]![name] ?? '']);
      const { prediction } = await send({ type: 'scoreRow', requestId: 4, values }, 'rowScored');
      const fromFile = prediction.columns.map((c) => [c.name, rows[index]![c.name]]);
      expect(prediction.columns.map((c) => [c.name, String(c.value)])).toEqual(fromFile);
      expect(prediction.notes.join('; ')).toBe(rows[index]!.layerlab_notes);
    }
  }, 120_000);

  it('notes a what-if row with a missing column or an unknown category instead of failing', async () => {
    const { send } = await trainedSession('penguins.csv', 'species', null);
    const { prediction } = await send({ type: 'scoreRow', requestId: 5, values: [['island', 'Atlantis'], ['__proto__', '1']] }, 'rowScored');
    expect(prediction.columns[0]!.name).toBe('predicted_species');
    expect(prediction.notes.join(' ')).toMatch(/island.*Atlantis/);
    expect(prediction.notes.join(' ')).toMatch(/bill_length_mm/);
  }, 120_000);
});
