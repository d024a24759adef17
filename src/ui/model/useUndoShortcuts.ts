import { useEffect, type RefObject } from 'react';
import { useStore } from '../../store/store';

/**
 * Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes builder edits, with Cmd on a Mac. They act when the
 * focus is in the builder or nowhere in particular (after a removed card took the focus with it), and
 * leave other fields of the page to their own undo.
 */
export function useUndoShortcuts(builder: RefObject<HTMLElement | null>, disabled: boolean): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (disabled || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const isUndo = key === 'z' && !event.shiftKey;
      const isRedo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      const target = event.target as Node;
      const inScope = target === document.body || target === document.documentElement || Boolean(builder.current?.contains(target));
      if ((!isUndo && !isRedo) || !inScope) return;
      event.preventDefault();
      if (isUndo) useStore.getState().undo();
      else useStore.getState().redo();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [builder, disabled]);
}
