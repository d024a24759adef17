/// <reference lib="webworker" />
import { UserError } from '../core/errors';
import { phrase } from '../core/text';
import { candidateBackends, describeBackend, switchBackend } from './backends';
import { loadOnnxRuntime } from './onnxRuntime';
import type { WorkerEvent, WorkerRequest } from './protocol';
import { Session } from './session';

declare const self: DedicatedWorkerGlobalScope;

const session = new Session({
  post: (event: WorkerEvent, transfer: ArrayBuffer[] = []) => self.postMessage(event, transfer),
  fetchBytes: async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new UserError('sample-unavailable', phrase('failure.sampleUnavailable', { status: String(response.status) }));
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
