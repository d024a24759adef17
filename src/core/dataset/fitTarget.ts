import { summarise } from '../csv/columnStats';
import { columnByName, numberValues, type ColumnStore } from '../csv/store';
import type { TargetEncoding } from './preprocessing';
import type { TargetInfo } from './target';

/** The target's encoding: its classes, or for regression the training rows' mean and spread (to scale it for training). */
export function fitTarget(store: ColumnStore, target: TargetInfo, rows: ArrayLike<number>): TargetEncoding {
  if (target.task === 'binary') {
    const [negative = '', positive = ''] = target.classes;
    return { name: target.name, task: 'binary', classes: [negative, positive], positiveClass: target.positiveClass ?? positive, threshold: 0.5 };
  }
  if (target.task === 'multiclass') return { name: target.name, task: 'multiclass', classes: [...target.classes] };
  const column = columnByName(store, target.name);
  const summary = column ? summarise(numberValues(column, store.rowCount), rows) : null;
  const std = summary?.std ?? 0;
  return { name: target.name, task: 'regression', mean: summary?.mean ?? 0, std: Number.isFinite(std) && std > 1e-12 ? std : 1 };
}
