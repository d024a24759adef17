import { phrase } from '../text';
import type { CorePhrase } from '../texts';

/**
 * JSON from outside (project files, share links) is parsed without letting it reach object prototypes:
 * `__proto__`, `constructor` and `prototype` keys are dropped while parsing, and size is capped first.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type SafeParse = { ok: true; value: unknown } | { ok: false; problem: CorePhrase };

/** `what` names the document in the problem: `projectRead.file` or `projectRead.link`. */
export function parseUntrustedJson(text: string, maxChars: number, what: CorePhrase): SafeParse {
  if (text.length > maxChars) {
    return { ok: false, problem: phrase('projectRead.tooLarge', { what, size: Math.round(text.length / 1e6), max: Math.round(maxChars / 1e6) }) };
  }
  try {
    return { ok: true, value: JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value)) };
  } catch {
    return { ok: false, problem: phrase('projectRead.notJson', { what }) };
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
