import type { Translator } from '../../i18n/translator';

/**
 * The notes on a scored row come from the worker in English, "<column>: <what was done>", as they are
 * written into the scored file's layerlab_notes column and by the exported scripts
 * (core/dataset/encode.ts). The page words the ones it shows in the person's language; a note it does
 * not recognise is shown as it is.
 */
const MISSING = 'column missing, filled in';
const UNREADABLE = /^"([\s\S]*)" is not (a number|yes or no|a date), used ([\s\S]*)$/;
const UNSEEN = /^"([\s\S]*)" was not seen in training$/;
const EXPECTED = { 'a number': 'predict.note.number', 'yes or no': 'predict.note.yesNo', 'a date': 'predict.note.date' } as const;

/** One note in the person's language; `columns` are the model's input columns, which the notes start with. */
export function wordNote(t: Translator['t'], note: string, columns: readonly string[]): string {
  // The longest name that fits, in case one column's name starts another's ("a: b" and "a").
  const column = columns.filter((name) => note.startsWith(`${name}: `)).reduce<string | undefined>((longest, name) => (name.length > (longest?.length ?? -1) ? name : longest), undefined);
  if (column === undefined) return note;
  const rest = note.slice(column.length + 2);
  if (rest === MISSING) return t('predict.note.missing', { column });
  const unreadable = UNREADABLE.exec(rest);
  if (unreadable) {
    const [, value = '', expected = '', filled = ''] = unreadable;
    return t('predict.note.unreadable', { column, value, what: t(EXPECTED[expected as keyof typeof EXPECTED]), filled });
  }
  const [, unseen] = UNSEEN.exec(rest) ?? [];
  return unseen === undefined ? note : t('predict.note.unseen', { column, value: unseen });
}
