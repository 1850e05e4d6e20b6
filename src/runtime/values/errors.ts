// ErrorRecord and .NET-style exceptions. An exception is a DotNetException carrying its .NET type name; the base
// type chain (for `catch [T]` and -is) comes from EXCEPTION_BASES, which cmdlet areas may extend with
// registerExceptionType(). InvocationInfo carries what the ConciseView `Line |` display needs.

import { PSObject } from './psobject';
import { toDisplayString } from './tostring';
import { typeNameOf } from './typeinfo';

export const EXCEPTION_BASES: Record<string, string> = {
  'System.Exception': 'System.Object',
  'System.SystemException': 'System.Exception',
  'System.ApplicationException': 'System.Exception',
  'System.ArgumentException': 'System.SystemException',
  'System.ArgumentNullException': 'System.ArgumentException',
  'System.ArgumentOutOfRangeException': 'System.ArgumentException',
  'System.ArithmeticException': 'System.SystemException',
  'System.DivideByZeroException': 'System.ArithmeticException',
  'System.OverflowException': 'System.ArithmeticException',
  'System.FormatException': 'System.SystemException',
  'System.InvalidCastException': 'System.SystemException',
  'System.InvalidOperationException': 'System.SystemException',
  'System.NotSupportedException': 'System.SystemException',
  'System.NotImplementedException': 'System.SystemException',
  'System.NullReferenceException': 'System.SystemException',
  'System.IndexOutOfRangeException': 'System.SystemException',
  'System.Collections.Generic.KeyNotFoundException': 'System.SystemException',
  'System.UnauthorizedAccessException': 'System.SystemException',
  'System.TimeoutException': 'System.SystemException',
  'System.IO.IOException': 'System.SystemException',
  'System.IO.FileNotFoundException': 'System.IO.IOException',
  'System.IO.DirectoryNotFoundException': 'System.IO.IOException',
  'System.Management.Automation.RuntimeException': 'System.SystemException',
  'System.Management.Automation.ActionPreferenceStopException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ParameterBindingException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ParseException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.IncompleteParseException': 'System.Management.Automation.ParseException',
  'System.Management.Automation.CommandNotFoundException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.MethodException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.MethodInvocationException': 'System.Management.Automation.MethodException',
  'System.Management.Automation.PropertyNotFoundException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.SetValueInvocationException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.GetValueInvocationException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ValidationMetadataException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ArgumentTransformationMetadataException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.PSArgumentException': 'System.ArgumentException',
  'System.Management.Automation.PSArgumentNullException': 'System.ArgumentNullException',
  'System.Management.Automation.PSInvalidOperationException': 'System.InvalidOperationException',
  'System.Management.Automation.PSInvalidCastException': 'System.InvalidCastException',
  'System.Management.Automation.PSNotSupportedException': 'System.NotSupportedException',
  'System.Management.Automation.PSArgumentOutOfRangeException': 'System.ArgumentOutOfRangeException',
  'System.Management.Automation.SessionStateException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ItemNotFoundException': 'System.Management.Automation.SessionStateException',
  'System.Management.Automation.DriveNotFoundException': 'System.Management.Automation.SessionStateException',
  'System.Management.Automation.ProviderNotFoundException': 'System.Management.Automation.SessionStateException',
  'System.Management.Automation.SessionStateUnauthorizedAccessException': 'System.UnauthorizedAccessException',
  'System.Management.Automation.WildcardPatternException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.PipelineStoppedException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ScriptCallDepthException': 'System.SystemException',
  'Microsoft.PowerShell.Commands.WriteErrorException': 'System.SystemException',
  'System.Text.RegularExpressions.RegexParseException': 'System.ArgumentException',
};

export function registerExceptionType(fullName: string, baseName: string): void {
  EXCEPTION_BASES[fullName] = baseName;
}

/** Type name followed by its bases, ending with System.Object. */
export function exceptionTypeChain(typeName: string): string[] {
  const chain = [typeName];
  let t = EXCEPTION_BASES[typeName];
  while (t) {
    chain.push(t);
    t = EXCEPTION_BASES[t];
  }
  if (chain[chain.length - 1] !== 'System.Object') chain.push('System.Exception', 'System.Object');
  return chain;
}

/** A .NET exception. */
export class DotNetException {
  /** The ErrorRecord that describes this exception (for exceptions implementing IContainsErrorRecord). */
  errorRecord?: ErrorRecord;
  wasThrownFromThrowStatement = false;
  /** Extra properties shown by the exception's adapter (e.g. ParamName, ItemName). */
  readonly data: Record<string, unknown> = {};
  constructor(
    readonly typeName: string,
    readonly message: string,
    readonly innerException?: DotNetException,
  ) {}
  toString(): string {
    return `${this.typeName}: ${this.message}`;
  }
}

export const ERROR_CATEGORIES = [
  'NotSpecified', 'OpenError', 'CloseError', 'DeviceError', 'DeadlockDetected', 'InvalidArgument', 'InvalidData',
  'InvalidOperation', 'InvalidResult', 'InvalidType', 'MetadataError', 'NotImplemented', 'NotInstalled',
  'ObjectNotFound', 'OperationStopped', 'OperationTimeout', 'SyntaxError', 'ParserError', 'PermissionDenied',
  'ResourceBusy', 'ResourceExists', 'ResourceUnavailable', 'ReadError', 'WriteError', 'FromStdErr', 'SecurityError',
  'ProtocolError', 'ConnectionError', 'AuthenticationError', 'LimitsExceeded', 'QuotaExceeded', 'NotEnabled',
] as const;
export type ErrorCategory = (typeof ERROR_CATEGORIES)[number];

/** Where a command ran: the `Line |` display and $MyInvocation read it. */
export interface InvocationInfo {
  /** Name of the command (MyCommand.Name), '' for none. */
  commandName: string;
  invocationName?: string;
  /** Full path of the script file, '' for -Command / interactive input. */
  scriptName: string;
  /** 1-based line and column of the extent start. */
  line: number;
  column: number;
  /** The full text of the first line of the extent. */
  lineText: string;
  /** The extent's text, e.g. the whole command `Join-Path a b`. */
  extentText: string;
  /** 1-based end line/column of the extent. */
  endLine: number;
  endColumn: number;
  /** MyCommand.CommandType: 'Cmdlet', 'Function', 'ExternalScript', 'Script'. */
  commandType?: string;
  /** MyCommand.Path of an ExternalScript. */
  commandPath?: string;
  /** Whether Get-Command finds MyCommand (ConciseView then names the command as the reason). */
  commandResolves?: boolean;
}

/** pwsh's ErrorCategoryInfo.Ellipsize: a name over 40 characters keeps 19 at each end around an ellipsis. */
function ellipsize(text: string): string {
  return text.length <= 40 ? text : `${text.slice(0, 19)}\u2026${text.slice(-19)}`;
}

export class ErrorCategoryInfo {
  constructor(
    public category: ErrorCategory,
    public activity: string,
    public reason: string,
    public targetName: string,
    public targetType: string,
  ) {}
  /** `{Category}: ({TargetName}:{TargetType}) [{Activity}], {Reason}` */
  toString(): string {
    return `${this.category}: (${ellipsize(this.targetName)}:${ellipsize(this.targetType)}) [${this.activity}], ${this.reason}`;
  }
}

/** System.Management.Automation.ErrorRecord. */
export class ErrorRecord {
  invocationInfo?: InvocationInfo;
  /** ErrorDetails.Message, when set (Write-Error -Message keeps it on the exception instead). */
  errorDetailsMessage?: string;
  recommendedAction?: string;
  /** Script stack text for $_.ScriptStackTrace. */
  scriptStackTrace = '';
  readonly categoryInfo: ErrorCategoryInfo;
  constructor(
    readonly exception: DotNetException,
    readonly errorId: string,
    category: ErrorCategory,
    readonly targetObject: unknown,
  ) {
    const reason = exception.typeName.slice(exception.typeName.lastIndexOf('.') + 1);
    this.categoryInfo = new ErrorCategoryInfo(category, '', reason, targetName(targetObject), targetType(targetObject));
  }
  /** FullyQualifiedErrorId: the id, plus `,<command>` once the record is tied to a command. */
  fullyQualifiedErrorId = '';
  get FullyQualifiedErrorId(): string {
    return this.fullyQualifiedErrorId || this.errorId;
  }
  toString(): string {
    return this.errorDetailsMessage ?? this.exception.message;
  }
}

function targetName(t: unknown): string {
  if (t === null || t === undefined) return '';
  if (t instanceof PSObject) return toDisplayString(t);
  if (Array.isArray(t)) return typeNameOf(t)!; // .NET's ToString of an array: its type's full name
  return toDisplayString(t);
}
// .NET's GetType().Name: a PSObject (a custom object, or an item carrying notes such as PSPath) answers "PSObject".
function targetType(t: unknown): string {
  if (t === null || t === undefined) return '';
  if (t instanceof PSObject) return 'PSObject';
  if (typeof t === 'string') return 'String';
  if (typeof t === 'number') return Number.isInteger(t) ? 'Int32' : 'Double';
  if (typeof t === 'boolean') return 'Boolean';
  if (Array.isArray(t)) return typeNameOf(t)!.replace(/^.*\./, '');
  // the type's Name: its full name without namespace or generic arguments
  const full = typeNameOf(t);
  if (full) return full.replace(/\[.*$/, '').replace(/^.*\./, '');
  const n = (t as { constructor?: { name?: string } }).constructor?.name;
  return n === 'PSObject' ? 'PSCustomObject' : n ?? 'Object';
}

/**
 * Thrown (as a JS exception) to carry a PowerShell error up the stack. `terminating` says how far it unwinds:
 * 'statement' stops the current statement, 'script' unwinds to the nearest try/trap or ends the script.
 */
export class PSError extends Error {
  /** Set on a conversion error of a method argument: which argument, so the method call can name its parameter. */
  methodArgument?: { index: number; value: unknown; targetType: string };
  /** The command stops (ThrowTerminatingError) rather than moving on to its next item, e.g. a refused prompt. */
  stopsCommand = false;
  constructor(
    readonly record: ErrorRecord,
    readonly terminating: 'statement' | 'script' = 'statement',
  ) {
    super(record.exception.message);
  }
}

/** Text given to run (Invoke-Expression) did not parse: the record is the calling command's to throw, at its call site. */
export class ScriptTextParseError extends PSError {}
