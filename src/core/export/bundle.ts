import { strToU8, zipSync } from 'fflate';
import type { Preprocessing } from '../dataset/preprocessing';
import type { LayersModelFiles } from './artifacts';

export interface BundleInput {
  model: LayersModelFiles;
  preprocessing: Preprocessing;
  /** The model card, Markdown. */
  card: string;
}

/** The downloadable zip: the model in tfjs layers format, its preprocessing, and its card. */
export function writeBundle(input: BundleInput): Uint8Array {
  return zipSync(
    {
      'model.json': strToU8(input.model.modelJson),
      'weights.bin': input.model.weights,
      'preprocessing.json': strToU8(JSON.stringify(input.preprocessing, null, 2)),
      'README.md': strToU8(input.card),
    },
    { level: 6 },
  );
}
