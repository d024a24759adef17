import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseModelSpec } from '../core/model/json';
import { denseStack } from '../core/model/spec';
import { PROJECT_FORMAT, PROJECT_VERSION, projectToJson, readProject, type ProjectSetup } from '../core/project/project';
import { readProjectFile } from '../core/project/projectFile';
import { readShareFragment, shareFragment } from '../core/project/shareLink';
import type { Phrase } from '../core/text';
import { english } from '../core/texts';
import { DEFAULT_TRAINING } from '../core/training/settings';
import { en } from './messages/en';
import { zh } from './messages/zh';
import { translatePhrase } from './translate';
import { phraseIds, untranslatedWords } from './untranslated';

/**
 * Why a project file, a share link or a saved layer stack cannot be opened reaches the page as a phrase
 * (inside "… could not be opened. {problem}"), so a Chinese page says it in Chinese.
 */
const project: ProjectSetup = {
  format: PROJECT_FORMAT,
  version: PROJECT_VERSION,
  name: 'Leads',
  source: { kind: 'sample', id: 'mlc_churn' },
  target: 'churn',
  spec: denseStack([8]),
  settings: DEFAULT_TRAINING,
  backend: 'auto',
  locks: null,
};
const projectFile = (document: unknown) => zipSync({ 'project.json': strToU8(typeof document === 'string' ? document : JSON.stringify(document)) });

/** The problem's ids are in both catalogues, and its Chinese differs from its English and keeps no English word. */
function expectWordedInBothLanguages(problem: Phrase): void {
  for (const id of phraseIds(problem)) {
    expect(en, id).toHaveProperty([id]);
    expect(zh, id).toHaveProperty([id]);
  }
  expect(translatePhrase('zh', problem)).not.toBe(english(problem));
  expect(untranslatedWords(problem), translatePhrase('zh', problem)).toEqual([]);
}

function problemOf(read: { ok: true } | { ok: false; problem: Phrase } | null): Phrase {
  if (!read || read.ok) throw new Error('expected a refusal');
  return read.problem;
}

describe('why a project cannot be opened', () => {
  it('is worded in Chinese for broken, foreign, too-new and hostile project files', () => {
    const files: [Uint8Array, RegExp][] = [
      [strToU8('name,age\nAda,36\n'), /not even a zip/],
      [new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]), /damaged \(the zip cannot be read\)/],
      [zipSync({ 'readme.txt': strToU8('hi') }), /no project\.json/],
      [projectFile('{"hello":"world"}'), /not a Layerlab project file: it lacks the "layerlab.project" marker/],
      [projectFile('{"format":"layerlab.project",'), /project file is damaged: its settings are not valid JSON/],
      [projectFile({ ...project, version: 'two' }), /unreadable format version/],
      [projectFile({ ...project, version: 7 }), /newer Layerlab \(format 7\); this one reads up to format 2/],
      [projectFile({ ...project, spec: 'layers' }), /layers in this project file cannot be used: This file is not a saved Layerlab model/],
      [projectFile({ ...project, spec: { version: 1, hidden: [{ kind: 'conv2d' }] } }), /unknown kind "conv2d"/],
      [projectFile({ ...project, spec: { version: 1, hidden: [{ kind: 'dense', units: '8', activation: 'relu' }] } }), /Layer 1 \(dense\) needs "units" as a number/],
      [projectFile({ ...project, spec: { version: 1, hidden: [7] } }), /Layer 1 is not a layer description/],
      [projectFile({ ...project, spec: { version: 0, hidden: [] } }), /unknown format version \(0\)/],
      [projectFile({ ...project, spec: { version: 3, hidden: [] } }), /saved by a newer Layerlab \(format 3\)/],
      [projectFile({ ...project, settings: 'fast' }), /training settings in this project file cannot be used: they are missing/],
      [projectFile({ ...project, settings: { epochs: 'many' } }), /"epochs" has the wrong type/],
      [projectFile({ ...project, settings: { ...DEFAULT_TRAINING, epochs: 0, seed: 0.5 } }), /Epochs must be a whole number from 1 to 10,000\. The seed must be a whole number\./],
      [projectFile({ ...project, source: { kind: 'url', href: 'http://evil' } }), /names its data in a way/],
      [projectFile({ ...project, target: 42 }), /column to predict in this project file is not a name/],
      [zipSync({ 'project.json': strToU8(projectToJson(project)), 'model/model.json': strToU8('{}') }), /incomplete/],
      [zipSync({ 'project.json': strToU8(projectToJson(project)), 'model/model.json': strToU8('{}'), 'model/weights.bin': new Uint8Array(1), 'model/state.json': strToU8('[1]') }), /unreadable results/],
      [zipSync({ 'project.json': strToU8(projectToJson(project)), 'model/model.json': strToU8('{}'), 'model/weights.bin': new Uint8Array(1), 'model/state.json': strToU8('{') }), /not valid JSON/],
    ];
    for (const [bytes, english_] of files) {
      const problem = problemOf(readProjectFile(bytes));
      expect(english(problem)).toMatch(english_);
      expectWordedInBothLanguages(problem);
    }
  });

  it('is worded in Chinese for damaged, too long and hostile share links, naming the link', () => {
    const link = (document: object) => `#${shareFragment({ ...project, ...document } as ProjectSetup)}`;
    const links: [string, RegExp][] = [
      [`#${shareFragment(project).slice(0, 40)}`, /share link is damaged/],
      [`#project=${'A'.repeat(30_000)}`, /too long/],
      ['#project=***', /damaged/],
      [link({ format: 'other' }), /not a Layerlab share link/],
      [link({ version: 99 }), /This share link was made by a newer Layerlab/],
    ];
    for (const [hash, english_] of links) {
      const problem = problemOf(readShareFragment(hash));
      expect(english(problem)).toMatch(english_);
      expectWordedInBothLanguages(problem);
    }
    expect(translatePhrase('zh', problemOf(readShareFragment(link({ version: 99 }))))).toBe('这个分享链接由更新版本的 Layerlab 制作（格式 99）；当前版本最多只能读取格式 2。请用更新的版本打开。');
  });

  it('reads in Chinese with the nested problem inside, values left as they are', () => {
    const problem = problemOf(readProject(JSON.stringify({ ...project, spec: { version: 1, hidden: [{ kind: 'dropout', rate: 0.1 }, { kind: 'dense', units: 4, activation: 'relu', useBias: 'no' }] } })));
    expect(translatePhrase('zh', problem)).toBe('这个项目文件中的层无法使用：第 2 层（dense）的“useBias”必须是布尔值。');
    expect(english(problem)).toBe('The layers in this project file cannot be used: Layer 2 (dense) needs "useBias" as a boolean.');
    expect(translatePhrase('zh', phraseOf('{"x":1}'))).toBe('这个文件不是保存的 Layerlab 模型：其中没有“version”和“hidden”层列表。');
  });

  it('is a hostile document too large to parse, refused before parsing, in either language', () => {
    const problem = problemOf(readProject('x'.repeat(3_000_000)));
    expect(english(problem)).toBe('This project file is too large (3 MB of settings; at most 2 MB are accepted). It is probably not a Layerlab project file.');
    expectWordedInBothLanguages(problem);
  });
});

/** Why a saved layer stack (not a project) is refused. */
function phraseOf(text: string): Phrase {
  const parsed = parseModelSpec(text);
  if (parsed.ok) throw new Error('expected a refusal');
  return parsed.problem;
}
