/** The English of why a column got its type (inference.ts), as people read it beside the column (see core/text.ts). */
export const REASON_TEXTS = {
  'reason.empty': 'every cell is empty',
  'reason.constant': 'the same value in every row',
  'reason.dates': 'dates',
  'reason.codesUnique': 'codes written with leading zeros, different in every row',
  'reason.codes': 'codes written with leading zeros',
  'reason.zeroOne': 'only 0 and 1',
  'reason.wholeNumberId': 'a whole number different in every row, like a customer number',
  'reason.numbersSomeUnreadable': 'numbers (a few cells are not numbers and are read as missing)',
  'reason.numbers': 'numbers',
  'reason.yesNo': 'yes/no values',
  'reason.freeTextUnique': 'free text, different in every row',
  'reason.uniqueId': 'different in every row, like a name or an e-mail address',
  'reason.tooManyValues': 'too many different values to use as categories',
  'reason.freeText': 'free text',
  'reason.categories': 'categories',
} as const;

export type ReasonId = keyof typeof REASON_TEXTS;
