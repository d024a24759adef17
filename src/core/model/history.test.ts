import { describe, expect, it } from 'vitest';
import { emptyHistory, HISTORY_LIMIT, MERGE_WINDOW_MS, recordEdit, redo, undo } from './history';

describe('edit history', () => {
  it('undoes and redoes in order, and a new edit clears what could be redone', () => {
    let history = recordEdit(emptyHistory<string>(), 'a', null, 0);
    history = recordEdit(history, 'b', null, 10);
    const back = undo(history, 'c');
    expect(back?.state).toBe('b');
    const again = undo(back!.history, 'b');
    expect(again?.state).toBe('a');
    expect(undo(again!.history, 'a')).toBeNull();
    const forward = redo(again!.history, 'a');
    expect(forward?.state).toBe('b');
    expect(recordEdit(forward!.history, 'b', null, 20).future).toEqual([]);
  });

  it('merges quick edits of the same field into one step, but not edits of another field or later ones', () => {
    // Typing "128" over 1: 1 → 12 → 128, each call naming the state being replaced.
    let history = recordEdit(emptyHistory<number>(), 1, 'units:0', 0);
    history = recordEdit(history, 12, 'units:0', 300);
    expect(history.past).toEqual([1]);
    expect(recordEdit(history, 128, 'units:1', 400).past).toEqual([1, 128]);
    expect(recordEdit(history, 128, 'units:0', 300 + MERGE_WINDOW_MS + 1).past).toEqual([1, 128]);
  });

  it('does not merge across an undo', () => {
    const history = recordEdit(emptyHistory<number>(), 1, 'units:0', 0);
    const back = undo(history, 2)!;
    expect(recordEdit(back.history, 1, 'units:0', 10).past).toEqual([1]);
  });

  it('keeps at most the last HISTORY_LIMIT steps', () => {
    let history = emptyHistory<number>();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) history = recordEdit(history, i, null, i);
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past[0]).toBe(5);
  });
});
