// The one error type that leaves src/identity: a .NET exception type name plus the message the real module shows.
// It crosses the I/O bridge as plain data, so users see the module's text and never a JavaScript stack trace.

/** What an IdentityError carries across the worker boundary. */
export interface IdentityErrorData {
  /** The .NET exception type the real module raises, e.g. 'AuthenticationFailedException'. */
  exceptionType: string;
  message: string;
}

export class IdentityError extends Error {
  readonly exceptionType: string;

  constructor(exceptionType: string, message: string) {
    super(message);
    this.name = 'IdentityError';
    this.exceptionType = exceptionType;
  }

  toData(): IdentityErrorData {
    return { exceptionType: this.exceptionType, message: this.message };
  }

  static fromData(data: IdentityErrorData): IdentityError {
    return new IdentityError(data.exceptionType, data.message);
  }
}

/** Whatever was thrown, as data fit for a user: IdentityErrors keep their type, anything else keeps only its message. */
export function toErrorData(thrown: unknown): IdentityErrorData {
  if (thrown instanceof IdentityError) return thrown.toData();
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return { exceptionType: 'Exception', message };
}
