import { BACKENDS, type BackendChoice } from '../worker/protocol';

/** Start-up overrides from the address, as documented in TEST-HOOKS.md. Invalid values are ignored. */
export interface UrlOverrides {
  backend: BackendChoice;
  seed: number | null;
  sample: string | null;
  hidden: number[] | null;
  batch: number | null;
  epochs: number | null;
  patience: number | null;
}

export function parseUrlOverrides(search: string): UrlOverrides {
  const params = new URLSearchParams(search);
  const wholeNumber = (key: string, min: number): number | null => {
    const raw = params.get(key);
    if (raw === null || !/^\d+$/.test(raw.trim())) return null;
    const value = Number(raw);
    return value >= min ? value : null;
  };
  const backend = params.get('backend');
  const hidden = params.get('hidden');
  const widths = hidden?.split(',').map((w) => Number(w.trim())) ?? null;
  return {
    backend: BACKENDS.find((b) => b === backend) ?? 'auto',
    seed: wholeNumber('seed', 0),
    sample: params.get('sample'),
    hidden: widths && widths.every((w) => Number.isInteger(w) && w > 0) ? widths : hidden === '' ? [] : null,
    batch: wholeNumber('batch', 1),
    epochs: wholeNumber('epochs', 1),
    patience: wholeNumber('patience', 0),
  };
}
