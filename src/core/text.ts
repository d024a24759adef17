/**
 * Sentences for people as message ids with values, so that the page can word them in the person's
 * language. The core writes its texts as English templates with `{name}` placeholders, one table per
 * module (merged in `texts.ts`); src/i18n takes these very tables as its English catalogue and adds the
 * translations, while the worker's errors, the files it writes and the tests read the English.
 */
export interface Phrase<Id extends string = string> {
  readonly id: Id;
  readonly params: PhraseParams;
}

/** A string is shown as it is (a column name, a cell, a file name); a number is formatted for the locale. */
export type PhraseValue = string | number | Phrase;
export type PhraseParams = Readonly<Record<string, PhraseValue>>;

export const phrase = <Id extends string>(id: Id, params: PhraseParams = {}): Phrase<Id> => ({ id, params });

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number as the locale writes it: grouped, and without float noise (0.1 + 0.2 reads 0.3). */
export function formatNumber(locale: string, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumSignificantDigits: 15 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** Fills `{name}` placeholders; `resolve` words a nested phrase. A placeholder without a value stays visible. */
export function fillTemplate(template: string, params: PhraseParams, locale: string, resolve: (nested: Phrase) => string): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'string' ? value : typeof value === 'number' ? formatNumber(locale, value) : resolve(value);
  });
}
