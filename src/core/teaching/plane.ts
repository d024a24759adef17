/**
 * The plane a decision map covers (as in TensorFlow Playground): when a model reads exactly two numeric
 * columns, a square grid of cells spans their raw range. The worker puts the cells' centres through
 * the fitted preprocessing and the model; the page colours the cells. Pure: no tfjs, no DOM.
 */
import type { ColumnStore, StoredColumn } from '../csv/store';
import type { Task } from '../model/spec';

/** Cells per side: 48 × 48 = 2,304 predictions, a few milliseconds even for the slowest backend. */
export const MAP_CELLS = 48;
/** Added on each side of the data's range, as a share of it, so that the outermost points are not on the border. */
export const MAP_MARGIN = 0.05;
/** Training points drawn over the map at most: enough to see the classes, little to send. */
export const MAP_POINTS = 400;

/** One side of the plane, in the column's own units (as written in the file, before any scaling). */
export interface PlaneAxis {
  name: string;
  min: number;
  max: number;
}

/** An input column of the model and its kind, as preprocessing (or the data plan) has it. */
export interface InputKind {
  name: string;
  kind: string;
}

/** Why a model has no decision map, for the page to explain. */
export type PlaneProblem =
  | { reason: 'input-count'; inputCount: number }
  | { reason: 'not-numeric'; columns: string[] }
  | { reason: 'regression' };

export type ClassTask = Exclude<Task, 'regression'>;

/** The two columns a map spans, or why there is none: classes to tell apart and exactly two numeric inputs. */
export function planeColumns(inputs: readonly InputKind[], task: Task): { columns: [string, string]; task: ClassTask } | { problem: PlaneProblem } {
  if (task === 'regression') return { problem: { reason: 'regression' } };
  if (inputs.length !== 2) return { problem: { reason: 'input-count', inputCount: inputs.length } };
  const other = inputs.filter((input) => input.kind !== 'numeric').map((input) => input.name);
  if (other.length > 0) return { problem: { reason: 'not-numeric', columns: other } };
  return { columns: [(inputs[0] as InputKind).name, (inputs[1] as InputKind).name], task };
}

/**
 * The range of a column's finite values (every row of the file, not only the training rows: the map
 * shows the whole data), widened by {@link MAP_MARGIN} on each side. A column with one value (or none)
 * gets a range of 2 around it, so that the grid still has a width.
 */
export function axisFor(name: string, values: ArrayLike<number>): PlaneAxis {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (!Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (min > max) return { name, min: -1, max: 1 };
  if (min === max) return { name, min: min - 1, max: max + 1 };
  const margin = (max - min) * MAP_MARGIN;
  return { name, min: min - margin, max: max + margin };
}

/**
 * The centre of every cell, row by row from the top (the largest y) and left to right, as a chart
 * draws them: cell (row, column) is at index row × cells + column.
 */
export function gridCentres(x: PlaneAxis, y: PlaneAxis, cells: number = MAP_CELLS): { xs: Float64Array; ys: Float64Array } {
  const xs = new Float64Array(cells * cells);
  const ys = new Float64Array(cells * cells);
  const dx = (x.max - x.min) / cells;
  const dy = (y.max - y.min) / cells;
  for (let row = 0; row < cells; row++) {
    for (let column = 0; column < cells; column++) {
      xs[row * cells + column] = x.min + (column + 0.5) * dx;
      ys[row * cells + column] = y.max - (row + 0.5) * dy;
    }
  }
  return { xs, ys };
}

/**
 * The grid's cell centres as a table of the two input columns, numbers as a loaded file holds them, so
 * that the fitted preprocessing (imputation, log, scaling, missing indicators) applies to them exactly as
 * it does to the training rows.
 */
export function gridTable(x: PlaneAxis, y: PlaneAxis, cells: number = MAP_CELLS): ColumnStore {
  const { xs, ys } = gridCentres(x, y, cells);
  const column = (name: string, numbers: Float64Array): StoredColumn => ({
    name,
    numbers,
    codes: null,
    labels: [],
    numberLabelsKept: false,
    labelsCapped: false,
    days: null,
    dayOrder: null,
    unreadableDays: 0,
    unit: null,
  });
  return { names: [x.name, y.name], columns: [column(x.name, xs), column(y.name, ys)], rowCount: cells * cells, decimalComma: false, notes: [] };
}

/** The index of the cell holding (px, py), or -1 outside the plane. The top and right edges belong to the plane. */
export function cellAt(x: PlaneAxis, y: PlaneAxis, px: number, py: number, cells: number = MAP_CELLS): number {
  if (!(px >= x.min && px <= x.max && py >= y.min && py <= y.max)) return -1;
  const column = Math.min(cells - 1, Math.floor(((px - x.min) / (x.max - x.min)) * cells));
  const row = Math.min(cells - 1, Math.floor(((y.max - py) / (y.max - y.min)) * cells));
  return row * cells + column;
}

/** Up to `limit` of `rows`, evenly spread over them (the same rows every time: no randomness). */
export function spreadRows(rows: ArrayLike<number>, limit: number = MAP_POINTS): number[] {
  const count = Math.min(limit, rows.length);
  return Array.from({ length: count }, (_, i) => rows[Math.floor((i * rows.length) / count)] as number);
}

/**
 * The model's outputs as one probability per class and cell: a binary model gives P(positive) and the
 * classes are [negative, positive]; a multi-class model's softmax is already one per class.
 */
export function classProbabilities(outputs: Float32Array, task: ClassTask, cellCount: number): Float32Array {
  if (task === 'multiclass') return outputs;
  const probabilities = new Float32Array(cellCount * 2);
  for (let cell = 0; cell < cellCount; cell++) {
    const positive = outputs[cell] as number;
    probabilities[cell * 2] = 1 - positive;
    probabilities[cell * 2 + 1] = positive;
  }
  return probabilities;
}
