import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import type { BackendName, WorkerEvent, WorkerRequest } from '../worker/protocol';
import { Session } from '../worker/session';

/**
 * The worker's message handler driven as a plain function, in Node on the tfjs cpu backend, as the
 * worker entry drives it in a browser: samples are read from disk and every posted event is kept.
 * With `onlyCpu`, asking for any other backend fails, as it does in a browser that lacks it.
 */
export function cpuSession({ onlyCpu = false }: { onlyCpu?: boolean } = {}) {
  const events: WorkerEvent[] = [];
  const session = new Session({
    post: (event) => events.push(event),
    fetchBytes: async (url) => new Uint8Array(readFileSync(url)),
    candidateBackends: () => ['cpu'],
    switchBackend: async (name: BackendName) => (!onlyCpu || name === 'cpu') && (await tf.setBackend(name)) && tf.getBackend() === name,
    describeBackend: async (name) => name,
    loadOnnxRuntime: () => import('onnxruntime-web'),
  });
  /** Handles a request; resolves with every event posted so far. */
  const send = async (request: WorkerRequest) => {
    await session.handle(request);
    return events;
  };
  /** Handles a request and returns its answer, the first event of this type (or a failure) it posted; anything else throws. */
  const answer = async <T extends WorkerEvent['type']>(request: WorkerRequest, type: T): Promise<Extract<WorkerEvent, { type: T }>> => {
    const from = events.length;
    await session.handle(request);
    const answered = events.slice(from).find((e) => e.type === type || e.type === 'failed');
    if (answered?.type !== type) throw new Error(`${request.type} answered ${JSON.stringify(answered)}, not ${type}`);
    return answered as Extract<WorkerEvent, { type: T }>;
  };
  return { session, events, send, answer };
}
