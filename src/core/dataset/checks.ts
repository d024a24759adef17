import type { DateOrder } from '../csv/dates';
import type { CategoryCount, ColumnProfile } from '../csv/profile';
import { booleanValues, columnByName, dayValues, numberValues, type ColumnStore } from '../csv/store';
import { phrase, type Phrase } from '../text';
import { english } from '../texts';
import { rarestClass, weighsClasses } from './classBalance';
import { targetRows } from './encodeTarget';
import { categoryBuckets, numberBuckets, predictiveStrength, targetValues } from './leakage';
import { choiceFor, DEFAULT_TOP_K, MAX_CATEGORIES, ONE_HOT_LIMIT, roleOf, type DataPlan } from './plan';
import { describeTarget } from './target';
import type { CHECK_TEXTS, TARGET_TEXTS } from './texts';

type CheckPhrase = Phrase<keyof typeof CHECK_TEXTS>;

/** A fix the page can apply with one click; `label` in English, `labelText` for the person's language. */
export type DataFix = ({ kind: 'exclude'; column: string } | { kind: 'classWeights'; on: boolean } | { kind: 'dateOrder'; column: string; order: DateOrder }) & { label: string; labelText: CheckPhrase };

export interface DataFinding {
  /** Stable per problem and column, for React keys and tests. */
  id: string;
  severity: 'error' | 'warning' | 'info';
  /** In plain English; `text` is the same as a message for the page to show in the person's language. */
  message: string;
  text: CheckPhrase | Phrase<keyof typeof TARGET_TEXTS>;
  column?: string;
  fix?: DataFix;
}

/** A finding with its message in English and as a phrase. */
function finding(id: string, severity: DataFinding['severity'], text: DataFinding['text'], extra: Pick<DataFinding, 'column' | 'fix'> = {}): DataFinding {
  return { id, severity, message: english(text), text, ...extra };
}

const fixLabel = (labelText: CheckPhrase) => ({ label: english(labelText), labelText });

export interface DataCheckReport {
  target: string | null;
  findings: DataFinding[];
  /** Rows per class of the target, most frequent first (classification only). */
  classBalance: CategoryCount[] | null;
  /** Rows whose target can be used. */
  usableRows: number;
  /** Whether training under this plan weighs the classes (the plan's choice, or automatic: a rare class). */
  weighsClasses: boolean;
}

/** Training needs this many rows with a target (see prepare.ts); fewer than {@link FEW_ROWS} works but is noisy. */
export const MIN_USABLE_ROWS = 20;
export const FEW_ROWS = 200;
/** A column that alone predicts the target this well is reported as a likely leak. */
export const LEAK_STRENGTH = 0.9;
/** Columns missing in more than this share of rows are worth a look. */
const MOSTLY_MISSING = 0.5;
/** Leakage is judged on at most this many rows, evenly spread. */
const LEAK_SAMPLE = 200_000;

const percent = (share: number) => `${Math.round(share * 100)}%`;

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
  let weighted = false;
  if (targetProfile && targetColumn) {
    const target = describeTarget(targetProfile, positiveClass ?? undefined);
    if (target.problemText) findings.push(finding('target', 'error', target.problemText, { column: target.name }));
    else {
      const rows = targetRows(targetColumn, store.rowCount, target.task, target.classes);
      usableRows = rows.length;
      if (rows.length < MIN_USABLE_ROWS) findings.push(finding('too-few-rows', 'error', phrase('check.tooFewRows', { rows: rows.length, target: target.name, min: MIN_USABLE_ROWS })));
      else if (rows.length < FEW_ROWS) findings.push(finding('few-rows', 'warning', phrase('check.fewRows', { rows: rows.length })));
      if (rows.length < store.rowCount) findings.push(finding('target-missing', 'info', phrase('check.targetMissing', { rows: store.rowCount - rows.length, target: target.name }), { column: target.name }));
      if (target.task !== 'regression') {
        classBalance = targetProfile.top.filter((c) => target.classes.includes(c.value));
        const rarest = rarestClass(classBalance.map((c) => c.count));
        weighted = weighsClasses(plan.classWeights, rarest !== null);
        if (rarest) findings.push(imbalanceFinding(plan, { share: percent(rarest.share), value: classBalance[rarest.index]?.value ?? '' }));
      }
      if (rows.length >= MIN_USABLE_ROWS) findings.push(...leaks(store, profiles, target.name, target.classes, target.task === 'regression', rows, plan));
    }
  }
  findings.push(...columnFindings(profiles, targetName, plan, store.rowCount));
  const rank = { error: 0, warning: 1, info: 2 };
  findings.sort((a, b) => rank[a.severity] - rank[b.severity]);
  return { target: targetName, findings, classBalance, usableRows, weighsClasses: weighted };
}

/** A rare class: weighted automatically (with a way out), weighted by choice, or a warning with a way in. */
function imbalanceFinding(plan: DataPlan, params: { share: string; value: string }): DataFinding {
  if (plan.classWeights === 'auto') {
    return finding('imbalance', 'info', phrase('check.imbalanceAuto', params), { fix: { kind: 'classWeights', on: false, ...fixLabel(phrase('check.fix.noClassWeights')) } });
  }
  if (plan.classWeights) return finding('imbalance', 'info', phrase('check.imbalanceWeighted', params));
  return finding('imbalance', 'warning', phrase('check.imbalance', params), { fix: { kind: 'classWeights', on: true, ...fixLabel(phrase('check.fix.classWeights')) } });
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
    const name = profile.name;
    const text = phrase('check.leak', { column: name, target: targetName, strength: percent(strength) });
    findings.push(finding(`leak:${name}`, 'warning', text, { column: name, fix: { kind: 'exclude', column: name, ...fixLabel(phrase('check.fix.exclude', { column: name })) } }));
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
        findings.push(finding(`excluded:${name}`, 'info', phrase('check.excluded', { column: name, reason: phrase(profile.reasonId) }), { column: name }));
      }
      continue;
    }
    if (profile.missing / Math.max(1, rowCount) > MOSTLY_MISSING) {
      const text = phrase('check.mostlyMissing', { column: name, share: percent(profile.missing / rowCount) });
      findings.push(finding(`missing:${name}`, 'warning', text, { column: name, fix: { kind: 'exclude', column: name, ...fixLabel(phrase('check.fix.exclude', { column: name })) } }));
    }
    if (role === 'categorical' && profile.distinct > ONE_HOT_LIMIT) {
      const kept = choice?.encoding === 'onehot' ? MAX_CATEGORIES : (choice?.topK ?? DEFAULT_TOP_K);
      const text = phrase(profile.distinctAtLeast ? 'check.manyValuesAtLeast' : 'check.manyValues', { column: name, distinct: profile.distinct, kept: Math.min(kept, profile.distinct) });
      if (choice?.encoding !== 'ordinal') findings.push(finding(`cardinality:${name}`, 'info', text, { column: name }));
    }
    if (role === 'numeric' && profile.unreadable > 0) {
      const example = profile.top.find((c) => !/\d/.test(c.value))?.value ?? '…';
      findings.push(finding(`unreadable:${name}`, 'info', phrase('check.unreadable', { cells: profile.unreadable, column: name, example }), { column: name }));
    }
    if (role === 'date' && profile.date?.ambiguous && choice?.dateOrder === undefined) {
      const other = profile.date.order === 'dmy' ? 'mdy' : 'dmy';
      const text = phrase(profile.date.order === 'dmy' ? 'check.dateOrderDayFirst' : 'check.dateOrderMonthFirst', { column: name });
      const fix: DataFix = { kind: 'dateOrder', column: name, order: other, ...fixLabel(phrase(other === 'dmy' ? 'check.fix.dayFirst' : 'check.fix.monthFirst')) };
      findings.push(finding(`date-order:${name}`, 'warning', text, { column: name, fix }));
    }
  }
  return findings;
}
