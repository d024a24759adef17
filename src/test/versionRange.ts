/**
 * The part of npm's semver range language that advisories use to say which versions are affected:
 * comparators (`<`, `<=`, `>`, `>=`, `=` or none) on full `major.minor.patch[-prerelease]` versions,
 * joined by spaces (all must hold) and `||` (any set may hold). Written here rather than taken from
 * the `semver` package so that the dependency review adds no dependency of its own; anything outside
 * this grammar (`^`, `~`, `x`, partial versions, hyphen ranges) is refused, not guessed at.
 */

interface Version {
  readonly core: readonly [number, number, number];
  readonly prerelease: readonly (string | number)[];
}

interface Comparator {
  readonly operator: '<' | '<=' | '>' | '>=' | '=';
  readonly version: Version;
}

const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-.]+)?$/;
const COMPARATOR = /^(<=|>=|<|>|=)?(.+)$/;

export function parseVersion(text: string): Version {
  const match = VERSION.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a full version (major.minor.patch).`);
  const prerelease = match[4] ? match[4].split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [];
  return { core: [Number(match[1]), Number(match[2]), Number(match[3])], prerelease };
}

function compareIdentifiers(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  // Numeric identifiers sort before alphanumeric ones (semver 2.0.0, §11).
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareVersions(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) {
    const difference = a.core[i]! - b.core[i]!;
    if (difference !== 0) return Math.sign(difference);
  }
  // A release sorts after its own prereleases.
  if (a.prerelease.length === 0 || b.prerelease.length === 0) return b.prerelease.length - a.prerelease.length;
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    if (i >= a.prerelease.length) return -1;
    if (i >= b.prerelease.length) return 1;
    const difference = compareIdentifiers(a.prerelease[i]!, b.prerelease[i]!);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

function parseComparator(text: string): Comparator {
  const match = COMPARATOR.exec(text);
  if (!match) throw new Error(`"${text}" is not a comparator.`);
  return { operator: (match[1] ?? '=') as Comparator['operator'], version: parseVersion(match[2]!) };
}

/** Parses a range; throws a plain message on anything outside the grammar above. */
export function parseRange(range: string): Comparator[][] {
  if (range.trim() === '') throw new Error('An empty range matches nothing; write the affected versions.');
  return range.split('||').map((set) => {
    // "< 1.2.3" is written with a space by some advisories: join each operator to its version.
    const words = set.trim().replace(/(<=|>=|<|>|=)\s+/g, '$1').split(/\s+/);
    if (words.length === 1 && words[0] === '') throw new Error(`"${range}" has an empty alternative.`);
    return words.map(parseComparator);
  });
}

function holds({ operator, version }: Comparator, candidate: Version): boolean {
  const order = compareVersions(candidate, version);
  switch (operator) {
    case '<': return order < 0;
    case '<=': return order <= 0;
    case '>': return order > 0;
    case '>=': return order >= 0;
    case '=': return order === 0;
  }
}

const sameCore = (a: Version, b: Version) => a.core.every((part, i) => part === b.core[i]);

/**
 * Whether `version` lies in `range`, as npm decides it: a prerelease (`1.2.3-beta.1`) only matches a
 * set that names a prerelease of the same major.minor.patch, so `<2.0.0` does not take in `2.0.0-rc.1`.
 */
export function satisfies(version: string, range: string): boolean {
  const candidate = parseVersion(version);
  return parseRange(range).some(
    (set) =>
      set.every((comparator) => holds(comparator, candidate)) &&
      (candidate.prerelease.length === 0 || set.some((c) => c.version.prerelease.length > 0 && sameCore(c.version, candidate))),
  );
}
