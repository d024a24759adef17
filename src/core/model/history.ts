/**
 * Undo and redo for the layer stack. Edits to the same field in quick succession (typing "128" into
 * units) merge into one step, so one undo takes back the whole change rather than one keystroke.
 */
export interface EditHistory<T> {
  past: T[];
  future: T[];
  /** The field last edited and when, for merging; null after undo, redo or a structural edit. */
  lastEdit: { key: string; at: number } | null;
}

export const HISTORY_LIMIT = 100;
export const MERGE_WINDOW_MS = 1000;

export function emptyHistory<T>(): EditHistory<T> {
  return { past: [], future: [], lastEdit: null };
}

/**
 * Records that `previous` was replaced by a new state. `mergeKey` names the field edited, when the edit
 * may merge with the previous one; structural edits (add, move, delete) pass null and never merge.
 */
export function recordEdit<T>(history: EditHistory<T>, previous: T, mergeKey: string | null, now: number): EditHistory<T> {
  const last = history.lastEdit;
  const lastEdit = mergeKey === null ? null : { key: mergeKey, at: now };
  if (mergeKey !== null && last?.key === mergeKey && now - last.at <= MERGE_WINDOW_MS) {
    return { past: history.past, future: [], lastEdit };
  }
  return { past: [...history.past, previous].slice(-HISTORY_LIMIT), future: [], lastEdit };
}

export function undo<T>(history: EditHistory<T>, present: T): { history: EditHistory<T>; state: T } | null {
  const state = history.past.at(-1);
  if (state === undefined) return null;
  return { state, history: { past: history.past.slice(0, -1), future: [present, ...history.future], lastEdit: null } };
}

export function redo<T>(history: EditHistory<T>, present: T): { history: EditHistory<T>; state: T } | null {
  const [state, ...future] = history.future;
  if (state === undefined) return null;
  return { state, history: { past: [...history.past, present].slice(-HISTORY_LIMIT), future, lastEdit: null } };
}
