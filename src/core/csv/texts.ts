import type { Phrase } from '../text';

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

/**
 * Why a file cannot be read as a table (decode.ts, parse.ts, reader.ts): what is wrong and what to do.
 * Files that are clearly something else are named by what they look like.
 */
export const READ_ERROR_TEXTS = {
  'read.empty': 'This file is empty. Choose a CSV file with a header row and at least one row of data.',
  'read.noHeader': 'No header row was found. The first line of the file must name the columns.',
  'read.noRows': 'This file has a header row but no data rows. Add at least one row of data below the header and load it again.',
  'read.cancelled': 'Reading the file was cancelled.',
  /** `detail` is the engine's own words for the failed allocation. */
  'read.outOfMemory': "This file is too large for this device's memory ({detail}). Remove columns or rows you do not need (or take a sample of the rows), then load the smaller file.",
  'read.tooLarge':
    "This file is too large for this device's memory: its {size} hold about {rows} rows × {columns} columns, which need about {needed}, more than the {budget} Layerlab can safely use in this tab. Remove columns or rows you do not need (or take a sample of the rows), then load the smaller file.",
  'read.binary': 'This file contains binary data, so it is not a CSV. Export your data as CSV (comma-separated values) and load that file.',
  'read.xls': 'This looks like an older Excel workbook (.xls), not a CSV. Open it in Excel, use File › Save As › CSV UTF-8, then load that file.',
  'read.xlsx': 'This looks like an Excel workbook (.xlsx), not a CSV. In Excel, use File › Save As › CSV UTF-8, then load that file.',
  'read.ods': 'This looks like a LibreOffice spreadsheet (.ods), not a CSV. In LibreOffice Calc, use File › Save As › Text CSV, then load that file.',
  'read.numbers': 'This looks like an Apple Numbers spreadsheet, not a CSV. In Numbers, use File › Export To › CSV, then load that file.',
  'read.zip': 'This looks like a ZIP archive, not a CSV. Unzip it first, then load the CSV file inside.',
  'read.png': 'This looks like a PNG image, not a CSV. Load the CSV file with your data instead.',
  'read.jpeg': 'This looks like a JPEG image, not a CSV. Load the CSV file with your data instead.',
  'read.gif': 'This looks like a GIF image, not a CSV. Load the CSV file with your data instead.',
  'read.pdf': 'This looks like a PDF document, not a CSV. Export the data as CSV from the tool that made the report, then load that file.',
  'read.gzip': 'This looks like a compressed file (.gz), not a CSV. Decompress it first, then load the CSV inside.',
} as const;

export type ReadErrorId = keyof typeof READ_ERROR_TEXTS;

/**
 * What was repaired or guessed while a file was read (decode.ts, records.ts, reader.ts), shown above the
 * preview so that the person checks it. A count of one has its own sentence, as English needs.
 */
export const READ_NOTE_TEXTS = {
  'readNote.windows1252': 'This file is not valid UTF-8; it was read as Windows-1252 (Western European). Check accented letters.',
  'readNote.replacedCharacters': 'Some characters in this file could not be read and are shown as �. Check the text columns.',
  'readNote.unclosedQuote': 'A quote opened on line {line} is never closed, so it was read as an ordinary character. Check that row in the preview.',
  /** A file read without a preview (one to score). */
  'readNote.unclosedQuoteNoPreview': 'A quote opened on line {line} is never closed, so it was read as an ordinary character. Check that row.',
  'readNote.unnamedColumn': 'Column {position} has no name; it is called "{name}".',
  'readNote.repeatedName': 'The column name "{name}" appears more than once; the repeat is called "{renamed}".',
  'readNote.shortRowOne': '1 row has fewer fields than the header (on line {line}): the missing fields were left empty.',
  'readNote.shortRows': '{count} rows have fewer fields than the header (the first on line {line}): the missing fields were left empty.',
  'readNote.longRowOne': '1 row has more fields than the header (on line {line}): the extra fields were ignored.',
  'readNote.longRows': '{count} rows have more fields than the header (the first on line {line}): the extra fields were ignored.',
  /** After a note on short rows, which already names the first ragged line. */
  'readNote.longRowOneAfterShort': '1 row has more fields than the header: the extra fields were ignored.',
  'readNote.longRowsAfterShort': '{count} rows have more fields than the header: the extra fields were ignored.',
} as const;

export type ReadNoteId = keyof typeof READ_NOTE_TEXTS;
/** One note on how a file was read, for the page to word in the person's language. */
export type ReadNote = Phrase<ReadNoteId>;
