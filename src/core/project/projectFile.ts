import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { phrase } from '../text';
import type { CorePhrase } from '../texts';
import { isRecord, parseUntrustedJson } from './safeJson';
import { PROJECT_FILE, projectToJson, readProject, type ProjectSetup } from './project';

/**
 * A `.layerlab` project file: a zip of the versioned setup (`project.json`), optionally the data
 * (`data/<name>`) and the trained model (`model/model.json`, `model/weights.bin`, `model/state.json`
 * with its preprocessing, results and history). Reading checks sizes before inflating anything, so a
 * hostile file cannot exhaust memory, and validates every part.
 */
export interface SavedModelFiles {
  modelJson: string;
  weights: Uint8Array;
  /** Preprocessing, results, history and verification rows: JSON the app wrote, validated on use. */
  state: unknown;
}

export interface ProjectFileContents {
  project: ProjectSetup;
  data: { name: string; bytes: Uint8Array } | null;
  model: SavedModelFiles | null;
}

/** Why a file cannot be opened, as a phrase the page words in the person's language (`english()` gives its English). */
export type ReadProjectFile = { ok: true; contents: ProjectFileContents } | { ok: false; problem: CorePhrase };

/** Sizes beyond these are not a project this app wrote. */
const MAX_TOTAL_BYTES = 2 * 1024 ** 3;
const MAX_JSON_BYTES = 200 * 1024 ** 2;
const KNOWN = /^(project\.json|data\/[^/]+|model\/(model\.json|weights\.bin|state\.json))$/;

export function writeProjectFile(contents: ProjectFileContents): Uint8Array {
  const files: Record<string, Uint8Array> = { 'project.json': strToU8(projectToJson(contents.project)) };
  if (contents.data) files[`data/${contents.data.name.replace(/[\\/]/g, '_')}`] = contents.data.bytes;
  if (contents.model) {
    files['model/model.json'] = strToU8(contents.model.modelJson);
    files['model/weights.bin'] = contents.model.weights;
    files['model/state.json'] = strToU8(JSON.stringify(contents.model.state));
  }
  return zipSync(files, { level: 6 });
}

export function readProjectFile(bytes: Uint8Array): ReadProjectFile {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return { ok: false, problem: phrase('projectRead.notZip', { extension: '.layerlab' }) };
  }
  let files: Record<string, Uint8Array>;
  let total = 0;
  let tooBig = false;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        const limit = file.name.endsWith('.json') ? MAX_JSON_BYTES : MAX_TOTAL_BYTES;
        if (file.originalSize > limit || total > MAX_TOTAL_BYTES) tooBig = true;
        return !tooBig && KNOWN.test(file.name);
      },
    });
  } catch {
    return { ok: false, problem: phrase('projectRead.damagedZip') };
  }
  if (tooBig) return { ok: false, problem: phrase('projectRead.unpacksTooBig', { limit: `${MAX_TOTAL_BYTES / 1024 ** 3} GB` }) };
  const projectJson = files['project.json'];
  if (!projectJson) return { ok: false, problem: phrase('projectRead.noProject', { file: 'project.json' }) };
  const project = readProject(strFromU8(projectJson));
  if (!project.ok) return project;
  const dataName = Object.keys(files).find((name) => name.startsWith('data/'));
  const data = dataName ? { name: dataName.slice('data/'.length), bytes: files[dataName] as Uint8Array } : null;
  const model = readModel(files);
  if (model !== null && 'id' in model) return { ok: false, problem: model };
  return { ok: true, contents: { project: project.project, data, model } };
}

/** The saved model, null when the file has none, or why it cannot be used. */
function readModel(files: Record<string, Uint8Array>): SavedModelFiles | null | CorePhrase {
  const modelJson = files['model/model.json'];
  const weights = files['model/weights.bin'];
  const state = files['model/state.json'];
  if (!modelJson && !weights && !state) return null;
  if (!modelJson || !weights || !state) return phrase('projectRead.modelIncomplete');
  const parsedState = parseUntrustedJson(strFromU8(state), MAX_JSON_BYTES, PROJECT_FILE);
  if (!parsedState.ok) return parsedState.problem;
  if (!isRecord(parsedState.value)) return phrase('projectRead.modelResults');
  return { modelJson: strFromU8(modelJson), weights, state: parsedState.value };
}
