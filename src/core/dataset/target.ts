import type { ColumnProfile } from '../csv/profile';
import type { Task } from '../model/spec';
import { phrase, type Phrase } from '../text';
import { english } from '../texts';
import type { TARGET_TEXTS } from './texts';

/** Up to this many distinct values, a text target is a set of classes. */
export const MAX_CLASSES = 50;
/** A whole-number target with this few distinct values reads as classes, not amounts. */
const MAX_NUMERIC_CLASSES = 10;

export interface TargetInfo {
  name: string;
  task: Task;
  /** Class labels for classification, ordered; for binary, [negative, positive]. */
  classes: string[];
  positiveClass: string | null;
  /** Why this column cannot be predicted, in plain English; null when it can. */
  problem: string | null;
  /** The same as a message for the page to show in the person's language. */
  problemText: Phrase<keyof typeof TARGET_TEXTS> | null;
}

const TARGET_NAMES = /^(target|label|labels|class|y|outcome|churn|churned|converted|conversion|response|responded|species|price|sale_?price|revenue|default|fraud|survived|result)$/i;
const POSITIVE_WORDS = /^(yes|y|true|t|1|positive|pos|churn|churned|converted|responded|fraud|default|won|success|bought)$/i;

/** A column name that usually means "the thing to predict", else the last usable column. */
export function suggestTarget(profiles: readonly ColumnProfile[]): string | null {
  const usable = profiles.filter((p) => p.type === 'numeric' || p.type === 'categorical' || p.type === 'boolean');
  const named = usable.find((p) => TARGET_NAMES.test(p.name.trim()));
  return (named ?? usable[usable.length - 1])?.name ?? null;
}

export function describeTarget(profile: ColumnProfile, preferredPositive?: string): TargetInfo {
  const base = { name: profile.name, classes: [] as string[], positiveClass: null, problem: null, problemText: null };
  const refuse = (task: Task, text: Phrase<keyof typeof TARGET_TEXTS>): TargetInfo => ({ ...base, task, problem: english(text), problemText: text });
  const column = profile.name;
  if (profile.type === 'identifier' || profile.type === 'text') return refuse('regression', phrase('target.identifier', { column }));
  if (profile.type === 'date') return refuse('regression', phrase('target.date', { column }));
  if (profile.distinct < 2) {
    const only = profile.top[0];
    return refuse('binary', only ? phrase('target.singleValue', { column, value: only.value }) : phrase('target.noValue', { column }));
  }
  const numericClasses = profile.type === 'numeric' && profile.integer === true && profile.distinct <= MAX_NUMERIC_CLASSES;
  if (profile.type === 'numeric' && !numericClasses) return { ...base, task: 'regression' };
  if (profile.distinct > MAX_CLASSES) return refuse('multiclass', phrase('target.tooManyClasses', { column, distinct: profile.distinct, max: MAX_CLASSES }));
  const classes = profile.top.map((c) => c.value).sort(numericClasses ? (a, b) => Number(a) - Number(b) : undefined);
  if (classes.length === 2) {
    const positive = choosePositive(profile, preferredPositive);
    const negative = classes.find((c) => c !== positive) as string;
    return { ...base, task: 'binary', classes: [negative, positive], positiveClass: positive };
  }
  return { ...base, task: 'multiclass', classes };
}

/** The class a person most likely wants to find: a named one, a "yes"-like word, else the rarer class. */
function choosePositive(profile: ColumnProfile, preferred?: string): string {
  const values = profile.top.map((c) => c.value);
  if (preferred !== undefined && values.includes(preferred)) return preferred;
  const worded = values.find((v) => POSITIVE_WORDS.test(v));
  if (worded !== undefined) return worded;
  const [common, rare] = profile.top;
  return (rare ?? common)!.value;
}
