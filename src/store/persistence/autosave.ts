import type { StoreApi } from 'zustand';
import { bridge, messageOf } from '../bridge';
import { isRestoring, setupOf } from '../projectSlice';
import type { Store } from '../types';
import { forgetModel, writeData, writeModel, writeProject } from './projectRecords';

/** Edits are saved this long after the last one, so typing a number does not write on every key. */
const DEBOUNCE_MS = 600;

/** What decides a save: the setup, the plan, and the trained result. */
const watched = (s: Store) => [s.projectId, s.projectName, s.dataSource, s.sourceFile, s.target, s.spec, s.settings, s.backendChoice, s.dataPlan, s.result, s.status] as const;

/**
 * Keeps the open project in IndexedDB as it changes: the setup after every edit, the loaded file once,
 * and the trained model (with its history) when training ends. A full quota is reported in plain words.
 */
export function startAutosave(store: StoreApi<Store>): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let saved: { id: string; file: File | null; result: Store['result'] } = { id: '', file: null, result: null };

  const save = async () => {
    const state = store.getState();
    if (!state.dataset || isRestoring() || state.status === 'training' || state.status === 'preparing' || state.status === 'paused') return;
    const id = state.projectId;
    if (saved.id !== id) saved = { id, file: null, result: null };
    try {
      if (state.sourceFile && state.sourceFile !== saved.file) await writeData(id, state.sourceFile);
      if (state.result !== saved.result) {
        if (state.result) {
          const event = await bridge.request({ type: 'snapshotModel' });
          if (event.type === 'modelSnapshot') await writeModel(id, { snapshot: event.snapshot, history: state.history });
        } else {
          await forgetModel(id);
        }
      }
      await writeProject({
        id,
        name: state.projectName,
        updatedAt: Date.now(),
        setup: { ...setupOf(state), locks: null },
        plan: state.dataPlan,
        hasData: state.dataSource?.kind === 'file',
        hasModel: state.result !== null,
      });
      saved = { id, file: state.sourceFile, result: state.result };
    } catch (error) {
      store.setState({ error: messageOf(error) });
    }
  };

  // The state the app opened with (a sample, a share link, a restored project) is saved too.
  void save();
  store.subscribe((state, previous) => {
    const now = watched(state);
    const before = watched(previous);
    if (now.every((value, i) => value === before[i])) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void save(), DEBOUNCE_MS);
  });
}
