// The one error type that leaves src/identity: a .NET exception type name plus the message the real module shows.
// It crosses the I/O bridge as plain data, so users see the module's text and never a JavaScript stack trace.

/** What an IdentityError carries across the worker boundary. */
export interface IdentityErrorData {
  /** The .NET exception type the real module raises, e.g. 'Azure.Identity.AuthenticationFailedException'. */
  exceptionType: string;
  message: string;
  /** The ErrorCategory the cmdlet reports (NotSpecified when absent). */
  category?: string;
  /** True for the module's ThrowTerminatingError checks; sign-in failures are written as non-terminating errors. */
  terminating?: boolean;
}

export class IdentityError extends Error {
  readonly exceptionType: string;
  readonly category?: string;
  readonly terminating?: boolean;

  constructor(exceptionType: string, message: string, options: { category?: string; terminating?: boolean } = {}) {
    super(message);
    this.name = 'IdentityError';
    this.exceptionType = exceptionType;
    this.category = options.category;
    this.terminating = options.terminating;
  }

  toData(): IdentityErrorData {
    return { exceptionType: this.exceptionType, message: this.message, category: this.category, terminating: this.terminating };
  }

  static fromData(data: IdentityErrorData): IdentityError {
    return new IdentityError(data.exceptionType, data.message, { category: data.category, terminating: data.terminating });
  }
}

/** Whatever was thrown, as data fit for a user: IdentityErrors keep their type, anything else keeps only its message. */
export function toErrorData(thrown: unknown): IdentityErrorData {
  if (thrown instanceof IdentityError) return thrown.toData();
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return { exceptionType: 'System.Exception', message };
}
