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

/** A provider without the capability a cmdlet needs: pwsh stops the command (Clear-Item, Set-Item on FileSystem). */
export function providerOperationNotSupported(): ProviderError {
  return providerError('NotSupported', ProviderMsg.NotSupported, 'NotImplemented', 'System.Management.Automation.PSNotSupportedException', null, true);
}

/** A provider without the content operation ('ClearContent') a cmdlet asks for, reported per path. */
export function contentOperationNotSupported(operation: string): ProviderError {
  return providerError('NotSupported', fmt(ProviderMsg.OperationNotSupported, operation), 'NotImplemented', 'System.Management.Automation.PSNotSupportedException', null);
}

/** A provider that does not implement a provider interface ('IPropertyCmdletProvider'), reported per path. */
export function interfaceNotSupported(interfaceName: string): ProviderError {
  return providerError('NotSupported', fmt(ProviderMsg.InterfaceNotSupported, interfaceName), 'NotImplemented', 'System.Management.Automation.PSNotSupportedException', null);
}

/** -Filter on a provider without the Filter capability (every provider but FileSystem). */
export function filterNotSupported(stopsCommand = false): ProviderError {
  return providerError('NotSupported', ProviderMsg.FilterNotSupported, 'NotImplemented', 'System.Management.Automation.PSNotSupportedException', null, stopsCommand);
}
