/// <reference lib="webworker" />
import { UserError } from '../core/errors';
import { candidateBackends, describeBackend, switchBackend } from './backends';
import { loadOnnxRuntime } from './onnxRuntime';
import type { WorkerEvent, WorkerRequest } from './protocol';
import { Session } from './session';

declare const self: DedicatedWorkerGlobalScope;

const session = new Session({
  post: (event: WorkerEvent, transfer: ArrayBuffer[] = []) => self.postMessage(event, transfer),
  fetchBytes: async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new UserError('sample-unavailable', `The sample could not be loaded (HTTP ${response.status}). Reload the page, or load your own CSV.`);
    return new Uint8Array(await response.arrayBuffer());
  },
  candidateBackends,
  switchBackend,
  describeBackend,
  loadOnnxRuntime,
});

self.onmessage = (message: MessageEvent<WorkerRequest>) => {
  void session.handle(message.data);
};
