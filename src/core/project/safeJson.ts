/**
 * JSON from outside (project files, share links) is parsed without letting it reach object prototypes:
 * `__proto__`, `constructor` and `prototype` keys are dropped while parsing, and size is capped first.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type SafeParse = { ok: true; value: unknown } | { ok: false; problem: string };

export function parseUntrustedJson(text: string, maxChars: number, what: string): SafeParse {
  if (text.length > maxChars) {
    return { ok: false, problem: `This ${what} is too large (${Math.round(text.length / 1e6)} MB of settings; at most ${Math.round(maxChars / 1e6)} MB are accepted). It is probably not a Layerlab ${what}.` };
  }
  try {
    return { ok: true, value: JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value)) };
  } catch {
    return { ok: false, problem: `This ${what} is damaged: its settings are not valid JSON.` };
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
