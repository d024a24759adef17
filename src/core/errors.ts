import { phrase } from './text';
import { english, type CorePhrase } from './texts';

/**
 * An error meant for the person using the app: `text` says in plain words what is wrong and what to
 * do, as a phrase of the core's text tables, so that the page words it in the person's language;
 * `message` is its English, for logs and tests. Anything else that is thrown is a bug and is reported as such.
 */
export class UserError extends Error {
  constructor(
    /** Stable machine-readable reason, e.g. `empty-file`. */
    readonly code: string,
    readonly text: CorePhrase,
  ) {
    super(english(text));
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** Several problems as one text, one sentence after the other (the caller has at least one). */
export function allOf(problems: readonly CorePhrase[]): CorePhrase {
  return problems.reduce((first, next) => phrase('settings.and', { first, next }));
}
