import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { english } from '../texts';
import { denseStack } from '../model/spec';
import { DEFAULT_TRAINING } from '../training/settings';
import { PROJECT_FORMAT, PROJECT_VERSION, type ProjectSetup } from './project';
import { readProjectFile, writeProjectFile } from './projectFile';

const project: ProjectSetup = {
  format: PROJECT_FORMAT,
  version: PROJECT_VERSION,
  name: 'Leads',
  source: { kind: 'file', name: 'leads.csv' },
  target: 'converted',
  spec: denseStack([8]),
  settings: DEFAULT_TRAINING,
  backend: 'auto',
  locks: null,
};

describe('project files', () => {
  it('round-trip the setup, the data and the model', () => {
    const contents = {
      project,
      data: { name: 'leads.csv', bytes: strToU8('a,converted\n1,yes\n') },
      model: { modelJson: '{"format":"layers-model"}', weights: new Uint8Array([1, 2, 3, 4]), state: { result: { metrics: { auc: 0.9 } } } },
    };
    const read = readProjectFile(writeProjectFile(contents));
    expect(read).toEqual({ ok: true, contents });
  });

  it('open without data or model', () => {
    expect(readProjectFile(writeProjectFile({ project, data: null, model: null }))).toEqual({ ok: true, contents: { project, data: null, model: null } });
  });

  it('explain what is wrong with foreign, broken and hostile files', () => {
    const cases: [Uint8Array, RegExp][] = [
      [strToU8('name,age\nAda,36\n'), /not even a zip/],
      [new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]), /damaged/],
      [zipSync({ 'readme.txt': strToU8('hi') }), /no project\.json/],
      [zipSync({ 'project.json': strToU8('{"format":"layerlab.project","version":7}') }), /newer Layerlab/],
      [zipSync({ 'project.json': strToU8(JSON.stringify({ ...project, spec: 'layers' })) }), /layers in this project file cannot be used/],
      [zipSync({ 'project.json': strToU8(JSON.stringify(project)), 'model/model.json': strToU8('{}') }), /incomplete/],
      // A zip bomb: 300 MB of zeros compresses to a few hundred kB.
      [zipSync({ 'project.json': new Uint8Array(300 * 1024 ** 2) }, { level: 9 }), /more than Layerlab accepts|too large/],
    ];
    for (const [bytes, problem] of cases) {
      const read = readProjectFile(bytes);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(english(read.problem)).toMatch(problem);
    }
  });

  it('keeps __proto__ keys of a hostile state file away from prototypes', () => {
    const bytes = writeProjectFile({ project, data: null, model: { modelJson: '{}', weights: new Uint8Array(1), state: {} } });
    const hostile = zipSync({
      'project.json': strToU8(JSON.stringify(project)),
      'model/model.json': strToU8('{}'),
      'model/weights.bin': new Uint8Array(1),
      'model/state.json': strToU8('{"__proto__":{"polluted":1},"result":{}}'),
    });
    expect(readProjectFile(bytes).ok).toBe(true);
    const read = readProjectFile(hostile);
    expect(read.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
