import { describe, expect, it } from 'vitest';
import { english } from '../texts';
import { denseStack } from '../model/spec';
import { DEFAULT_TRAINING } from '../training/settings';
import { HIDEABLE_SETTINGS, PROJECT_FORMAT, PROJECT_VERSION, projectToJson, readProject, type ProjectSetup } from './project';
import { readShareFragment, shareFragment } from './shareLink';

const project: ProjectSetup = {
  format: PROJECT_FORMAT,
  version: PROJECT_VERSION,
  name: 'Churn workshop',
  source: { kind: 'sample', id: 'mlc_churn' },
  target: 'churn',
  spec: { version: 1, hidden: [{ kind: 'dense', units: 16, activation: 'relu' }, { kind: 'dropout', rate: 0.2 }, { kind: 'residual', units: 8, activation: 'gelu' }] },
  settings: { ...DEFAULT_TRAINING, epochs: 12, seed: 3 },
  backend: 'wasm',
  locks: { data: true, layers: false, training: true, hidden: ['learningRate', 'backend'] },
};

describe('project documents', () => {
  it('round-trip losslessly', () => {
    const read = readProject(projectToJson(project));
    expect(read).toEqual({ ok: true, project });
  });

  it('refuse foreign, damaged, too-new and badly typed documents with a plain reason', () => {
    const cases: [string, RegExp][] = [
      ['{"hello":"world"}', /not a Layerlab project/],
      ['{"format":"layerlab.project",', /damaged/],
      [JSON.stringify({ ...project, version: 99 }), /newer Layerlab \(format 99\)/],
      [JSON.stringify({ ...project, settings: { ...project.settings, epochs: 'many' } }), /"epochs" has the wrong type/],
      [JSON.stringify({ ...project, settings: { ...project.settings, epochs: -4 } }), /Epochs must be/],
      [JSON.stringify({ ...project, spec: { version: 1, hidden: [{ kind: 'conv2d' }] } }), /unknown kind "conv2d"/],
      [JSON.stringify({ ...project, source: { kind: 'url', href: 'http://evil' } }), /names its data/],
      [JSON.stringify({ ...project, target: 42 }), /not a name/],
      ['x'.repeat(3_000_000), /too large/],
    ];
    for (const [text, problem] of cases) {
      const read = readProject(text);
      expect(read.ok, text.slice(0, 60)).toBe(false);
      if (!read.ok) expect(english(read.problem)).toMatch(problem);
    }
  });

  it('bring a format 1 document up to date: its locks hid no settings', () => {
    const formatOneLocks = { data: true, layers: false, training: true };
    const formatOne = JSON.stringify({ ...project, version: 1, locks: formatOneLocks });
    expect(readProject(formatOne)).toEqual({ ok: true, project: { ...project, locks: { ...formatOneLocks, hidden: [] } } });
    expect(readProject(JSON.stringify({ ...project, version: 1, locks: null }))).toEqual({ ok: true, project: { ...project, locks: null } });
  });

  it('hide only training controls that exist, and can hide every one of them', () => {
    const hostile = JSON.stringify({ ...project, locks: { ...project.locks, hidden: ['epochs', 'toString', 'layers', 42, 'epochs'] } });
    const read = readProject(hostile);
    expect(read.ok && read.project.locks?.hidden).toEqual(['epochs']);
    expect([...HIDEABLE_SETTINGS].sort()).toEqual([...Object.keys(DEFAULT_TRAINING), 'backend'].sort());
  });

  it('drops __proto__ keys instead of letting them reach prototypes', () => {
    const hostile = projectToJson(project).replace('"name":', '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"name":');
    const read = readProject(hostile);
    expect(read.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (read.ok) expect(Object.getPrototypeOf(read.project)).toBe(Object.prototype);
  });
});

describe('share links', () => {
  it('carry the setup, never a local file name, and read back', () => {
    const fragment = shareFragment(project);
    expect(fragment).toMatch(/^project=[A-Za-z0-9_-]+$/);
    expect(readShareFragment(`#${fragment}`)).toEqual({ ok: true, project });
    const local = readShareFragment(shareFragment({ ...project, source: { kind: 'file', name: 'customers-2026.csv' } }));
    expect(local?.ok && local.project.source).toBeNull();
  });

  it('ignore other fragments and explain damaged ones', () => {
    expect(readShareFragment('#section-2')).toBeNull();
    const damaged = readShareFragment(`#${shareFragment(project).slice(0, 40)}`);
    expect(damaged?.ok).toBe(false);
    if (damaged && !damaged.ok) expect(english(damaged.problem)).toMatch(/damaged/);
    expect(readShareFragment(`#project=${'A'.repeat(30_000)}`)).toMatchObject({ ok: false });
    expect(readShareFragment('#project=***')).toMatchObject({ ok: false });
  });

  it('keeps a typical setup short enough to paste', () => {
    expect(shareFragment({ ...project, spec: denseStack([64, 32]) }).length).toBeLessThan(600);
  });
});
