import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { profileStore } from '../csv/profile';
import { bytesSource, readCsv } from '../csv/reader';
import { describeTarget } from './target';

interface SampleEntry {
  id: string;
  file: string;
  target: string;
  positiveClass?: string;
  task: string;
  group?: string;
  plantedEffects?: string[];
}
const SAMPLES = 'public/samples';
const manifest = JSON.parse(readFileSync(join(SAMPLES, 'manifest.json'), 'utf8')) as { samples: SampleEntry[] };

describe('built-in samples', () => {
  const directory = mkdtempSync(join(tmpdir(), 'layerlab-samples-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('keeps the three real datasets and adds at least three synthetic ones with their planted effects', () => {
    const ids = manifest.samples.map((s) => s.id);
    expect(ids.slice(0, 3)).toEqual(['mlc_churn', 'penguins', 'sacramento']);
    expect(ids).toEqual(expect.arrayContaining(['campaign_response', 'customer_ltv', 'lead_scoring']));
    for (const sample of manifest.samples.slice(3)) expect(sample.plantedEffects?.length, sample.id).toBeGreaterThan(1);
  });

  it('are reproduced byte for byte by the committed, seeded generator', () => {
    execFileSync(process.execPath, ['scripts/generate-samples.mjs', directory], { stdio: 'pipe' });
    for (const file of ['campaign_response.csv', 'customer_ltv.csv', 'lead_scoring.csv', 'circles.csv', 'xor.csv', 'spiral.csv', 'gaussian.csv', 'manifest.json']) {
      expect(Buffer.compare(readFileSync(join(directory, file)), readFileSync(join(SAMPLES, file))), file).toBe(0);
    }
  });

  it('offers the four 2-D teaching sets in their own group, each two numeric columns x and y and a label', async () => {
    const teaching = manifest.samples.filter((s) => s.group === 'teaching');
    expect(teaching.map((s) => [s.id, s.task])).toEqual([['circles', 'binary'], ['xor', 'binary'], ['spiral', 'binary'], ['gaussian', 'multiclass']]);
    for (const sample of teaching) {
      const { store } = await readCsv(bytesSource(new Uint8Array(readFileSync(join(SAMPLES, sample.file)))));
      const profiles = profileStore(store);
      const labelType = sample.task === 'binary' ? 'boolean' : 'categorical';
      expect(profiles.map((p) => [p.name, p.type]), sample.id).toEqual([['x', 'numeric'], ['y', 'numeric'], ['label', labelType]]);
      expect(store.rowCount, sample.id).toBeGreaterThanOrEqual(300);
      expect(store.rowCount, sample.id).toBeLessThanOrEqual(500);
    }
  });

  it.each(manifest.samples)('$id loads with a usable $task target', async (sample) => {
    const { store } = await readCsv(bytesSource(new Uint8Array(readFileSync(join(SAMPLES, sample.file)))));
    const profile = profileStore(store).find((p) => p.name === sample.target);
    expect(profile).toBeDefined();
    const target = describeTarget(profile!, sample.positiveClass);
    expect(target).toMatchObject({ task: sample.task, problem: null });
    if (sample.positiveClass) expect(target.positiveClass).toBe(sample.positiveClass);
  });
});
