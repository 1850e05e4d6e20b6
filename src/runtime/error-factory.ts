// Constructors for the error records the engine and cmdlets raise, so ids, categories and exception types stay
// consistent. Messages come from messages.ts (or the cmdlet area's own catalog).

import { DotNetException, ErrorRecord, ErrorCategory, PSError } from './values/errors';

/** A new ErrorRecord around a new exception of the given .NET type. */
export function errorRecord(
  errorId: string,
  message: string,
  category: ErrorCategory = 'NotSpecified',
  exceptionType = 'System.Management.Automation.RuntimeException',
  targetObject: unknown = null,
): ErrorRecord {
  const ex = new DotNetException(exceptionType, message);
  const rec = new ErrorRecord(ex, errorId, category, targetObject);
  ex.errorRecord = rec;
  return rec;
}

/** A statement-terminating RuntimeException-style error, ready to throw. */
export function runtimeError(
  errorId: string,
  message: string,
  category: ErrorCategory = 'InvalidOperation',
  exceptionType = 'System.Management.Automation.RuntimeException',
  targetObject: unknown = null,
): PSError {
  return new PSError(errorRecord(errorId, message, category, exceptionType, targetObject));
}

/** Wraps a .NET-style exception raised inside a method call: `Exception calling "M" with "n" argument(s): "..."`. */
export function methodInvocationError(method: string, argCount: number, inner: DotNetException): PSError {
  const text = `Exception calling "${method}" with "${argCount}" argument(s): "${inner.message}"`;
  const ex = new DotNetException('System.Management.Automation.MethodInvocationException', text, inner);
  const id = inner.typeName.slice(inner.typeName.lastIndexOf('.') + 1);
  const rec = new ErrorRecord(ex, id, 'NotSpecified', null);
  ex.errorRecord = rec;
  return new PSError(rec);
}

/** A .NET exception thrown by adapter code (caught by the method-call machinery and wrapped). */
export function dotnetError(exceptionType: string, message: string): DotNetException {
  return new DotNetException(exceptionType, message);
}
