import type { DateOrder } from '../csv/dates';
import type { CategoryCount, ColumnProfile } from '../csv/profile';
import { booleanValues, columnByName, dayValues, numberValues, type ColumnStore } from '../csv/store';
import { targetRows } from './encodeTarget';
import { categoryBuckets, numberBuckets, predictiveStrength, targetValues } from './leakage';
import { choiceFor, DEFAULT_TOP_K, MAX_CATEGORIES, ONE_HOT_LIMIT, roleOf, type DataPlan } from './plan';
import { describeTarget } from './target';

/** A fix the page can apply with one click. */
export type DataFix =
  | { kind: 'exclude'; column: string; label: string }
  | { kind: 'classWeights'; label: string }
  | { kind: 'dateOrder'; column: string; order: DateOrder; label: string };

export interface DataFinding {
  /** Stable per problem and column, for React keys and tests. */
  id: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  column?: string;
  fix?: DataFix;
}

export interface DataCheckReport {
  target: string | null;
  findings: DataFinding[];
  /** Rows per class of the target, most frequent first (classification only). */
  classBalance: CategoryCount[] | null;
  /** Rows whose target can be used. */
  usableRows: number;
}

/** Training needs this many rows with a target (see prepare.ts); fewer than {@link FEW_ROWS} works but is noisy. */
export const MIN_USABLE_ROWS = 20;
export const FEW_ROWS = 200;
/** The rarest class below this share of rows is an imbalance worth weighting. */
export const IMBALANCE_SHARE = 0.2;
/** A column that alone predicts the target this well is reported as a likely leak. */
export const LEAK_STRENGTH = 0.9;
/** Columns missing in more than this share of rows are worth a look. */
const MOSTLY_MISSING = 0.5;
/** Leakage is judged on at most this many rows, evenly spread. */
const LEAK_SAMPLE = 200_000;

const percent = (share: number) => `${Math.round(share * 100)}%`;
const count = (value: number) => value.toLocaleString('en');

/**
 * The data check: what would ruin a model trained on this table with this target, in plain words, with
 * a fix where there is one. Errors stop training; warnings and notes do not.
 */
export function checkData(store: ColumnStore, profiles: readonly ColumnProfile[], targetName: string | null, positiveClass: string | null, plan: DataPlan): DataCheckReport {
  const findings: DataFinding[] = [];
  const targetProfile = profiles.find((p) => p.name === targetName);
  const targetColumn = targetName === null ? undefined : columnByName(store, targetName);
  let classBalance: CategoryCount[] | null = null;
  let usableRows = 0;
  if (targetProfile && targetColumn) {
    const target = describeTarget(targetProfile, positiveClass ?? undefined);
    if (target.problem) findings.push({ id: 'target', severity: 'error', message: target.problem, column: target.name });
    else {
      const rows = targetRows(targetColumn, store.rowCount, target.task, target.classes);
      usableRows = rows.length;
      if (rows.length < MIN_USABLE_ROWS) findings.push({ id: 'too-few-rows', severity: 'error', message: `Only ${count(rows.length)} rows have a usable value in "${target.name}"; at least ${MIN_USABLE_ROWS} are needed to train and test a model. Add rows, or choose another column to predict.` });
      else if (rows.length < FEW_ROWS) findings.push({ id: 'few-rows', severity: 'warning', message: `Only ${count(rows.length)} rows can be used. The model will learn little and its test figures will vary a lot; more rows would help.` });
      if (rows.length < store.rowCount) findings.push({ id: 'target-missing', severity: 'info', message: `${count(store.rowCount - rows.length)} rows have no usable value in "${target.name}" and are left out.`, column: target.name });
      if (target.task !== 'regression') {
        classBalance = targetProfile.top.filter((c) => target.classes.includes(c.value));
        const rarest = classBalance[classBalance.length - 1];
        const share = rarest && rows.length > 0 ? rarest.count / rows.length : 1;
        if (rarest && share < IMBALANCE_SHARE / Math.max(1, target.classes.length - 1)) {
          findings.push(
            plan.classWeights
              ? { id: 'imbalance', severity: 'info', message: `Only ${percent(share)} of rows are "${rarest.value}". Class weights are on: each class counts as much as the others in training.` }
              : { id: 'imbalance', severity: 'warning', message: `Only ${percent(share)} of rows are "${rarest.value}". A model can look accurate by rarely predicting it; class weights make each class count as much as the others.`, fix: { kind: 'classWeights', label: 'Use class weights' } },
          );
        }
      }
      if (rows.length >= MIN_USABLE_ROWS) findings.push(...leaks(store, profiles, target.name, target.classes, target.task === 'regression', rows, plan));
    }
  }
  findings.push(...columnFindings(profiles, targetName, plan, store.rowCount));
  const rank = { error: 0, warning: 1, info: 2 };
  findings.sort((a, b) => rank[a.severity] - rank[b.severity]);
  return { target: targetName, findings, classBalance, usableRows };
}

function leaks(store: ColumnStore, profiles: readonly ColumnProfile[], targetName: string, classes: string[], regression: boolean, rows: number[], plan: DataPlan): DataFinding[] {
  const targetColumn = columnByName(store, targetName);
  if (!targetColumn) return [];
  const stride = Math.max(1, Math.ceil(rows.length / LEAK_SAMPLE));
  const sample = rows.filter((_, i) => i % stride === 0);
  const target = targetValues(targetColumn, sample, classes, regression ? numberValues(targetColumn, store.rowCount) : null);
  const findings: DataFinding[] = [];
  for (const profile of profiles) {
    if (profile.name === targetName) continue;
    const role = roleOf(profile, choiceFor(plan, profile.name));
    const column = columnByName(store, profile.name);
    if (role === 'excluded' || !column) continue;
    const values = role === 'numeric' ? numberValues(column, store.rowCount) : role === 'date' ? dayValues(column, choiceFor(plan, profile.name)?.dateOrder ?? profile.date?.order ?? 'ymd', store.rowCount) : role === 'boolean' ? booleanValues(column, store.rowCount) : null;
    const bucketed = values ? numberBuckets(values, sample) : categoryBuckets(column, sample);
    const strength = bucketed ? predictiveStrength(bucketed.buckets, bucketed.count, target) : null;
    if (strength === null || strength < LEAK_STRENGTH) continue;
    findings.push({
      id: `leak:${profile.name}`,
      severity: 'warning',
      column: profile.name,
      message: `"${profile.name}" alone nearly determines "${targetName}" (${percent(strength)} of the way from guessing to perfect). Such a column is usually recorded after the outcome — a cancellation date for churn, a payment for a sale — and will not be known when the model is used. Exclude it unless it will be.`,
      fix: { kind: 'exclude', column: profile.name, label: `Exclude "${profile.name}"` },
    });
  }
  return findings;
}

function columnFindings(profiles: readonly ColumnProfile[], targetName: string | null, plan: DataPlan, rowCount: number): DataFinding[] {
  const findings: DataFinding[] = [];
  for (const profile of profiles) {
    if (profile.name === targetName) continue;
    const choice = choiceFor(plan, profile.name);
    const role = roleOf(profile, choice);
    const name = profile.name;
    if (role === 'excluded') {
      if (choice?.role !== 'excluded' && (profile.type === 'identifier' || profile.type === 'text' || profile.type === 'constant')) {
        findings.push({ id: `excluded:${name}`, severity: 'info', column: name, message: `"${name}" is left out: ${profile.reason}.` });
      }
      continue;
    }
    if (profile.missing / Math.max(1, rowCount) > MOSTLY_MISSING) {
      findings.push({ id: `missing:${name}`, severity: 'warning', column: name, message: `"${name}" is empty in ${percent(profile.missing / rowCount)} of rows; the gaps are filled in, which may mislead the model.`, fix: { kind: 'exclude', column: name, label: `Exclude "${name}"` } });
    }
    if (role === 'categorical' && profile.distinct > ONE_HOT_LIMIT) {
      const kept = choice?.encoding === 'onehot' ? MAX_CATEGORIES : (choice?.topK ?? DEFAULT_TOP_K);
      if (choice?.encoding !== 'ordinal') findings.push({ id: `cardinality:${name}`, severity: 'info', column: name, message: `"${name}" has ${profile.distinctAtLeast ? 'more than ' : ''}${count(profile.distinct)} different values: the ${count(Math.min(kept, profile.distinct))} most frequent get an input each, the rest share one "other" input.` });
    }
    if (role === 'numeric' && profile.unreadable > 0) {
      findings.push({ id: `unreadable:${name}`, severity: 'info', column: name, message: `${count(profile.unreadable)} cells in "${name}" are not numbers (such as "${profile.top.find((c) => !/\d/.test(c.value))?.value ?? '…'}"); they are treated as missing.` });
    }
    if (role === 'date' && profile.date?.ambiguous && choice?.dateOrder === undefined) {
      const other = profile.date.order === 'dmy' ? 'mdy' : 'dmy';
      findings.push({ id: `date-order:${name}`, severity: 'warning', column: name, message: `The dates in "${name}" could be day-first or month-first (no day is above 12). They are read ${profile.date.order === 'dmy' ? 'day-first (31/12/2024)' : 'month-first (12/31/2024)'}; check that this is right.`, fix: { kind: 'dateOrder', column: name, order: other, label: other === 'dmy' ? 'Read day-first' : 'Read month-first' } });
    }
  }
  return findings;
}
