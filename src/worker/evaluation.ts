import type * as tf from '@tensorflow/tfjs';
import type { ColumnProfile } from '../core/csv/profile';
import { featureNamesOf, type Preprocessing } from '../core/dataset/preprocessing';
import { rocAuc } from '../core/metrics/binary';
import { evenlySpacedIndices } from '../core/metrics/downsample';
import { classIndices, testFigures, type Evaluation, type ImportanceResult, type InputField } from '../core/metrics/evaluation';
import { permutationImportance, type ColumnBlock } from '../core/metrics/importance';
import { argmaxRows } from '../core/metrics/multiclass';
import { r2Score } from '../core/metrics/regression';
import { predictRows } from '../core/model/predict';
import { phrase, type Phrase } from '../core/text';
import { trainingText } from '../core/training/texts';
import { trainBaselines } from './baselines';
import type { PreparedData } from './prepare';
import type { WorkerText } from './protocol';

/** Test rows used for importance at most: enough for stable drops, few enough to stay quick. */
const IMPORTANCE_MAX_ROWS = 5000;
/** Rows × columns × shuffles predicted for importance at most, so wide tables stay quick too. */
const IMPORTANCE_BUDGET = 1_000_000;
const IMPORTANCE_MAX_REPEATS = 5;

export interface EvaluationInput {
  model: tf.LayersModel;
  data: PreparedData;
  /** The model's outputs on the test split, already computed for the headline metrics. */
  testOutputs: Float32Array;
  profiles: readonly ColumnProfile[];
  seed: number;
  /** Says what is being done, for the status line: the baselines and importance take a few seconds. */
  onStep: (detail: WorkerText) => void;
}

/** Everything the Evaluate and Use steps show for a trained model, all measured on the test split. */
export async function buildEvaluation(input: EvaluationInput): Promise<Evaluation> {
  const { data } = input;
  const testRows = data.test.features.rowCount;
  const figures = testFigures(data.pre, data.test.target, input.testOutputs, testRows);
  const unavailable: Phrase[] = [];
  // The extras must never cost the person the model they just trained: a failure becomes a note.
  const attempt = async <T>(what: 'evaluate.unavailable.baselines' | 'evaluate.unavailable.importance', run: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      unavailable.push(phrase(what, { detail: error instanceof Error ? error.message : String(error) }));
      return fallback;
    }
  };
  input.onStep(trainingText('training.detail.baselines'));
  const baselines = await attempt('evaluate.unavailable.baselines', () => trainBaselines(data, input.seed), []);
  input.onStep(trainingText('training.detail.importance'));
  const importance = await attempt('evaluate.unavailable.importance', () => columnImportance(input.model, data, input.seed), null);
  return { testRows, figures, baselines, importance, inputs: inputFields(data.pre, input.profiles), unavailable };
}

/** Each original column's place in the feature matrix (its own features and its missing flag), in order. */
function columnBlocks(pre: Preprocessing): ColumnBlock[] {
  const blocks: ColumnBlock[] = [];
  let offset = 0;
  for (const input of pre.inputs) {
    const width = featureNamesOf(input).length;
    if (width > 0) blocks.push({ name: input.name, offset, width });
    offset += width;
  }
  return blocks;
}

async function columnImportance(model: tf.LayersModel, data: PreparedData, seed: number): Promise<ImportanceResult | null> {
  const { pre, test } = data;
  const featureCount = pre.featureNames.length;
  const columns = columnBlocks(pre);
  if (columns.length === 0 || test.features.rowCount === 0) return null;
  const rowLimit = Math.min(IMPORTANCE_MAX_ROWS, Math.max(200, Math.floor(IMPORTANCE_BUDGET / columns.length)));
  const picked = evenlySpacedIndices(test.features.rowCount, Math.max(2, rowLimit));
  const rowCount = picked.length;
  const units = test.target.length / test.features.rowCount;
  const features = new Float32Array(rowCount * featureCount);
  const target = new Float32Array(rowCount * units);
  picked.forEach((row, i) => {
    features.set(test.features.values.subarray(row * featureCount, (row + 1) * featureCount), i * featureCount);
    target.set(test.target.subarray(row * units, (row + 1) * units), i * units);
  });
  const scoring = importanceScore(pre, target, rowCount);
  const repeats = Math.max(1, Math.min(IMPORTANCE_MAX_REPEATS, Math.floor(IMPORTANCE_BUDGET / (rowCount * columns.length))));
  const result = await permutationImportance({
    features,
    rowCount,
    featureCount,
    columns,
    predict: (shuffled) => predictRows(model, shuffled, rowCount, featureCount),
    score: scoring.score,
    repeats,
    seed,
  });
  if (!Number.isFinite(result.baseline)) return null;
  return { ...result, metric: scoring.metric, metricName: scoring.metricName, rowsUsed: rowCount, repeats };
}

/** The score whose drop measures importance: the task's most telling threshold-free figure. */
function importanceScore(pre: Preprocessing, target: Float32Array, rowCount: number): Pick<ImportanceResult, 'metric' | 'metricName'> & { score: (outputs: Float32Array) => number } {
  const task = pre.target.task;
  if (task === 'binary') return { metric: 'auc', metricName: 'ROC AUC', score: (outputs) => rocAuc(target, outputs) };
  if (task === 'multiclass') {
    const k = pre.target.classes.length;
    const labels = classIndices(target, k, rowCount);
    return {
      metric: 'accuracy',
      metricName: 'accuracy',
      score: (outputs) => argmaxRows(outputs, k).reduce((right, predicted, i) => right + (predicted === labels[i] ? 1 : 0), 0) / rowCount,
    };
  }
  // R² does not change when target and prediction are scaled alike, so the standardised values serve.
  return { metric: 'r2', metricName: 'R²', score: (outputs) => r2Score(target, outputs) };
}

/**
 * The what-if form: a range per numeric input (spanning the loaded table), a list for categories and
 * yes/no columns, free text for dates (typed as in the file). Initial values are the training fill-ins.
 */
function inputFields(pre: Preprocessing, profiles: readonly ColumnProfile[]): InputField[] {
  return pre.inputs.map((input): InputField => {
    switch (input.kind) {
      case 'categorical':
        return { name: input.name, kind: 'categorical', categories: input.categories, initial: input.impute !== null && input.categories.includes(input.impute) ? input.impute : (input.categories[0] ?? '') };
      case 'boolean': {
        const choices = [input.trueValues[0] ?? 'true', input.falseValues[0] ?? 'false'];
        return { name: input.name, kind: 'categorical', categories: choices, initial: choices[input.impute === 1 ? 0 : 1] as string };
      }
      case 'date':
        return { name: input.name, kind: 'text', initial: '', hint: 'a date, written as in your file (empty: a typical date)' };
      case 'numeric': {
        const profile = profiles.find((p) => p.name === input.name);
        const integer = profile?.integer ?? false;
        const initial = integer ? Math.round(input.impute) : Number(input.impute.toPrecision(4));
        return { name: input.name, kind: 'numeric', min: profile?.min ?? initial, max: profile?.max ?? initial, integer, initial: String(initial) };
      }
    }
  });
}
