import type { StoreApi } from 'zustand';
import type { TrainingCheckpoint } from '../../worker/protocol';
import { bridge, failureText } from '../bridge';
import { isRestoring, setupOf } from '../projectSlice';
import type { Store } from '../types';
import { forgetCheckpoint, forgetModel, writeCheckpoint, writeData, writeModel, writeProject } from './projectRecords';
import { ThrottledWriter } from './throttledWriter';

/** Edits are saved this long after the last one, so typing a number does not write on every key. */
const DEBOUNCE_MS = 600;
/** A running training's checkpoints are stored at most this often: each is the whole model's weights. */
const CHECKPOINT_WRITE_MS = 2000;

/** While a run trains, only its checkpoints are stored: the model and result are not final. */
const isRunning = (s: Store) => s.status === 'preparing' || s.status === 'training' || s.status === 'paused';

/** What decides a save: the setup, the plan, and the trained result. */
const watched = (s: Store) => [s.projectId, s.projectName, s.dataSource, s.sourceFile, s.target, s.spec, s.settings, s.backendChoice, s.dataPlan, s.result, s.status] as const;

/**
 * Keeps the open project in IndexedDB as it changes: the setup after every edit, the loaded file once,
 * the latest checkpoint while training runs (a reload brings it back), and the trained model (with its
 * history) when training ends. Every failed write (a full quota in particular) is reported in plain
 * words; what the page holds is never touched by one.
 */
export function startAutosave(store: StoreApi<Store>): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let saved: { id: string; file: File | null; result: Store['result'] } = { id: '', file: null, result: null };
  const report = (error: unknown) => store.setState({ error: failureText(error), autosaveFailed: true });
  /** Projects known to have no checkpoint stored; any other may have one, left by an interrupted visit or written in this one. */
  const withoutCheckpoint = new Set<string>();
  const checkpoints = new ThrottledWriter<{ id: string; checkpoint: TrainingCheckpoint }>(
    async ({ id, checkpoint }) => {
      withoutCheckpoint.delete(id);
      await writeCheckpoint(id, checkpoint);
    },
    report,
    CHECKPOINT_WRITE_MS,
  );

  const save = async () => {
    const state = store.getState();
    if (!state.dataset || isRestoring() || isRunning(state)) return;
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
      if (store.getState().autosaveFailed) store.setState({ autosaveFailed: false });
      // The run is over and its model saved: a checkpoint left now would bring back an older model.
      await checkpoints.settle();
      if (!withoutCheckpoint.has(id) && !isRunning(store.getState())) {
        await forgetCheckpoint(id);
        withoutCheckpoint.add(id);
      }
    } catch (error) {
      report(error);
    }
  };

  // The state the app opened with (a sample, a share link, a restored project) is saved too.
  void save();
  store.subscribe((state, previous) => {
    if (state.checkpoint && state.checkpoint !== previous.checkpoint && isRunning(state)) checkpoints.offer({ id: state.projectId, checkpoint: state.checkpoint });
    const now = watched(state);
    const before = watched(previous);
    if (now.every((value, i) => value === before[i])) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void save(), DEBOUNCE_MS);
  });
}
