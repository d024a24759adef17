import type { DateOrder } from '../csv/dates';
import type { ColumnProfile, UsableType } from '../csv/profile';

/**
 * The person's choices for preparing the data, each optional: what is not chosen is decided
 * automatically ({@link resolveColumn}). The page keeps the plan and sends it to the worker, which
 * applies it when it fits the preprocessing on the training rows.
 */
export type ColumnRole = UsableType | 'excluded';
export type ImputeStrategy = 'mean' | 'median' | 'most_frequent' | 'constant';
/** `log`: ln(1 + x) and then standardised, for skewed amounts that are never negative. */
export type Scaling = 'standard' | 'minmax' | 'robust' | 'none' | 'log';
/** `topk`: one-hot for the k most frequent values, and one "other" feature for the rest. */
export type CategoryEncoding = 'onehot' | 'topk' | 'ordinal';

export interface ColumnChoice {
  name: string;
  role?: ColumnRole;
  impute?: ImputeStrategy;
  /** The value `constant` imputation fills in (numbers: 0 unless given; categories: "(missing)"). */
  imputeValue?: number;
  missingIndicator?: boolean;
  scaling?: Scaling;
  encoding?: CategoryEncoding;
  topK?: number;
  dateOrder?: DateOrder;
}

export interface SplitPlan {
  /** Shares of the usable rows held out for validation (early stopping) and for the test metrics. */
  validation: number;
  test: number;
  /** A date column: train on the oldest rows, validate on later ones, test on the newest. */
  byDate: string | null;
}

/**
 * Whether to weigh each class by the inverse of its frequency in the training rows (classification
 * only): the person's yes or no, or `auto`, yes when one class is rare (see classBalance.ts). Plans saved
 * before `auto` existed hold a boolean, which keeps meaning what it meant.
 */
export type ClassWeighting = boolean | 'auto';

export interface DataPlan {
  columns: ColumnChoice[];
  split: SplitPlan;
  classWeights: ClassWeighting;
}

export const DEFAULT_SPLIT_PLAN: SplitPlan = { validation: 0.15, test: 0.15, byDate: null };
export const DEFAULT_PLAN: DataPlan = { columns: [], split: DEFAULT_SPLIT_PLAN, classWeights: 'auto' };

/** Up to this many categories, one-hot keeps them all; beyond, top-k with "other" is the default. */
export const ONE_HOT_LIMIT = 20;
export const DEFAULT_TOP_K = 20;
/** One-hot never makes more features than this for one column, whatever is chosen. */
export const MAX_CATEGORIES = 200;
/** A column missing in at least this share of rows gets a missing-indicator feature by default. */
export const INDICATOR_SHARE = 0.05;
/** The category a missing cell becomes with `constant` imputation. */
export const MISSING_CATEGORY = '(missing)';

/** What the automatic choices look at: the whole-table profile on the page, the training rows in the worker. */
export interface ColumnFacts {
  missingShare: number;
  distinct: number;
  min?: number;
  skew?: number;
  dateOrder?: DateOrder;
}

export interface ResolvedColumn {
  name: string;
  role: ColumnRole;
  impute: ImputeStrategy;
  imputeValue: number;
  missingIndicator: boolean;
  scaling: Scaling;
  encoding: CategoryEncoding;
  topK: number;
  dateOrder: DateOrder;
}

export function factsOf(profile: ColumnProfile): ColumnFacts {
  const rowCount = profile.missing + profile.present;
  const facts: ColumnFacts = { missingShare: rowCount > 0 ? (profile.missing + profile.unreadable) / rowCount : 0, distinct: profile.distinct };
  if (profile.min !== undefined) facts.min = profile.min;
  if (profile.skew !== undefined) facts.skew = profile.skew;
  if (profile.date) facts.dateOrder = profile.date.order;
  return facts;
}

/** The role a column plays unless the person says otherwise: its type when usable, else excluded. */
export function defaultRole(profile: ColumnProfile): ColumnRole {
  const type = profile.type;
  return type === 'numeric' || type === 'categorical' || type === 'boolean' || type === 'date' ? type : 'excluded';
}

/** The role of a column under a plan; a choice the column cannot take (its data changed) falls back to the default. */
export function roleOf(profile: ColumnProfile, choice: ColumnChoice | undefined): ColumnRole {
  const role = choice?.role;
  if (role === 'excluded') return role;
  if (role !== undefined && profile.usableAs.includes(role)) return role;
  return defaultRole(profile);
}

/**
 * Every choice for one column, the person's where given, else automatic: the median for skewed numbers
 * (the mean for the rest), log scaling for strongly right-skewed amounts that are never negative,
 * standardisation otherwise; one-hot for up to {@link ONE_HOT_LIMIT} categories, top-k beyond; a
 * "(missing)" category for categories often missing, and a missing indicator for other columns often
 * missing.
 */
export function resolveColumn(profile: ColumnProfile, choice: ColumnChoice | undefined, facts: ColumnFacts): ResolvedColumn {
  const role = roleOf(profile, choice);
  const often = facts.missingShare >= INDICATOR_SHARE;
  const skewed = (facts.skew ?? 0) > 1;
  const autoImpute: ImputeStrategy = role === 'categorical' ? (often ? 'constant' : 'most_frequent') : role === 'boolean' ? 'most_frequent' : skewed ? 'median' : 'mean';
  const impute = choice?.impute !== undefined && allowedImputes(role).includes(choice.impute) ? choice.impute : autoImpute;
  const logFits = (facts.min ?? -1) >= 0 && (facts.skew ?? 0) > 2;
  const autoScaling: Scaling = role === 'numeric' && logFits ? 'log' : 'standard';
  const scaling = role === 'numeric' && choice?.scaling !== undefined && (choice.scaling !== 'log' || (facts.min ?? -1) >= 0) ? choice.scaling : autoScaling;
  return {
    name: profile.name,
    role,
    impute,
    imputeValue: Number.isFinite(choice?.imputeValue) ? (choice?.imputeValue as number) : 0,
    missingIndicator: choice?.missingIndicator ?? (often && role !== 'categorical'),
    scaling,
    encoding: choice?.encoding ?? (facts.distinct <= ONE_HOT_LIMIT ? 'onehot' : 'topk'),
    topK: Math.max(1, Math.min(MAX_CATEGORIES, Math.round(choice?.topK ?? DEFAULT_TOP_K))),
    dateOrder: choice?.dateOrder ?? facts.dateOrder ?? 'ymd',
  };
}

export function allowedImputes(role: ColumnRole): ImputeStrategy[] {
  if (role === 'numeric') return ['mean', 'median', 'most_frequent', 'constant'];
  if (role === 'date') return ['median', 'mean', 'most_frequent'];
  return ['most_frequent', 'constant'];
}

export function choiceFor(plan: DataPlan, name: string): ColumnChoice | undefined {
  return plan.columns.find((choice) => choice.name === name);
}
