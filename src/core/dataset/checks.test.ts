import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../csv/parse';
import { profileStore } from '../csv/profile';
import { bytesSource, readCsv } from '../csv/reader';
import { storeFromTable } from '../csv/tableStore';
import { createRandom } from '../random';
import { checkData } from './checks';
import { DEFAULT_PLAN, type DataPlan } from './plan';

async function sample(file: string) {
  const { store } = await readCsv(bytesSource(new Uint8Array(readFileSync(`public/samples/${file}`))));
  return { store, profiles: profileStore(store) };
}

function fromCsv(csv: string) {
  const store = storeFromTable(parseCsvText(csv));
  return { store, profiles: profileStore(store) };
}

const ids = (report: ReturnType<typeof checkData>) => report.findings.map((f) => f.id);

describe('checkData', () => {
  it('flags the leaky column of the lead-scoring sample and offers to exclude it', async () => {
    const { store, profiles } = await sample('lead_scoring.csv');
    const report = checkData(store, profiles, 'converted', 'ja', DEFAULT_PLAN);
    const leak = report.findings.find((f) => f.id === 'leak:contract_signed');
    expect(leak).toMatchObject({ severity: 'warning', fix: { kind: 'exclude', column: 'contract_signed' } });
    expect(ids(report).filter((id) => id.startsWith('leak:'))).toEqual(['leak:contract_signed']);
    const excluded: DataPlan = { ...DEFAULT_PLAN, columns: [{ name: 'contract_signed', role: 'excluded' }] };
    expect(ids(checkData(store, profiles, 'converted', 'ja', excluded))).not.toContain('leak:contract_signed');
  });

  it('finds no leak in the real churn data', async () => {
    const { store, profiles } = await sample('mlc_churn.csv');
    expect(ids(checkData(store, profiles, 'churn', 'yes', DEFAULT_PLAN)).filter((id) => id.startsWith('leak:'))).toEqual([]);
  });

  it('weighs the classes of an imbalanced target automatically, says so, and reports the class balance', async () => {
    const { store, profiles } = await sample('campaign_response.csv');
    const report = checkData(store, profiles, 'responded', 'yes', DEFAULT_PLAN);
    const imbalance = report.findings.find((f) => f.id === 'imbalance');
    expect(imbalance).toMatchObject({ severity: 'info', fix: { kind: 'classWeights', on: false } });
    expect(imbalance?.message).toMatch(/Only 9% of rows are "yes", so class weights are on automatically/);
    expect(report.weighsClasses).toBe(true);
    expect(report.classBalance?.map((c) => c.value)).toEqual(['no', 'yes']);
    expect(report.findings.find((f) => f.id === 'excluded:customer_id')).toMatchObject({ severity: 'info' });
    const off = checkData(store, profiles, 'responded', 'yes', { ...DEFAULT_PLAN, classWeights: false });
    expect(off.findings.find((f) => f.id === 'imbalance')).toMatchObject({ severity: 'warning', fix: { kind: 'classWeights', on: true } });
    expect(off.weighsClasses).toBe(false);
    const on = checkData(store, profiles, 'responded', 'yes', { ...DEFAULT_PLAN, classWeights: true });
    expect(on.findings.find((f) => f.id === 'imbalance')).toMatchObject({ severity: 'info', message: expect.stringContaining('Class weights are on') });
    expect(on.weighsClasses).toBe(true);
  });

  it('leaves a balanced target unweighted unless asked', async () => {
    const { store, profiles } = await sample('penguins.csv');
    const report = checkData(store, profiles, 'species', null, DEFAULT_PLAN);
    expect(report.findings.map((f) => f.id)).not.toContain('imbalance');
    expect(report.weighsClasses).toBe(false);
    expect(checkData(store, profiles, 'species', null, { ...DEFAULT_PLAN, classWeights: true }).weighsClasses).toBe(true);
    expect(checkData(store, profiles, 'body_mass_g', null, { ...DEFAULT_PLAN, classWeights: true }).weighsClasses).toBe(false);
  });

  it('stops a single-class target and too few rows with errors', () => {
    const single = fromCsv(['x,y', ...Array.from({ length: 30 }, (_, i) => `${i},yes`)].join('\n'));
    expect(checkData(single.store, single.profiles, 'y', null, DEFAULT_PLAN).findings[0]).toMatchObject({ id: 'target', severity: 'error' });
    const few = fromCsv(['x,y', ...Array.from({ length: 12 }, (_, i) => `${i % 5},${i % 2 ? 'a' : 'b'}`)].join('\n'));
    expect(checkData(few.store, few.profiles, 'y', null, DEFAULT_PLAN).findings[0]).toMatchObject({ id: 'too-few-rows', severity: 'error' });
  });

  it('asks about dates that could be day-first or month-first', () => {
    const random = createRandom(4);
    const rows = Array.from({ length: 60 }, () => `0${1 + Math.floor(random() * 9)}/0${1 + Math.floor(random() * 9)}/2024,${random() < 0.5 ? 'a' : 'b'}`);
    const { store, profiles } = fromCsv(['when,y', ...rows].join('\n'));
    const finding = checkData(store, profiles, 'y', null, DEFAULT_PLAN).findings.find((f) => f.id === 'date-order:when');
    expect(finding?.fix).toMatchObject({ kind: 'dateOrder', column: 'when' });
  });

  it('finds a numeric column that is the target in disguise, for amounts too', () => {
    const random = createRandom(9);
    const rows = Array.from({ length: 400 }, () => {
      const price = 100 + random() * 900;
      return `${(price * 1.19).toFixed(2)},${Math.floor(random() * 9)},${price.toFixed(2)}`;
    });
    const { store, profiles } = fromCsv(['gross,noise,net', ...rows].join('\n'));
    expect(ids(checkData(store, profiles, 'net', null, DEFAULT_PLAN))).toEqual(expect.arrayContaining(['leak:gross']));
    expect(ids(checkData(store, profiles, 'net', null, DEFAULT_PLAN))).not.toContain('leak:noise');
  });
});
