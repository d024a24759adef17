import type { Phrase } from '../../core/text';
import { phraseFor, translatePhrase } from '../../i18n/translate';

/** Whether a storage error means "no space left": the standard name, Firefox's older one, or the legacy code 22. */
export function isQuotaError(cause: unknown): boolean {
  if (!(cause instanceof DOMException)) return false;
  return cause.name === 'QuotaExceededError' || cause.name === 'NS_ERROR_DOM_QUOTA_REACHED' || cause.code === 22;
}

/** A storage failure with a plain explanation in the person's language, the full-quota case in particular. */
export class StorageProblem extends Error {
  readonly text: Phrase;

  constructor(cause: unknown) {
    const reason = cause instanceof Error ? cause.message : 'unknown reason';
    const text = isQuotaError(cause) ? phraseFor('fault.storageFull') : phraseFor('fault.storageFailed', { reason });
    super(translatePhrase('en', text));
    this.name = 'StorageProblem';
    this.text = text;
  }
}
