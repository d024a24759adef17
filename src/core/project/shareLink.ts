import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { phrase } from '../text';
import { projectToJson, readProject, SHARE_LINK, type ProjectSetup, type ReadProject } from './project';

/**
 * A share link carries a project's setup (never its data) in the URL fragment, which browsers do not
 * send to the server. The JSON is deflated and base64url-encoded to keep links short.
 */
const PREFIX = 'project=';
/** Compressed links longer than this are refused before inflating (a zip bomb in a URL). */
const MAX_FRAGMENT_CHARS = 20_000;

export function shareFragment(project: ProjectSetup): string {
  const shared: ProjectSetup = { ...project, source: project.source?.kind === 'sample' ? project.source : null };
  return `${PREFIX}${toBase64Url(deflateSync(strToU8(projectToJson(shared)), { level: 9 }))}`;
}

/** Null when the fragment holds no project; otherwise the project or why it cannot be used. */
export function readShareFragment(hash: string): ReadProject | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(PREFIX)) return null;
  const encoded = fragment.slice(PREFIX.length);
  if (encoded.length > MAX_FRAGMENT_CHARS) return { ok: false, problem: phrase('projectRead.linkTooLong') };
  let text: string;
  try {
    text = strFromU8(inflateSync(fromBase64Url(encoded)));
  } catch {
    return { ok: false, problem: phrase('projectRead.linkDamaged') };
  }
  return readProject(text, SHARE_LINK);
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
