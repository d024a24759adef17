/**
 * An independent reading of `preprocessing.json`, written from its documented meaning rather than by
 * importing the app's code, so that a test comparing the two would catch a drift in either.
 */
interface NumericInput { name: string; kind: 'numeric'; impute: number; mean: number; std: number }
interface CategoricalInput { name: string; kind: 'categorical'; categories: string[]; impute: string }
export interface PreprocessingJson {
  format: string;
  version: number;
  missingTokens: string[];
  inputs: (NumericInput | CategoricalInput)[];
  featureNames: string[];
  target: { name: string; task: string; classes?: string[]; positiveClass?: string; threshold?: number; mean?: number; std?: number };
}

export function featuresOf(pre: PreprocessingJson, row: Record<string, string>): number[] {
  const missing = new Set(pre.missingTokens.map((t) => t.trim().toLowerCase()));
  const isMissing = (cell: string | undefined) => cell === undefined || missing.has(cell.trim().toLowerCase());
  const features: number[] = [];
  for (const input of pre.inputs) {
    const cell = row[input.name];
    if (input.kind === 'numeric') {
      const parsed = isMissing(cell) ? NaN : Number(cell!.trim());
      const value = Number.isFinite(parsed) ? parsed : input.impute;
      features.push((value - input.mean) / input.std);
    } else {
      const value = isMissing(cell) ? input.impute : cell!.trim();
      for (const category of input.categories) features.push(category === value ? 1 : 0);
    }
  }
  if (features.length !== pre.featureNames.length) throw new Error(`expected ${pre.featureNames.length} features, built ${features.length}`);
  return features;
}
