import { allOf } from '../errors';
import { parseModelSpec } from '../model/json';
import type { ModelSpec } from '../model/spec';
import { phrase } from '../text';
import type { CorePhrase } from '../texts';
import { DEFAULT_TRAINING, trainingSettingProblems, type TrainingSettings } from '../training/settings';
import { isRecord, parseUntrustedJson } from './safeJson';

/**
 * A project's setup as a versioned document: where the data comes from, what to predict, the layers and
 * the training settings. It is what a share link carries and what a project file stores beside the
 * optional data and trained weights. It never holds the data itself.
 */
export const PROJECT_FORMAT = 'layerlab.project';
/** 2: workshop locks name training settings to hide (`locks.hidden`); format 1 had none. */
export const PROJECT_VERSION = 2;
/** Settings are small; anything bigger is not a Layerlab project (or is hostile). */
export const MAX_PROJECT_CHARS = 2_000_000;

export type DataSource = { kind: 'sample'; id: string } | { kind: 'file'; name: string };

export const BACKEND_PREFERENCES = ['auto', 'webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendPreference = (typeof BACKEND_PREFERENCES)[number];

/** The training controls a workshop link can hide: every training setting, and the backend. */
export const HIDEABLE_SETTINGS = ['optimizer', 'learningRate', 'momentum', 'batchSize', 'epochs', 'patience', 'lrPatience', 'lrFactor', 'seed', 'restoreBestWeights', 'backend'] as const satisfies readonly (keyof TrainingSettings | 'backend')[];
export type HideableSetting = (typeof HIDEABLE_SETTINGS)[number];

/** What a workshop link fixes for participants. */
export interface WorkshopLocks {
  /** The dataset and target cannot be changed. */
  data: boolean;
  /** The layer stack cannot be changed. */
  layers: boolean;
  /** The training settings cannot be changed. */
  training: boolean;
  /** Training controls not shown at all: they keep the link's values, whether or not `training` is locked. */
  hidden: HideableSetting[];
}

export interface ProjectSetup {
  format: typeof PROJECT_FORMAT;
  version: typeof PROJECT_VERSION;
  /** Empty for a project nobody named: the page shows "Untitled project" in the person's language. */
  name: string;
  source: DataSource | null;
  target: string | null;
  spec: ModelSpec;
  settings: TrainingSettings;
  backend: BackendPreference;
  locks: WorkshopLocks | null;
}

/** Why a project cannot be opened, as a phrase the page words in the person's language (`english()` gives its English). */
export type ReadProject = { ok: true; project: ProjectSetup } | { ok: false; problem: CorePhrase };

/** What a project document came in, as the problems name it. */
export const PROJECT_FILE = phrase('projectRead.file');
export const SHARE_LINK = phrase('projectRead.link');

export function projectToJson(project: ProjectSetup): string {
  return JSON.stringify(project);
}

/** Reads a project document from outside; every refusal says in plain words what is wrong. */
export function readProject(text: string, what: CorePhrase = PROJECT_FILE): ReadProject {
  const parsed = parseUntrustedJson(text, MAX_PROJECT_CHARS, what);
  if (!parsed.ok) return parsed;
  const raw = parsed.value;
  const refuse = (problem: CorePhrase): ReadProject => ({ ok: false, problem });
  if (!isRecord(raw) || raw.format !== PROJECT_FORMAT) return refuse(phrase('projectRead.noMarker', { what, marker: PROJECT_FORMAT }));
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) return refuse(phrase('projectRead.badVersion', { what }));
  if (raw.version > PROJECT_VERSION) {
    // Format numbers are names of formats, written as they are (not grouped like counts).
    return refuse(phrase('projectRead.newer', { what, version: String(raw.version), supported: String(PROJECT_VERSION) }));
  }
  const migrated = migrate(raw);
  const spec = parseModelSpec(JSON.stringify(migrated.spec));
  if (!spec.ok) return refuse(phrase('projectRead.layers', { what, problem: spec.problem }));
  const settings = readSettings(migrated.settings);
  if ('id' in settings) return refuse(phrase('projectRead.settings', { what, problem: settings }));
  const source = readSource(migrated.source);
  if (source === undefined) return refuse(phrase('projectRead.source', { what }));
  const target = migrated.target;
  if (target !== null && typeof target !== 'string') return refuse(phrase('projectRead.target', { what }));
  return {
    ok: true,
    project: {
      format: PROJECT_FORMAT,
      version: PROJECT_VERSION,
      name: typeof migrated.name === 'string' ? migrated.name.slice(0, 200) : '',
      source,
      target: target ?? null,
      spec: spec.spec,
      settings,
      backend: (BACKEND_PREFERENCES as readonly unknown[]).includes(migrated.backend) ? (migrated.backend as BackendPreference) : 'auto',
      locks: readLocks(migrated.locks),
    },
  };
}

/** Each step brings a document of one version to the next. */
const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  // Format 1 links hid no settings.
  1: (raw) => ({ ...raw, version: 2, locks: isRecord(raw.locks) ? { ...raw.locks, hidden: [] } : null }),
};

/** Brings an older document up to the current version, one step at a time. */
function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  let document = raw;
  for (let version = raw.version as number; version < PROJECT_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`no migration from project format ${version}`);
    document = step(document);
  }
  return document;
}

/** The settings, or why they cannot be used. */
function readSettings(raw: unknown): TrainingSettings | CorePhrase {
  if (!isRecord(raw)) return phrase('projectRead.settingsMissing');
  const settings = { ...DEFAULT_TRAINING };
  for (const key of Object.keys(DEFAULT_TRAINING) as (keyof TrainingSettings)[]) {
    const value = raw[key];
    if (value === undefined) continue;
    if (typeof value !== typeof DEFAULT_TRAINING[key]) return phrase('projectRead.settingType', { key });
    (settings as Record<string, unknown>)[key] = value;
  }
  const problems = trainingSettingProblems(settings);
  return problems.length > 0 ? allOf(problems) : settings;
}

function readSource(raw: unknown): DataSource | null | undefined {
  if (raw === null || raw === undefined) return null;
  if (!isRecord(raw)) return undefined;
  if (raw.kind === 'sample' && typeof raw.id === 'string') return { kind: 'sample', id: raw.id };
  if (raw.kind === 'file' && typeof raw.name === 'string') return { kind: 'file', name: raw.name };
  return undefined;
}

function readLocks(raw: unknown): WorkshopLocks | null {
  if (!isRecord(raw)) return null;
  // Unknown names (from a hand-edited link) are dropped rather than refused: hiding less is always safe.
  const hidden = Array.isArray(raw.hidden) ? HIDEABLE_SETTINGS.filter((name) => (raw.hidden as unknown[]).includes(name)) : [];
  return { data: raw.data === true, layers: raw.layers === true, training: raw.training === true, hidden };
}
