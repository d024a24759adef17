import { SampleListProblem } from './sampleListProblem';

/** The built-in samples, as listed in public/samples/manifest.json. */
export interface SampleInfo {
  id: string;
  file: string;
  title: string;
  target: string;
  positiveClass?: string;
  task: string;
  description: string;
  attribution: string;
  /** `teaching`: a 2-D set for workshops, listed apart (its decision map is drawn while training). */
  group?: string;
  /**
   * Hidden layer sizes that suit the sample, used when it is picked while the layers are still the
   * default: small enough that every neuron's activation map can be shown (a teaching set).
   */
  suggestedHidden?: number[];
}

export const DEFAULT_SAMPLE_ID = 'mlc_churn';

export function sampleUrl(sample: SampleInfo): string {
  return `${import.meta.env.BASE_URL}samples/${sample.file}`;
}

export async function fetchSamples(): Promise<SampleInfo[]> {
  const response = await fetch(`${import.meta.env.BASE_URL}samples/manifest.json`);
  if (!response.ok) throw new SampleListProblem(response.status);
  return ((await response.json()) as { samples: SampleInfo[] }).samples;
}

/** Finds a sample by id or file name, ignoring case, so `?sample=Sacramento` works too. */
export function findSample(samples: readonly SampleInfo[], key: string): SampleInfo | undefined {
  const wanted = key.trim().toLowerCase();
  return samples.find((s) => s.id.toLowerCase() === wanted || s.file.toLowerCase() === wanted || s.file.toLowerCase().replace(/\.csv$/, '') === wanted);
}
