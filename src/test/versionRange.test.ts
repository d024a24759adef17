import { describe, expect, it } from 'vitest';
import { compareVersions, parseRange, parseVersion, satisfies } from './versionRange';

describe('version ranges as advisories write them', () => {
  it('orders versions by number, not by text, and a release after its prereleases', () => {
    const sorted = ['1.10.0', '1.2.0', '1.2.0-rc.1', '1.2.0-beta.11', '1.2.0-beta.2', '0.9.9', '1.2.0-alpha']
      .map(parseVersion)
      .sort(compareVersions)
      .map((v) => v.core.join('.') + (v.prerelease.length ? `-${v.prerelease.join('.')}` : ''));
    expect(sorted).toEqual(['0.9.9', '1.2.0-alpha', '1.2.0-beta.2', '1.2.0-beta.11', '1.2.0-rc.1', '1.2.0', '1.10.0']);
  });

  it('applies every comparator of a set, and any set of an || list', () => {
    const range = '<2.6.7 || >=3.0.0 <3.1.1';
    expect(satisfies('1.7.3', range)).toBe(true);
    expect(satisfies('2.6.6', range)).toBe(true);
    expect(satisfies('2.6.7', range)).toBe(false);
    expect(satisfies('2.6.13', range)).toBe(false);
    expect(satisfies('3.0.0', range)).toBe(true);
    expect(satisfies('3.1.1', range)).toBe(false);
    expect(satisfies('5.33.1', '<6.2.0')).toBe(true);
    expect(satisfies('6.2.0', '<6.2.0')).toBe(false);
    expect(satisfies('0.7.29', '=0.7.29 || 0.8.0')).toBe(true);
    expect(satisfies('0.8.0', '=0.7.29 || 0.8.0')).toBe(true);
    expect(satisfies('0.7.30', '=0.7.29 || 0.8.0')).toBe(false);
    // GitHub writes ranges with a space after the operator.
    expect(satisfies('7.2.4', '>= 7.0.0 < 7.2.5')).toBe(true);
    expect(satisfies('4.0.0', '<=4.0.0')).toBe(true);
    expect(satisfies('4.0.1', '>4.0.0')).toBe(true);
  });

  it('lets a prerelease match only a set that names a prerelease of the same version, as npm does', () => {
    expect(satisfies('2.0.0-rc.1', '<2.0.0')).toBe(false);
    expect(satisfies('3.0.0-beta.5', '>=3.0.0-beta.1 <3.0.0-beta.9')).toBe(true);
    expect(satisfies('3.0.0-beta.9', '>=3.0.0-beta.1 <3.0.0-beta.9')).toBe(false);
  });

  it('refuses what it does not understand instead of guessing', () => {
    for (const range of ['^1.2.3', '~1.2.3', '1.x', '1.2', '1.2.3 - 2.0.0', '', '<1.0.0 ||', 'latest']) {
      expect(() => parseRange(range), range).toThrow();
    }
    expect(() => satisfies('1.2', '<2.0.0')).toThrow(/not a full version/);
  });
});
