import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  findings,
  productionPackages,
  staleExceptions,
  tableProblems,
  unexplainedFindings,
  unreviewedChanges,
  type Advisory,
  type AdvisoryTable,
} from './advisoryReview';

/**
 * Issue 9: `npm audit --omit=dev` must show no high or critical finding, or explain each one. The
 * registry's audit endpoint cannot be reached from here (405), so this holds the recorded review in
 * security/advisories.json against the lockfile: a recorded review as of its date, not a live audit
 * (SECURITY.md says how to run the real one).
 */

const root = new URL('../../', import.meta.url);
const readJson = (file: string): unknown => JSON.parse(readFileSync(new URL(file, root), 'utf8'));
const table = readJson('security/advisories.json') as AdvisoryTable;
const installed = productionPackages(readJson('package-lock.json') as Parameters<typeof productionPackages>[0]);

describe('production dependencies against the recorded advisory review', () => {
  it('the advisory table is well-formed', () => {
    expect(tableProblems(table)).toEqual([]);
  });

  it('every production package and version in package-lock.json was reviewed', () => {
    expect(installed.length).toBeGreaterThan(100);
    expect(unreviewedChanges(table, installed)).toEqual([]);
  });

  it('no production package is in a recorded vulnerable range without an explanation', () => {
    expect(unexplainedFindings(table, installed)).toEqual([]);
    const explained = findings(table, installed).map(({ advisory: a, installed: p }) => `${p.name}@${p.version} ${a.id} (${a.severity})`);
    console.log(`dependency review of ${table.reviewed}: ${installed.length} production packages, ${table.advisories.length} advisory entries, explained: ${explained.join('; ') || 'none'}`);
  });

  it('every recorded exception still covers an installed version', () => {
    expect(staleExceptions(table, installed)).toEqual([]);
  });
});

describe('the dependency check finds what it should', () => {
  const advisory = (over: Partial<Advisory>): Advisory => ({
    id: 'GHSA-r683-j2x4-v87g',
    package: 'node-fetch',
    severity: 'high',
    vulnerable: '<2.6.7 || >=3.0.0 <3.1.1',
    patched: '2.6.7, 3.1.1',
    summary: 'Forwards secure headers to a third party on redirect.',
    url: 'https://github.com/advisories/GHSA-r683-j2x4-v87g',
    ...over,
  });
  const lock = {
    lockfileVersion: 3,
    packages: {
      '': { name: 'app', version: '1.0.0' },
      'node_modules/node-fetch': { version: '2.6.13' },
      'node_modules/isomorphic-fetch/node_modules/node-fetch': { version: '1.7.3' },
      'node_modules/@scope/tool/node_modules/node-fetch': { version: '2.6.1', dev: true },
      'node_modules/local': { link: true },
    },
  };
  const reviewAll = { 'node-fetch': ['1.7.3', '2.6.13'] };

  it('reads the production packages of a lockfile, nested copies included and dev-only ones left out', () => {
    expect(productionPackages(lock).map((p) => `${p.name}@${p.version}`)).toEqual(['node-fetch@2.6.13', 'node-fetch@1.7.3']);
    expect(() => productionPackages({ lockfileVersion: 1 })).toThrow(/lockfile version 2 or 3/);
  });

  it('reports a nested vulnerable copy, naming where it sits and what fixes it', () => {
    const problems = unexplainedFindings({ reviewed: '2026-11-21', advisories: [advisory({})], reviewedPackages: reviewAll }, productionPackages(lock));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('node-fetch@1.7.3 (node_modules/isomorphic-fetch/node_modules/node-fetch) is affected by GHSA-r683-j2x4-v87g (high)');
    expect(problems[0]).toContain('Fixed in 2.6.7, 3.1.1');
  });

  it('accepts a finding only for the versions its explanation names, and flags an explanation left behind', () => {
    const reason = 'isomorphic-fetch only loads node-fetch under Node; the browser build takes whatwg-fetch instead, so this code never ships.';
    const accepted = { reviewed: '2026-11-21', advisories: [advisory({ accepted: { versions: ['1.7.3'], reason } })], reviewedPackages: reviewAll };
    expect(unexplainedFindings(accepted, productionPackages(lock))).toEqual([]);
    expect(staleExceptions(accepted, productionPackages(lock))).toEqual([]);
    const upgraded = productionPackages({ lockfileVersion: 3, packages: { 'node_modules/node-fetch': { version: '1.7.2' } } });
    expect(unexplainedFindings(accepted, upgraded)).toEqual([expect.stringContaining('node-fetch@1.7.2')]);
    expect(staleExceptions(accepted, upgraded)).toEqual([expect.stringContaining('node-fetch@1.7.3 covers a version that is no longer installed')]);
  });

  it('refuses a table entry it could not apply or an exception without a reason', () => {
    const bad: AdvisoryTable = {
      reviewed: 'today',
      advisories: [
        advisory({ vulnerable: '^1.0.0' }),
        advisory({ id: 'GHSA-w7rc-rwvf-8q5r', accepted: { versions: ['1.7.3'], reason: 'not used' } }),
        advisory({ id: 'GHSA-pjwm-rvh2-c87w', accepted: { versions: ['2.6.13'], reason: 'x'.repeat(100) } }),
        advisory({ id: 'NPM-1234', severity: 'severe' as Advisory['severity'], url: 'http://example.com' }),
      ],
      reviewedPackages: { 'node-fetch': ['latest'] },
    };
    const problems = tableProblems(bad).join('\n');
    expect(problems).toContain('"reviewed" must be the review date');
    expect(problems).toContain('cannot be read');
    expect(problems).toContain('needs a real explanation');
    expect(problems).toContain('accepted version 2.6.13 is not in the vulnerable range');
    expect(problems).toContain('NPM-1234 (node-fetch): the id must be');
    expect(problems).toContain('severity must be one of');
    expect(problems).toContain('link the advisory (https)');
    expect(problems).toContain('"latest", which is not a version');
  });

  it('fails on a production package or version the review did not cover, and on one no longer installed', () => {
    const problems = unreviewedChanges({ reviewed: '2026-11-21', advisories: [], reviewedPackages: { 'node-fetch': ['2.6.13', '2.7.0'] } }, productionPackages(lock));
    expect(problems).toEqual([
      expect.stringContaining('node-fetch@1.7.3 is a production dependency that the review of 2026-11-21 did not cover'),
      expect.stringContaining('node-fetch@2.7.0 is in reviewedPackages but no longer installed'),
    ]);
  });
});
