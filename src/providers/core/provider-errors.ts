// Error records of the provider layer, with pwsh's ids, categories and exception types. The engine adds
// ",<ImplementingType>" to the id when a cmdlet writes the record.

import { errorRecord } from '../../runtime/error-factory';
import { PSError, ErrorRecord, ErrorCategory } from '../../runtime/values/errors';
import { ProviderMsg, fmt } from './messages';

export function pathNotFound(path: string): ErrorRecord {
  return errorRecord('PathNotFound', fmt(ProviderMsg.PathNotFound, path), 'ObjectNotFound',
    'System.Management.Automation.ItemNotFoundException', path);
}

export function driveNotFound(name: string, errorId = 'DriveNotFound'): ErrorRecord {
  return errorRecord(errorId, fmt(ProviderMsg.DriveNotFound, name), 'ObjectNotFound',
    'System.Management.Automation.DriveNotFoundException', name);
}

/** A failure inside a provider, carried as a JS exception until the cmdlet writes it. */
export class ProviderError extends PSError {
  constructor(
    record: ErrorRecord,
    /** pwsh stops the whole command (ThrowTerminatingError) rather than moving on to the next path. */
    override readonly stopsCommand = false,
  ) {
    super(record);
  }
}

export function providerError(
  errorId: string, message: string, category: ErrorCategory, exceptionType: string, target: unknown, stopsCommand = false,
): ProviderError {
  return new ProviderError(errorRecord(errorId, message, category, exceptionType, target), stopsCommand);
}
