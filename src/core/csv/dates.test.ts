import { describe, expect, it } from 'vitest';
import { dateParts, guessDateOrder, parseDateCell } from './dates';

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const values = (...cells: string[]) => cells.map((value) => ({ value, count: 1 }));

describe('parseDateCell', () => {
  it('reads ISO dates and timestamps as the calendar day written', () => {
    expect(parseDateCell('2022-09-16', 'ymd')).toBe(day('2022-09-16'));
    expect(parseDateCell(' 2022-09-19T23:30:00-05:00 ', 'ymd')).toBe(day('2022-09-19'));
    expect(parseDateCell('2022/9/3 07:15 PM', 'ymd')).toBe(day('2022-09-03'));
  });

  it('reads day-first and month-first dates in the order given', () => {
    expect(parseDateCell('11/12/2022', 'dmy')).toBe(day('2022-12-11'));
    expect(parseDateCell('11/12/2022', 'mdy')).toBe(day('2022-11-12'));
    expect(parseDateCell('11.12.2023', 'dmy')).toBe(day('2023-12-11'));
  });

  it('refuses impossible days, mixed separators and non-dates', () => {
    for (const cell of ['14/05/2023', '2023-02-30', '31/04/2023', '2023-05/01', '12345', 'soon', '1/2/23', '2023-13-01']) {
      const order = cell.startsWith('2023') ? 'ymd' : 'mdy';
      expect(parseDateCell(cell, order), cell).toBeNaN();
    }
  });

  it('gives year, month and weekday (Monday 0)', () => {
    expect(dateParts(day('2024-03-04'))).toEqual({ year: 2024, month: 3, weekday: 0 });
    expect(dateParts(day('2024-03-10'))).toEqual({ year: 2024, month: 3, weekday: 6 });
  });
});

describe('guessDateOrder', () => {
  it('lets the data decide: a day above 12 means day-first, a month above 12 month-first', () => {
    expect(guessDateOrder(values('03/04/2024', '14/05/2024'), true)).toMatchObject({ order: 'dmy', ambiguous: false });
    expect(guessDateOrder(values('03/04/2024', '05/14/2024'), false)).toMatchObject({ order: 'mdy', ambiguous: false });
    expect(guessDateOrder(values('2024-03-04'), false)).toMatchObject({ order: 'ymd', ambiguous: false });
  });

  it('marks undecidable dates as ambiguous: dots read day-first, slashes follow the locale', () => {
    expect(guessDateOrder(values('03/04/2024', '05/06/2024'), true)).toMatchObject({ order: 'mdy', ambiguous: true });
    expect(guessDateOrder(values('03/04/2024', '05/06/2024'), false)).toMatchObject({ order: 'dmy', ambiguous: true });
    expect(guessDateOrder(values('03.04.2024', '05.06.2024'), true)).toMatchObject({ order: 'dmy', ambiguous: true });
  });

  it('is null for values that are not mostly dates', () => {
    expect(guessDateOrder(values('2024-03-04', 'later', 'soon'), false)).toBeNull();
    expect(guessDateOrder(values('basic', 'pro'), false)).toBeNull();
  });
});
