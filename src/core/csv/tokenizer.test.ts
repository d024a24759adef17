import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvTokenizer, type RecordSink } from './tokenizer';
import { checkProperty } from '../../test/fastCheckTally';

/** Collects records as arrays of strings, with the line each started on. */
function collect(): RecordSink & { records: string[][]; lines: number[]; blank: boolean[] } {
  let current: string[] = [];
  const sink = {
    records: [] as string[][],
    lines: [] as number[],
    blank: [] as boolean[],
    field(index: number, text: string, start: number, end: number) {
      current[index] = text.slice(start, end);
    },
    endRecord(fieldCount: number, blank: boolean, line: number) {
      expect(current.length).toBe(fieldCount);
      sink.records.push(current);
      sink.lines.push(line);
      sink.blank.push(blank);
      current = [];
    },
  };
  return sink;
}

function tokenize(text: string, delimiter = ',', cuts: number[] = []) {
  const sink = collect();
  const tokenizer = new CsvTokenizer(delimiter, sink);
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    tokenizer.push(text.slice(from, cut));
    from = cut;
  }
  tokenizer.push(text.slice(from));
  tokenizer.finish();
  return { ...sink, unclosed: tokenizer.unclosedQuoteLines };
}

describe('CsvTokenizer', () => {
  it('reads quotes, escaped quotes, delimiters and line breaks inside quotes', () => {
    const { records } = tokenize('a,"b,c","say ""hi""","x\r\ny"\n1,2,3,4');
    expect(records).toEqual([
      ['a', 'b,c', 'say "hi"', 'x\r\ny'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('ends records at LF, CRLF and a lone CR, and keeps text after a closing quote', () => {
    expect(tokenize('a\r\nb\rc\n"d"e,f').records).toEqual([['a'], ['b'], ['c'], ['de', 'f']]);
  });

  it('gives a trailing delimiter an empty last field, and marks blank records', () => {
    const { records, blank } = tokenize('a,b,\n,,\n  \n');
    expect(records).toEqual([['a', 'b', ''], ['', '', ''], ['  ']]);
    expect(blank).toEqual([false, true, true]);
  });

  it('counts lines across quoted line breaks', () => {
    expect(tokenize('h\n"1\n2"\nx\r\ny\rz').lines).toEqual([1, 2, 4, 5, 6]);
  });

  it('reads an unclosed quote as an ordinary character and says on which line', () => {
    const { records, unclosed } = tokenize('id,age\n1,34\n2,"35\n3,36\n', ',', [9, 15]);
    expect(records).toEqual([['id', 'age'], ['1', '34'], ['2', '"35'], ['3', '36']]);
    expect(unclosed).toEqual([3]);
  });

  it('does not split a CRLF or an escaped quote that a chunk boundary cuts', () => {
    const text = 'a,"x""y"\r\nb,c\r\n';
    for (let cut = 1; cut < text.length; cut++) expect(tokenize(text, ',', [cut]).records, `cut at ${cut}`).toEqual([['a', 'x"y'], ['b', 'c']]);
  });

  it('reads any CSV that papaparse writes back to the same records, however the text is cut into chunks', () => {
    const cell = fc.array(fc.constantFrom('a', 'b', '0', '1', ' ', ',', ';', '|', '\t', '"', '\r', '\n', 'Å', '€', '😀'), { maxLength: 6 }).map((chars) => chars.join(''));
    const records = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });
    checkProperty(
      fc.property(records, fc.constantFrom(',', ';', '\t', '|'), fc.constantFrom('\n', '\r\n'), fc.array(fc.nat(), { maxLength: 6 }), (rows, delimiter, newline, cutSeeds) => {
        // A one-field record that is empty would be written as an empty line, which papaparse does not quote.
        const data = rows.map((row) => (row.length === 1 && row[0] === '' ? ['x'] : row));
        const text = Papa.unparse(data, { delimiter, newline, quotes: (value: unknown) => /^\s|\s$/.test(String(value)) });
        const cuts = cutSeeds.map((seed) => seed % (text.length + 1));
        expect(tokenize(text, delimiter, cuts).records).toEqual(data);
      }),
      { numRuns: 300 },
    );
  });

  it('reads any text, stray and unclosed quotes included, to the same records however it is cut, and never throws', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '1', ' ', ',', ';', '"', '""', '\r', '\n', '\r\n', 'é', '😀'), maxLength: 120 });
    checkProperty(
      fc.property(text, fc.constantFrom(',', ';'), fc.array(fc.nat(), { maxLength: 8 }), (input, delimiter, cutSeeds) => {
        const whole = tokenize(input, delimiter);
        const cut = tokenize(input, delimiter, cutSeeds.map((seed) => seed % (input.length + 1)));
        expect(cut.records).toEqual(whole.records);
        expect(cut.lines).toEqual(whole.lines);
        expect(cut.unclosed).toEqual(whole.unclosed);
        // No character is lost or invented outside quotes: the fields hold at most the input's characters.
        expect(whole.records.flat().join('').length).toBeLessThanOrEqual(input.length);
        expect(whole.lines).toEqual([...whole.lines].sort((a, b) => a - b));
      }),
      { numRuns: 1500 },
    );
  });
});
