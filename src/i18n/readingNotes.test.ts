import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../core/csv/parse';
import { bytesSource, readCsv } from '../core/csv/reader';
import type { Phrase } from '../core/text';
import { english } from '../core/texts';
import { en } from './messages/en';
import { zh } from './messages/zh';
import { translatePhrase } from './translate';

/**
 * What the reader repaired or guessed in a file is shown above the preview: the page words each note in
 * the person's language, so a Chinese page shows no English note (values such as column names aside).
 */

const read = async (bytes: Uint8Array | string) => {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return (await readCsv(bytesSource(data), {})).store.notes;
};

/** Latin words left in the Chinese wording once the note's values are taken out. */
function untranslated(note: Phrase): string[] {
  let chinese = translatePhrase('zh', note);
  for (const value of Object.values(note.params)) if (typeof value === 'string') chinese = chinese.split(value).join(' ');
  return (chinese.match(/[A-Za-z]{3,}/g) ?? []).filter((word) => !['UTF', 'Windows'].includes(word));
}

function expectBothLanguages(notes: readonly Phrase[]): void {
  expect(notes.length).toBeGreaterThan(0);
  for (const note of notes) {
    expect(en, note.id).toHaveProperty([note.id]);
    expect(zh, note.id).toHaveProperty([note.id]);
    expect(untranslated(note), translatePhrase('zh', note)).toEqual([]);
  }
}

describe('the notes on how a file was read', () => {
  it('name a Windows-1252 file, an unclosed quote and ragged rows in either language', async () => {
    const latin = await read(new Uint8Array(readFileSync('e2e/fixtures/windows1252_semicolon.csv')));
    expect(latin.map(english)).toEqual(['This file is not valid UTF-8; it was read as Windows-1252 (Western European). Check accented letters.']);
    expect(latin.map((note) => translatePhrase('zh', note))).toEqual(['这个文件不是有效的 UTF-8 编码，已按 Windows-1252（西欧语言）读取。请检查带重音符号的字母。']);

    const ragged = await read('a,b,c\n1,2,3\n4,5\n6\n7,8,9,10\n');
    expect(ragged.map(english)).toEqual([
      '2 rows have fewer fields than the header (the first on line 3): the missing fields were left empty.',
      '1 row has more fields than the header: the extra fields were ignored.',
    ]);
    expect(ragged.map((note) => translatePhrase('zh', note))).toEqual(['有 2 行的字段比标题行少（第一处在第 3 行）：缺少的字段留空。', '有 1 行的字段比标题行多：多出的字段已忽略。']);
    expectBothLanguages([...latin, ...ragged, ...(await read('a,b\n1,2\n3,4,5\n')), ...(await read('a,b\n1,2\n3\n'))]);

    const quote = await read('a,b\n1,2\n3,"x\n');
    expect(quote.map(english)).toEqual(['A quote opened on line 3 is never closed, so it was read as an ordinary character. Check that row in the preview.']);
    expectBothLanguages(quote);
  });

  it('say how unnamed and repeated columns were renamed, keeping the names as they are', async () => {
    const notes = await read('name,,name,Größe\n1,2,3,4\n');
    expect(notes.map(english)).toEqual(['Column 2 has no name; it is called "column_2".', 'The column name "name" appears more than once; the repeat is called "name_2".']);
    expect(notes.map((note) => translatePhrase('zh', note))).toEqual(['第 2 列没有名称，已命名为“column_2”。', '列名“name”出现了不止一次；重复的那一列已命名为“name_2”。']);
    expectBothLanguages(notes);
    // A file to score is read without a preview, and its notes are phrases too.
    expectBothLanguages(parseCsvText('a,,a\n1,2,"3\n').notes);
  });
});
