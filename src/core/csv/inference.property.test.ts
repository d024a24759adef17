import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProperty } from '../../test/fastCheckTally';
import { inferType, type TypeEvidence } from './inference';
import { profileStore, type ColumnProfile, type ColumnType } from './profile';
import { storeFromTable } from './tableStore';
import { REASON_TEXTS } from './texts';

const TYPES: ColumnType[] = ['numeric', 'categorical', 'boolean', 'date', 'identifier', 'constant', 'text'];

/** Profiles of one table built straight from cells (no CSV text: the readers are fuzzed elsewhere). */
function profilesOf(columns: string[][]): ColumnProfile[] {
  const rowCount = columns[0]?.length ?? 0;
  return profileStore(storeFromTable({ names: columns.map((_, i) => `c${i}`), columns, rowCount, decimalComma: false, notes: [] }));
}

/** Cells as exports write them: numbers in many notations, missing tokens, dates, words, junk. */
const messyCell = fc.oneof(
  fc.constantFrom('', ' ', 'NA', 'null', '?', '-', 'yes', 'no', 'TRUE', '0', '1', '007', '1e999', '-1e308', '1e308', '$1,200.50', '(5)', '12%', '3,5', '2024-02-30', '2024-01-05', '05/01/2024', '13/01/2024', 'Zoë', '東京'),
  fc.double().map(String),
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.string({ maxLength: 6 }),
);
const messyTable = fc.integer({ min: 1, max: 30 }).chain((rows) => fc.array(fc.array(messyCell, { minLength: rows, maxLength: rows }), { minLength: 1, maxLength: 4 }));

describe('type inference (properties)', () => {
  it('inferType answers a known type and reason for any evidence, and "constant" exactly when nothing varies', () => {
    const evidence: fc.Arbitrary<TypeEvidence> = fc.record({
      name: fc.constantFrom('id', 'customer_id', 'age', 'plan', 'code', ''),
      present: fc.nat(100),
      numberCount: fc.nat(100),
      distinct: fc.nat(100),
      distinctExact: fc.boolean(),
      numeric: fc.option(fc.record({ count: fc.nat(100), min: fc.double({ noNaN: true }), max: fc.double({ noNaN: true }), mean: fc.double({ noNaN: true }), std: fc.double({ noNaN: true, min: 0 }), skew: fc.double({ noNaN: true }), integer: fc.boolean() }), { nil: null }),
      booleans: fc.boolean(),
      dates: fc.boolean(),
      leadingZeros: fc.boolean(),
      averageLength: fc.double({ min: 0, max: 500, noNaN: true }),
    });
    checkProperty(
      fc.property(evidence, (facts) => {
        const { type, reason } = inferType(facts);
        expect(TYPES).toContain(type);
        expect(Object.keys(REASON_TEXTS)).toContain(reason);
        expect(type === 'constant').toBe(facts.present === 0 || (facts.distinct === 1 && facts.distinctExact));
      }),
      { numRuns: 2000 },
    );
  });

  it('profiles any column consistently: counts add up, summaries are finite and ordered, the type is usable as itself, row order does not matter', () => {
    checkProperty(
      fc.property(messyTable, (columns) => {
        const profiles = profilesOf(columns);
        const reversed = profilesOf(columns.map((cells) => [...cells].reverse()));
        profiles.forEach((profile, i) => {
          const rowCount = columns[0]?.length ?? 0;
          expect(profile.missing + profile.present).toBe(rowCount);
          expect(profile.unreadable).toBeGreaterThanOrEqual(0);
          expect(profile.unreadable).toBeLessThanOrEqual(profile.present);
          if (!profile.distinctAtLeast) expect(profile.distinct).toBeLessThanOrEqual(profile.present);
          if (profile.min !== undefined) {
            const { min, q1, median, q3, max, mean, std } = profile as Required<ColumnProfile>;
            for (const value of [min, q1, median, q3, max, mean, std]) expect(Number.isFinite(value), `${profile.name}: ${JSON.stringify(profile)}`).toBe(true);
            expect(min <= q1 && q1 <= median && median <= q3 && q3 <= max).toBe(true);
          }
          if (['numeric', 'categorical', 'boolean', 'date'].includes(profile.type)) expect(profile.usableAs).toContain(profile.type);
          const mirror = reversed[i] as ColumnProfile;
          expect({ type: mirror.type, missing: mirror.missing, distinct: mirror.distinct }).toEqual({ type: profile.type, missing: profile.missing, distinct: profile.distinct });
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('reads numbers as numeric, a few words as categories and yes/no as boolean, with gaps anywhere', () => {
    const rows = fc.integer({ min: 4, max: 60 });
    const gaps = (cells: string[], seeds: number[]) => cells.map((cell, i) => (seeds.includes(i) ? 'NA' : cell));
    checkProperty(
      fc.property(
        rows.chain((n) => fc.tuple(fc.array(fc.integer({ min: -100_000, max: 100_000 }), { minLength: n, maxLength: n }), fc.array(fc.constantFrom('red', 'green', 'blue', 'teal'), { minLength: n, maxLength: n }), fc.array(fc.constantFrom('yes', 'no'), { minLength: n, maxLength: n }))),
        fc.array(fc.nat(59), { maxLength: 2 }),
        ([numbers, words, answers], gapRows) => {
          fc.pre(new Set(numbers).size > 1 && new Set(words).size > 1 && new Set(words).size < words.length && new Set(answers).size > 1);
          // Halves: never whole numbers, so never taken for an identifier.
          const [numeric, categorical, boolean] = profilesOf([gaps(numbers.map((n) => `${n}.5`), gapRows), words, answers]) as [ColumnProfile, ColumnProfile, ColumnProfile];
          const present = numbers.filter((_, i) => !gapRows.includes(i));
          fc.pre(new Set(present.map((n) => `${n}.5`)).size > 1);
          const values = present.map((n) => Number(`${n}.5`));
          expect(numeric).toMatchObject({ type: 'numeric', min: Math.min(...values), max: Math.max(...values), missing: numbers.length - present.length });
          expect(categorical.type).toBe('categorical');
          expect(categorical.distinct).toBe(new Set(words).size);
          expect(boolean.type).toBe('boolean');
        },
      ),
      { numRuns: 1000 },
    );
  });
});
