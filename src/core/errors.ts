/**
 * An error meant for the person using the app: `message` says in plain words what is wrong and what to
 * do. Anything else that is thrown is a bug and is reported as such.
 */
export class UserError extends Error {
  constructor(
    /** Stable machine-readable reason, e.g. `empty-file`. */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
