import { BACKENDS, type BackendDecision } from '../worker/protocol';

/**
 * Backend choices measured on this device, kept in localStorage by model-size key so that the
 * measurement (a few seconds per backend) runs once per device and size rather than once per visit.
 */
const STORAGE_KEY = 'layerlab.backendChoices.v1';

/** Plain text (stored before the worker sent phrases) or a phrase whose values are text, numbers or phrases. */
function isText(value: unknown): boolean {
  if (typeof value === 'string') return true;
  const text = value as { id?: unknown; params?: unknown } | null;
  if (typeof text?.id !== 'string' || typeof text.params !== 'object' || text.params === null) return false;
  return Object.values(text.params).every((param) => typeof param === 'number' || isText(param));
}

function isDecision(value: unknown): value is BackendDecision {
  const decision = value as Partial<BackendDecision> | null;
  return typeof decision === 'object' && decision !== null && isText(decision.reason) && BACKENDS.some((b) => b === decision.backend) && Array.isArray(decision.timings);
}

export function rememberedBackends(): Record<string, BackendDecision> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    if (typeof stored !== 'object' || stored === null) return {};
    return Object.fromEntries(Object.entries(stored).filter((entry): entry is [string, BackendDecision] => isDecision(entry[1])));
  } catch {
    // Storage blocked (private mode, policy) or unreadable: measure again.
    return {};
  }
}

export function rememberBackend(key: string, decision: BackendDecision): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...rememberedBackends(), [key]: decision }));
  } catch {
    // Not remembered: the next visit measures again.
  }
}
