// The one error type src/pki throws: a catalog message plus the .NET exception type the real product raises,
// so the cmdlet layer can build a PowerShell error record without a JavaScript stack trace.
import { formatMessage, MessageId } from './messages';

export class PkiError extends Error {
  readonly id: MessageId;
  /** .NET exception type name, e.g. 'System.Security.Cryptography.CryptographicException'. */
  readonly exceptionType: string;

  constructor(id: MessageId, args: unknown[] = [], exceptionType = 'System.Security.Cryptography.CryptographicException') {
    super(formatMessage(id, ...args));
    this.name = 'PkiError';
    this.id = id;
    this.exceptionType = exceptionType;
  }
}
