import type { NumericSummary } from './columnStats';
import type { ColumnType } from './profile';
import type { ReasonId } from './texts';

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
 * The type a column most likely has, and why (a plain-words reason from texts.ts). The order matters: emptiness first, then
 * what the cells are (dates, numbers, yes/no), then how they are distributed (unique per row, long text).
 */
export function inferType(evidence: TypeEvidence): { type: ColumnType; reason: ReasonId } {
  const { present, numberCount, distinct, numeric } = evidence;
  if (present === 0) return { type: 'constant', reason: 'reason.empty' };
  if (distinct === 1 && evidence.distinctExact) return { type: 'constant', reason: 'reason.constant' };
  if (evidence.dates && numberCount === 0) return { type: 'date', reason: 'reason.dates' };
  const unique = evidence.distinctExact && distinct === present && present >= MIN_ROWS_FOR_IDENTIFIER;
  if (numeric && numberCount >= present * NUMERIC_SHARE) {
    if (evidence.leadingZeros) {
      return unique ? { type: 'identifier', reason: 'reason.codesUnique' } : { type: 'categorical', reason: 'reason.codes' };
    }
    if (evidence.booleans) return { type: 'boolean', reason: 'reason.zeroOne' };
    const dense = numeric.max - numeric.min + 1 <= numberCount * 1.5;
    if (unique && numeric.integer && (ID_NAME.test(evidence.name.trim()) || dense)) {
      return { type: 'identifier', reason: 'reason.wholeNumberId' };
    }
    return { type: 'numeric', reason: numberCount < present ? 'reason.numbersSomeUnreadable' : 'reason.numbers' };
  }
  if (evidence.booleans) return { type: 'boolean', reason: 'reason.yesNo' };
  if (unique) {
    return evidence.averageLength > TEXT_LENGTH ? { type: 'text', reason: 'reason.freeTextUnique' } : { type: 'identifier', reason: 'reason.uniqueId' };
  }
  if (!evidence.distinctExact) return { type: 'identifier', reason: 'reason.tooManyValues' };
  if (evidence.averageLength > TEXT_LENGTH && distinct > present / 2) return { type: 'text', reason: 'reason.freeText' };
  return { type: 'categorical', reason: 'reason.categories' };
}
