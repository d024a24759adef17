/**
 * An independent reading of `preprocessing.json` (version 2), written from its documented meaning rather
 * than by importing the app's code, so that a test comparing the two would catch a drift in either.
 * Numbers are read with `Number()`: enough for the plain numbers of the files these tests use.
 */
interface Base { name: string; missingIndicator: boolean }
interface NumericInput extends Base { kind: 'numeric'; impute: number; transform: 'none' | 'log'; center: number; scale: number }
interface BooleanInput extends Base { kind: 'boolean'; trueValues: string[]; falseValues: string[]; impute: number }
interface CategoricalInput extends Base { kind: 'categorical'; encoding: 'onehot' | 'ordinal'; categories: string[]; otherBucket: boolean; impute: string | null }
interface DateInput extends Base { kind: 'date'; order: 'ymd' | 'dmy' | 'mdy'; impute: number; reference: number; parts: { part: 'year' | 'month' | 'weekday' | 'days'; center: number; scale: number }[] }
export interface PreprocessingJson {
  format: string;
  version: number;
  missingTokens: string[];
  featureClip: number;
  inputs: (NumericInput | BooleanInput | CategoricalInput | DateInput)[];
  featureNames: string[];
  target: { name: string; task: string; classes?: string[]; positiveClass?: string; threshold?: number; mean?: number; std?: number };
}

const DAY_MS = 86_400_000;

/** Day number (days since 1970-01-01) of a date written in `order`, any time after it ignored; NaN if none. */
function dayOf(cell: string, order: DateInput['order']): number {
  const parts = order === 'ymd' ? /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(cell) : /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[T ].*)?$/.exec(cell);
  if (!parts) return NaN;
  const [a, b, c] = parts.slice(1).map(Number) as [number, number, number];
  const [year, month, day] = order === 'ymd' ? [a, b, c] : order === 'dmy' ? [c, b, a] : [c, a, b];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.getTime() / DAY_MS : NaN;
}

export function featuresOf(pre: PreprocessingJson, row: Record<string, string>): number[] {
  const missing = new Set(pre.missingTokens);
  const features: number[] = [];
  const clip = (value: number) => Math.max(-pre.featureClip, Math.min(pre.featureClip, value));
  for (const input of pre.inputs) {
    const raw = row[input.name];
    const cell = raw === undefined || missing.has(raw.trim()) ? null : raw.trim();
    let wasMissing = cell === null;
    if (input.kind === 'numeric') {
      const parsed = cell === null ? NaN : Number(cell);
      wasMissing = !Number.isFinite(parsed);
      const x = wasMissing ? input.impute : parsed;
      const t = input.transform === 'log' ? Math.log1p(Math.max(x, 0)) : x;
      features.push(clip((t - input.center) / input.scale));
    } else if (input.kind === 'boolean') {
      const word = cell?.toLowerCase() ?? '';
      const value = input.trueValues.includes(word) || Number(cell) === 1 ? 1 : input.falseValues.includes(word) || (cell !== null && cell !== '' && Number(cell) === 0) ? 0 : NaN;
      wasMissing = Number.isNaN(value);
      features.push(wasMissing ? input.impute : value);
    } else if (input.kind === 'date') {
      const parsed = cell === null ? NaN : dayOf(cell, input.order);
      wasMissing = Number.isNaN(parsed);
      const day = wasMissing ? input.impute : parsed;
      const date = new Date(day * DAY_MS);
      const values = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, weekday: (date.getUTCDay() + 6) % 7, days: day - input.reference };
      for (const part of input.parts) features.push(clip((values[part.part] - part.center) / part.scale));
    } else {
      const value = cell ?? input.impute;
      const index = value === null ? -1 : input.categories.indexOf(value);
      if (input.encoding === 'ordinal') {
        wasMissing = wasMissing || index < 0;
        const k = index >= 0 ? index : input.impute === null ? -1 : input.categories.indexOf(input.impute);
        features.push(k >= 0 && input.categories.length > 1 ? k / (input.categories.length - 1) : 0);
      } else {
        for (const category of input.categories) features.push(category === value ? 1 : 0);
        if (input.otherBucket) features.push(value !== null && index < 0 ? 1 : 0);
      }
    }
    if (input.missingIndicator) features.push(wasMissing ? 1 : 0);
  }
  if (features.length !== pre.featureNames.length) throw new Error(`expected ${pre.featureNames.length} features, built ${features.length}`);
  return features;
}
