import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMissingCell, MISSING_TOKENS, parseBooleanCell, parseNumberCell } from './cells';
import { checkProperty } from '../../test/fastCheckTally';

describe('isMissingCell', () => {
  it('treats every listed token as missing, with or without surrounding spaces', () => {
    for (const token of MISSING_TOKENS) {
      expect(isMissingCell(token), JSON.stringify(token)).toBe(true);
      expect(isMissingCell(` ${token}\t`), JSON.stringify(token)).toBe(true);
    }
  });

  it('includes the spellings people and tools actually write', () => {
    for (const token of ['', 'NA', 'N/A', 'n/a', 'null', 'NULL', 'NaN', 'nan', '-', '?', 'None', '#N/A', '#DIV/0!']) {
      expect(MISSING_TOKENS).toContain(token);
    }
  });

  it('treats whitespace-only cells as missing', () => {
    for (const cell of [' ', '   ', '\t', ' \t ', '\u00a0', '\r']) expect(isMissingCell(cell)).toBe(true);
  });

  it('keeps real values, including look-alikes that are names or categories', () => {
    for (const cell of ['0', 'Nan', 'Na', 'none of the above', 'nullable', 'N/A please', '-1', '??', 'NAN ', 'a']) {
      expect(isMissingCell(cell), cell).toBe(false);
    }
  });

  it('answers long values without trimming them', () => {
    expect(isMissingCell('x'.repeat(100))).toBe(false);
    expect(isMissingCell(`${' '.repeat(50)}NA${' '.repeat(50)}`)).toBe(true);
  });
});

describe('parseNumberCell', () => {
  const cases: Array<[string, number]> = [
    ['0', 0],
    ['42', 42],
    ['-17', -17],
    ['+3.25', 3.25],
    ['.5', 0.5],
    ['-.5', -0.5],
    ['1.', 1],
    ['1e3', 1000],
    ['-2.5E-3', -0.0025],
    ['  7.5 ', 7.5],
    ['\t12\r', 12],
    ['1,234', 1234],
    ['1,234,567.89', 1234567.89],
    ['-1,200', -1200],
    ['1\u00a0234\u00a0567.5', 1234567.5],
    ['12%', 12],
    ['12.5 %', 12.5],
    ['-3%', -3],
    ['$1,200', 1200],
    ['$ 1,200.50', 1200.5],
    ['-$5.25', -5.25],
    ['$-5.25', -5.25],
    ['1200 $', 1200],
    ['€3.50', 3.5],
    ['£99', 99],
    ['¥1,000', 1000],
    ['USD 99', 99],
    ['99 EUR', 99],
    ['USD99.95', 99.95],
    ['(1,200)', -1200],
    ['($1,200.00)', -1200],
    ['(12%)', -12],
    ['\u22125', -5],
    ['007', 7],
  ];
  it.each(cases)('reads %j as %d', (cell, expected) => {
    expect(parseNumberCell(cell)).toBeCloseTo(expected, 10);
  });

  const decimalCommaCases: Array<[string, number]> = [
    ['3,5', 3.5],
    ['3,50', 3.5],
    ['-0,25', -0.25],
    [',5', 0.5],
    ['1.234', 1234],
    ['1,234', 1.234],
    ['1.234.567,89', 1234567.89],
    ['1\u202f234,5', 1234.5],
    ['€3,50', 3.5],
    ['3,50 €', 3.5],
    ['-1.200,00 €', -1200],
    ['EUR 12,00', 12],
    ['12,5 %', 12.5],
    ['(1.200,50)', -1200.5],
    ['1,5e3', 1500],
    ['42', 42],
  ];
  it.each(decimalCommaCases)('with a decimal comma reads %j as %d', (cell, expected) => {
    expect(parseNumberCell(cell, true)).toBeCloseTo(expected, 10);
  });

  const rejected = [
    '',
    ' ',
    '-',
    '+',
    '.',
    '%',
    '$',
    'abc',
    '12abc',
    'abc12',
    '1.2.3',
    '1,23',
    '12,34,567',
    '1,2345',
    '555-1234',
    '2024-01-15',
    '15/01/2024',
    '15.01.2024',
    '12:30',
    '0x1F',
    'Infinity',
    '-Infinity',
    'NaN',
    '1e',
    'e5',
    '--5',
    '+-5',
    '(5',
    '5)',
    '(-5)',
    '$5 €',
    '5%%',
    '1 2',
    '1 234',
    '5-',
    '€3,50',
    '1,234.5.6',
    '1\u00a0234,567',
  ];
  it.each(rejected)('rejects %j', (cell) => {
    expect(parseNumberCell(cell)).toBeNaN();
  });

  it.each(['3.5', '1.2.3', '1.23', '1,234.56', '12.34.567', '2024-01-15', '15.01.2024', '1.234,5.6'])(
    'with a decimal comma rejects %j',
    (cell) => {
      expect(parseNumberCell(cell, true)).toBeNaN();
    },
  );

  it('round-trips every finite double as JavaScript writes it', () => {
    checkProperty(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(parseNumberCell(String(value))).toBe(value === 0 ? 0 : value);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips integers written with a decimal comma and grouped thousands', () => {
    checkProperty(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const sign = whole < 0 ? '-' : '';
        const grouped = Math.abs(whole).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        const cell = `${sign}${grouped},${String(cents).padStart(2, '0')}`;
        const expected = (Math.abs(whole) + cents / 100) * (whole < 0 ? -1 : 1);
        expect(parseNumberCell(cell, true)).toBeCloseTo(expected, 2);
      }),
      { numRuns: 500 },
    );
  });

  it('stays fast on long cells that almost match', () => {
    const started = performance.now();
    const digits = '1'.repeat(100_000);
    const spaces = ' '.repeat(100_000);
    const nearMisses = [`${digits}x`, `${digits}.${digits}x`, `1e${digits}x`, `(${spaces}x`, `${spaces}5${spaces}x`,
      `$${'1,234'.repeat(20_000)}`, `${'1,234'.repeat(20_000)}.5x`];
    for (const cell of nearMisses) {
      expect(parseNumberCell(cell)).toBeNaN();
      expect(parseNumberCell(cell, true)).toBeNaN();
    }
    // Linear work is a few milliseconds here; quadratic backtracking took tens of seconds.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('parseBooleanCell', () => {
  it.each([
    ['yes', true],
    ['Yes', true],
    ['YES', true],
    ['no', false],
    ['No', false],
    ['true', true],
    ['TRUE', true],
    ['False', false],
    ['y', true],
    ['N', false],
    ['t', true],
    ['F', false],
    ['  yes ', true],
  ] as const)('reads %j as %s', (cell, expected) => {
    expect(parseBooleanCell(cell)).toBe(expected);
  });

  it.each(['1', '0', '', ' ', 'yes!', 'yess', 'nope', 'ja', 'oui', 'on', 'truely', 'x', 'NA'])('leaves %j to the caller', (cell) => {
    expect(parseBooleanCell(cell)).toBeNull();
  });
});
