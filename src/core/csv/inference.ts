import type { NumericSummary } from './columnStats';
import type { ColumnType } from './profile';

/** What type inference looks at: counts and flags computed from the stored column. */
export interface TypeEvidence {
  name: string;
  present: number;
  /** Present cells that read as numbers. */
  numberCount: number;
  distinct: number;
  /** `distinct` is exact (not a lower bound). */
  distinctExact: boolean;
  numeric: NumericSummary | null;
  /** Every present cell is yes/no (words, or 0 and 1). */
  booleans: boolean;
  /** The column reads as dates (stored as days, or labels that parse as dates). */
  dates: boolean;
  /** Numbers written with leading zeros (`02134`): codes, not quantities. */
  leadingZeros: boolean;
  /** Mean length of the text cells. */
  averageLength: number;
}

/** A numeric column is still numeric when this share of its present cells are numbers (the rest read as missing). */
export const NUMERIC_SHARE = 0.95;
/** Below this many rows, "unique in every row" proves nothing. */
const MIN_ROWS_FOR_IDENTIFIER = 20;
/** Free text: long cells (a sentence), or several words on average. */
const TEXT_LENGTH = 40;

const ID_NAME = /(^|[_\s.-])(id|uuid|guid|key|nr|no|number|code)$|^id([_\s.-]|$)/i;

/**
 * The type a column most likely has, and why, in plain words. The order matters: emptiness first, then
 * what the cells are (dates, numbers, yes/no), then how they are distributed (unique per row, long text).
 */
export function inferType(evidence: TypeEvidence): { type: ColumnType; reason: string } {
  const { present, numberCount, distinct, numeric } = evidence;
  if (present === 0) return { type: 'constant', reason: 'every cell is empty' };
  if (distinct === 1 && evidence.distinctExact) return { type: 'constant', reason: 'the same value in every row' };
  if (evidence.dates && numberCount === 0) return { type: 'date', reason: 'dates' };
  const unique = evidence.distinctExact && distinct === present && present >= MIN_ROWS_FOR_IDENTIFIER;
  if (numeric && numberCount >= present * NUMERIC_SHARE) {
    if (evidence.leadingZeros) {
      return unique ? { type: 'identifier', reason: 'codes written with leading zeros, different in every row' } : { type: 'categorical', reason: 'codes written with leading zeros' };
    }
    if (evidence.booleans) return { type: 'boolean', reason: 'only 0 and 1' };
    const dense = numeric.max - numeric.min + 1 <= numberCount * 1.5;
    if (unique && numeric.integer && (ID_NAME.test(evidence.name.trim()) || dense)) {
      return { type: 'identifier', reason: 'a whole number different in every row, like a customer number' };
    }
    return { type: 'numeric', reason: numberCount < present ? 'numbers (a few cells are not numbers and are read as missing)' : 'numbers' };
  }
  if (evidence.booleans) return { type: 'boolean', reason: 'yes/no values' };
  if (unique) {
    return evidence.averageLength > TEXT_LENGTH ? { type: 'text', reason: 'free text, different in every row' } : { type: 'identifier', reason: 'different in every row, like a name or an e-mail address' };
  }
  if (!evidence.distinctExact) return { type: 'identifier', reason: 'too many different values to use as categories' };
  if (evidence.averageLength > TEXT_LENGTH && distinct > present / 2) return { type: 'text', reason: 'free text' };
  return { type: 'categorical', reason: 'categories' };
}
