/**
 * Test-only address hooks, read once at start-up (not part of the person's UI):
 * - `?failBackendAtEpoch=N`: the first backend fails as epoch N starts, as a lost GPU context would;
 *   training must fall back to the next fastest backend and finish.
 * - `?crashWorkerAtEpoch=N`: the worker crashes after epoch N, as an out-of-memory abort would; the
 *   message must be clear, the model of the last checkpoint kept, and training again must work. It
 *   fires once per page load.
 */
export interface TrainingTestHooks {
  failBackendAtEpoch: number | null;
  crashAtEpoch: number | null;
}

export function trainingTestHooks(search: string): TrainingTestHooks {
  const params = new URLSearchParams(search);
  const epoch = (key: string) => {
    const value = Number(params.get(key));
    return Number.isInteger(value) && value > 0 ? value : null;
  };
  return { failBackendAtEpoch: epoch('failBackendAtEpoch'), crashAtEpoch: epoch('crashWorkerAtEpoch') };
}
