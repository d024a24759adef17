/**
 * For tests of the texts the core raises: which Latin-letter words the Chinese wording of a phrase still
 * has, leaving out the values put into it (a column, a file name, an engine's error), which are not
 * translated, and the names Chinese texts keep (see catalogues.test.ts).
 */
import type { Phrase, PhraseValue } from '../core/text';
import { translatePhrase } from './translate';

/** Latin-letter words a Chinese message keeps: names of formats, programs and the product. */
const KEPT = new Set(['Layerlab', 'CSV', 'JSON', 'UTF', 'ZIP', 'PNG', 'JPEG', 'GIF', 'PDF', 'Excel', 'LibreOffice', 'Calc', 'Apple', 'Numbers', 'HTTP']);

/** The string values put into a phrase, nested ones included. */
function values(text: Phrase): string[] {
  return Object.values(text.params).flatMap((value: PhraseValue) => (typeof value === 'string' ? [value] : typeof value === 'number' ? [] : values(value)));
}

/** Every id a phrase uses, nested ones included. */
export function phraseIds(text: Phrase): string[] {
  return [text.id, ...Object.values(text.params).flatMap((value) => (typeof value === 'object' ? phraseIds(value) : []))];
}

/** Latin words of the Chinese wording that are neither kept names nor values (and so untranslated English). */
export function untranslatedWords(text: Phrase): string[] {
  let chinese = translatePhrase('zh', text);
  for (const value of values(text).sort((a, b) => b.length - a.length)) chinese = chinese.split(value).join(' ');
  // File extensions (.xlsx) name a format, as CSV does.
  return (chinese.replace(/\.(xlsx?|ods|gz)\b/g, '').match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter((word) => /[A-Za-z]{3}/.test(word) && !KEPT.has(word));
}
