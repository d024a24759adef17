import { profileStore, type ColumnProfile } from '../core/csv/profile';
import { readCsv, type ByteSource, type ReadProgress } from '../core/csv/reader';
import type { ColumnStore } from '../core/csv/store';
import { suggestTarget } from '../core/dataset/target';
import { UserError } from '../core/errors';
import { phrase } from '../core/text';
import type { DatasetSummary } from './protocol';

/** The dataset the worker holds: typed columns, their profiles, and where they came from. */
export interface LoadedData {
  table: ColumnStore;
  profiles: ColumnProfile[];
  source: string;
}

/** Lets a later request stop a read between two chunks. */
export class LoadControl {
  cancelled = false;
}

/** Progress is posted at most this often: often enough for a smooth bar, rarely enough to cost nothing. */
const PROGRESS_INTERVAL_MS = 100;

export interface LoadRequest {
  bytes: ByteSource;
  source: string;
  preferredTarget: string | null;
  preferredPositive: string | null;
  control: LoadControl;
  onProgress: (progress: ReadProgress) => void;
}

/** Reads, infers types and profiles: everything the page needs to show the table, and nothing more. */
export async function loadDataset(request: LoadRequest): Promise<{ data: LoadedData; summary: DatasetSummary }> {
  const started = performance.now();
  if (request.control.cancelled) throw new UserError('aborted', phrase('read.cancelled'));
  let lastProgress = 0;
  const preferMonthFirst = prefersMonthFirst();
  const { store, preview, reading } = await readCsv(request.bytes, {
    memoryBudget: memoryBudget(),
    preferMonthFirst,
    isCancelled: () => request.control.cancelled,
    onProgress: (progress) => {
      const now = performance.now();
      if (now - lastProgress < PROGRESS_INTERVAL_MS && progress.bytesRead < progress.totalBytes) return;
      lastProgress = now;
      request.onProgress(progress);
    },
  });
  const profiles = profileStore(store, { preferMonthFirst });
  const { preferredTarget } = request;
  const summary: DatasetSummary = {
    source: request.source,
    rowCount: store.rowCount,
    columnCount: store.names.length,
    profiles,
    preview,
    notes: store.notes,
    suggestedTarget: preferredTarget !== null && store.names.includes(preferredTarget) ? preferredTarget : suggestTarget(profiles),
    preferredPositive: request.preferredPositive,
    reading: { ...reading, seconds: (performance.now() - started) / 1000 },
  };
  return { data: { table: store, profiles, source: request.source }, summary };
}

/**
 * Bytes the columns of one file may take: a quarter of the device's memory as the browser reports it
 * (Chromium caps the report at 8 GB), between 0.5 and 2 GB; 1 GB where the browser does not say.
 */
export function memoryBudget(): number {
  const gigabytes = (globalThis.navigator as { deviceMemory?: number } | undefined)?.deviceMemory;
  if (typeof gigabytes !== 'number' || !(gigabytes > 0)) return 1e9;
  return Math.min(2e9, Math.max(0.5e9, (gigabytes * 1e9) / 4));
}

/** In the United States slashed dates put the month first: the tie-breaker for `03/04/2024`. */
function prefersMonthFirst(): boolean {
  const language = (globalThis.navigator as { language?: string } | undefined)?.language ?? '';
  return /^en-(US|PH)$/i.test(language) || /^es-US$/i.test(language);
}
