import { parseRange, parseVersion, satisfies } from './versionRange';

/**
 * The recorded dependency review (security/advisories.json) checked against package-lock.json: the
 * stand-in for `npm audit --omit=dev`, whose registry endpoint cannot be reached from the build machine.
 * Every function returns plain sentences, one per problem, so a failing test says what to do.
 */

export const SEVERITIES = ['low', 'moderate', 'high', 'critical', 'unknown'] as const;

export interface Advisory {
  /** GitHub advisory id (GHSA-…), or a CVE id where no GitHub id was found. */
  readonly id: string;
  readonly aliases?: readonly string[];
  /** The npm package the range applies to; an advisory on several packages has one entry for each. */
  readonly package: string;
  readonly severity: (typeof SEVERITIES)[number];
  /** Affected versions, in npm range syntax (see versionRange.ts). */
  readonly vulnerable: string;
  readonly patched: string;
  readonly summary: string;
  readonly url: string;
  /** Where the range came from, when it is not copied from the advisory itself. */
  readonly rangeSource?: string;
  /** An installed version that is in the range on purpose: which versions, and why it does not apply here. */
  readonly accepted?: { readonly versions: readonly string[]; readonly reason: string };
}

export interface AdvisoryTable {
  readonly reviewed: string;
  readonly advisories: readonly Advisory[];
  /** Every production package and version the review looked at, as package-lock.json had them. */
  readonly reviewedPackages: Readonly<Record<string, readonly string[]>>;
}

export interface InstalledPackage {
  readonly name: string;
  readonly version: string;
  /** Where package-lock.json puts it, e.g. node_modules/vega-embed/node_modules/semver. */
  readonly path: string;
}

interface LockEntry {
  readonly name?: string;
  readonly version?: string;
  readonly dev?: boolean;
  readonly link?: boolean;
}

/** The packages `npm ci --omit=dev` installs: every lock entry that is not dev-only (links and the root left out). */
export function productionPackages(lock: { readonly lockfileVersion?: number; readonly packages?: Record<string, LockEntry> }): InstalledPackage[] {
  if (!lock.packages || (lock.lockfileVersion ?? 0) < 2) {
    throw new Error('package-lock.json has no "packages" map (lockfile version 2 or 3 is needed); run npm install with npm 7 or later.');
  }
  const installed: InstalledPackage[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.dev || entry.link) continue;
    const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    if (!entry.version) throw new Error(`package-lock.json gives no version for ${path}.`);
    installed.push({ name, version: entry.version, path });
  }
  return installed;
}

const ID = /^(GHSA(-[23456789cfghjmpqrvwx]{4}){3}|CVE-\d{4}-\d{4,})$/;

/** Mistakes in the table itself: an entry the check below could not apply, or an exception without a reason. */
export function tableProblems(table: AdvisoryTable): string[] {
  const problems: string[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(table.reviewed)) problems.push(`"reviewed" must be the review date as YYYY-MM-DD, not "${table.reviewed}".`);
  const seen = new Set<string>();
  for (const a of table.advisories) {
    const label = `${a.id} (${a.package})`;
    if (!ID.test(a.id)) problems.push(`${label}: the id must be a GHSA-xxxx-xxxx-xxxx or CVE-yyyy-n id.`);
    if (seen.has(`${a.id} ${a.package}`)) problems.push(`${label} is recorded twice.`);
    seen.add(`${a.id} ${a.package}`);
    if (!a.package) problems.push(`${label}: name the npm package.`);
    if (!SEVERITIES.includes(a.severity)) problems.push(`${label}: severity must be one of ${SEVERITIES.join(', ')}.`);
    if (!a.summary?.trim() || !a.patched?.trim()) problems.push(`${label}: write what the flaw is and which version fixes it.`);
    if (!/^https:\/\//.test(a.url ?? '')) problems.push(`${label}: link the advisory (https).`);
    try {
      parseRange(a.vulnerable);
    } catch (error) {
      problems.push(`${label}: the vulnerable range "${a.vulnerable}" cannot be read: ${(error as Error).message}`);
      continue;
    }
    if (a.accepted) {
      if ((a.accepted.reason ?? '').trim().length < 80) problems.push(`${label}: an accepted finding needs a real explanation of why it does not apply.`);
      if (!a.accepted.versions?.length) problems.push(`${label}: list the installed versions the explanation covers.`);
      for (const version of a.accepted.versions ?? []) {
        if (!satisfies(version, a.vulnerable)) problems.push(`${label}: accepted version ${version} is not in the vulnerable range, so the exception is not needed.`);
      }
    }
  }
  for (const [name, versions] of Object.entries(table.reviewedPackages)) {
    for (const version of versions) {
      try {
        parseVersion(version);
      } catch {
        problems.push(`reviewedPackages: ${name} has "${version}", which is not a version.`);
      }
    }
  }
  return problems;
}

export interface Finding {
  readonly advisory: Advisory;
  readonly installed: InstalledPackage;
}

/** Every installed production package that lies in a recorded vulnerable range. */
export function findings(table: AdvisoryTable, installed: readonly InstalledPackage[]): Finding[] {
  const result: Finding[] = [];
  for (const advisory of table.advisories) {
    for (const pkg of installed) {
      if (pkg.name === advisory.package && satisfies(pkg.version, advisory.vulnerable)) result.push({ advisory, installed: pkg });
    }
  }
  return result;
}

const isExplained = ({ advisory, installed }: Finding) => advisory.accepted?.versions.includes(installed.version) ?? false;

/** Findings with no recorded explanation: each must be fixed (update, override) or explained in the table. */
export function unexplainedFindings(table: AdvisoryTable, installed: readonly InstalledPackage[]): string[] {
  return findings(table, installed)
    .filter((finding) => !isExplained(finding))
    .map(
      ({ advisory: a, installed: p }) =>
        `${p.name}@${p.version} (${p.path}) is affected by ${a.id} (${a.severity}): ${a.summary} Fixed in ${a.patched}. Update it, or explain in security/advisories.json why it does not apply.`,
    );
}

/** Exceptions that no installed version needs any more: they would silently cover a later reinstall. */
export function staleExceptions(table: AdvisoryTable, installed: readonly InstalledPackage[]): string[] {
  const problems: string[] = [];
  for (const a of table.advisories) {
    for (const version of a.accepted?.versions ?? []) {
      if (!installed.some((p) => p.name === a.package && p.version === version)) {
        problems.push(`${a.id}: the exception for ${a.package}@${version} covers a version that is no longer installed; remove it.`);
      }
    }
  }
  return problems;
}

/**
 * Differences between what is installed and what the review looked at. A package or version that
 * appears after the review date has not been checked against any advisory, so it fails until it is.
 */
export function unreviewedChanges(table: AdvisoryTable, installed: readonly InstalledPackage[]): string[] {
  const now = new Map<string, Set<string>>();
  for (const p of installed) now.set(p.name, (now.get(p.name) ?? new Set()).add(p.version));
  const problems: string[] = [];
  for (const [name, versions] of [...now].sort(([a], [b]) => a.localeCompare(b))) {
    for (const version of [...versions].sort()) {
      if (!table.reviewedPackages[name]?.includes(version)) {
        problems.push(`${name}@${version} is a production dependency that the review of ${table.reviewed} did not cover: look up its advisories, record any in security/advisories.json, then add it to reviewedPackages.`);
      }
    }
  }
  for (const [name, versions] of Object.entries(table.reviewedPackages)) {
    for (const version of versions) {
      if (!now.get(name)?.has(version)) problems.push(`${name}@${version} is in reviewedPackages but no longer installed; remove it.`);
    }
  }
  return problems;
}
