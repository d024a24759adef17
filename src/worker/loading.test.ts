import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN } from '../core/dataset/plan';
import { denseStack } from '../core/model/spec';
import { DEFAULT_TRAINING } from '../core/training/settings';
import type { WorkerEvent, WorkerRequest } from './protocol';
import { Session } from './session';

/** The load path of the worker's message handler, driven as a plain function (no training here). */
function createSession(fetchDelayMs = 0) {
  const events: WorkerEvent[] = [];
  const session = new Session({
    post: (event) => events.push(event),
    fetchBytes: async (url) => {
      await new Promise((resolve) => setTimeout(resolve, fetchDelayMs));
      return new Uint8Array(readFileSync(url));
    },
    candidateBackends: () => ['cpu'],
    switchBackend: async () => true,
    describeBackend: async (name) => name,
    loadOnnxRuntime: () => import('onnxruntime-web'),
  });
  return { events, send: (request: WorkerRequest) => session.handle(request) };
}

/** A file that arrives slowly, chunk by chunk, like a large file read from disk. */
function slowFile(text: string): Blob {
  const blob = new Blob([text]);
  const slice = (start?: number, end?: number) => {
    const part = blob.slice(start, end);
    return { arrayBuffer: () => new Promise<ArrayBuffer>((resolve) => setTimeout(() => void part.arrayBuffer().then(resolve), 5)) };
  };
  return { size: blob.size, slice } as unknown as Blob;
}

const bigCsv = () => ['id,amount,plan,bought', ...Array.from({ length: 400_000 }, (_, i) => `${i},${(i * 0.37) % 500},${['a', 'b', 'c'][i % 3]},${i % 4 === 0 ? 'yes' : 'no'}`)].join('\n');

describe('Session: loading', () => {
  it('streams a file with progress and answers with profiles, a preview and how it was read', async () => {
    const { events, send } = createSession();
    await send({ type: 'loadFile', requestId: 1, file: slowFile(bigCsv()), name: 'big.csv' });
    const progress = events.filter((e) => e.type === 'loadProgress');
    expect(progress.length).toBeGreaterThan(1);
    const loaded = events.find((e) => e.type === 'datasetLoaded');
    if (loaded?.type !== 'datasetLoaded') throw new Error(JSON.stringify(events.at(-1)));
    expect(loaded.summary).toMatchObject({ rowCount: 400_000, columnCount: 4, suggestedTarget: 'bought', reading: { encoding: 'utf-8', delimiter: ',' } });
    expect(loaded.summary.preview).toHaveLength(10);
    expect(loaded.summary.profiles.map((p) => p.type)).toEqual(['identifier', 'numeric', 'categorical', 'boolean']);
  });

  it('stops reading on cancelLoad and keeps the table loaded before', async () => {
    const { events, send } = createSession();
    await send({ type: 'loadSample', requestId: 1, url: 'public/samples/penguins.csv', title: 'Penguins', preferredTarget: 'species', preferredPositive: null });
    const loading = send({ type: 'loadFile', requestId: 2, file: slowFile(bigCsv()), name: 'big.csv' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await send({ type: 'cancelLoad' });
    await loading;
    expect(events.at(-1)).toMatchObject({ type: 'failed', requestId: 2, code: 'aborted' });
    await send({ type: 'checkData', requestId: 3, target: 'species', positiveClass: null, plan: DEFAULT_PLAN });
    expect(events.at(-1)).toMatchObject({ type: 'dataChecked', report: { target: 'species', usableRows: 344 } });
  });

  it('lets a file chosen while a sample is still downloading win, whatever finishes first', async () => {
    const { events, send } = createSession(50);
    const sample = send({ type: 'loadSample', requestId: 1, url: 'public/samples/penguins.csv', title: 'Penguins', preferredTarget: 'species', preferredPositive: null });
    await send({ type: 'loadFile', requestId: 2, file: new Blob(['a,b\n1,2\n3,4\n']), name: 'mine.csv' });
    await sample;
    expect(events.find((e) => e.requestId === 1)).toMatchObject({ type: 'failed', code: 'aborted' });
    expect(events.find((e) => e.type === 'datasetLoaded')).toMatchObject({ requestId: 2, summary: { source: 'mine.csv' } });
    await send({ type: 'checkData', requestId: 3, target: 'b', positiveClass: null, plan: DEFAULT_PLAN });
    expect(events.at(-1)).toMatchObject({ type: 'dataChecked', report: { target: 'b', usableRows: 2 } });
  });

  it('checks the data for a target and keeps the plan for training', async () => {
    const { events, send } = createSession();
    await send({ type: 'loadSample', requestId: 1, url: 'public/samples/lead_scoring.csv', title: 'Leads', preferredTarget: 'converted', preferredPositive: 'ja' });
    await send({ type: 'checkData', requestId: 2, target: 'converted', positiveClass: 'ja', plan: DEFAULT_PLAN });
    const checked = events.at(-1);
    if (checked?.type !== 'dataChecked') throw new Error(JSON.stringify(checked));
    expect(checked.report.findings.map((f) => f.id)).toContain('leak:contract_signed');
    // The plan sent with the check is the one training uses: with every input excluded, it refuses in plain words.
    const names = ['lead_id', 'created', 'source', 'industry', 'company_size', 'job_level', 'pages_viewed', 'webinar_attended', 'email_clicks', 'budget_eur', 'demo_requested', 'contract_signed'];
    const plan = { ...DEFAULT_PLAN, columns: names.map((name) => ({ name, role: 'excluded' as const })) };
    await send({ type: 'checkData', requestId: 3, target: 'converted', positiveClass: 'ja', plan });
    await send({ type: 'train', requestId: 4, config: { target: 'converted', positiveClass: 'ja', spec: denseStack([4]), settings: { ...DEFAULT_TRAINING, epochs: 1 }, backend: 'cpu' } });
    expect(events.at(-1)).toMatchObject({ type: 'failed', requestId: 4, code: 'no-inputs' });
  });
});
