// The contract between the engine and every command: a cmdlet is data (parameters, sets, aliases) plus begin/process/end.
// The binder, Get-Command, Get-Help and completion read the same definition. Implementations live in cmdlets/<Module>/.
// Values are described in ./values/index.ts; error records are built with ctx.newError() or ./error-factory.ts.

import type { ErrorRecord, ErrorCategory, InvocationInfo, ScriptBlock } from './values';

/** A parameter type as PowerShell spells it: 'string', 'string[]', 'int', 'switch', 'object', 'scriptblock',
 * 'securestring', 'pscredential', 'hashtable', 'System.Security.Cryptography.X509Certificates.X509Certificate2', ... */
export type ParameterTypeName = string;

export interface ParameterSetMembership {
  /** '__AllParameterSets' when the parameter belongs to every set. */
  name: string;
  position?: number;
  mandatory?: boolean;
  valueFromPipeline?: boolean;
  valueFromPipelineByPropertyName?: boolean;
  valueFromRemainingArguments?: boolean;
  helpMessage?: string;
}

export type ValidationRule =
  | { kind: 'NotNull' }
  | { kind: 'NotNullOrEmpty' }
  | { kind: 'Set'; values: string[]; ignoreCase?: boolean }
  | { kind: 'Range'; min: number; max: number }
  | { kind: 'Pattern'; pattern: string }
  | { kind: 'Count'; min: number; max: number }
  | { kind: 'Length'; min: number; max: number };

export interface ParameterDefinition {
  name: string;
  type: ParameterTypeName;
  aliases?: string[];
  /** Sets this parameter is in; omitted means every set (position/mandatory then come from the fields below). */
  sets?: ParameterSetMembership[];
  position?: number;
  mandatory?: boolean;
  valueFromPipeline?: boolean;
  valueFromPipelineByPropertyName?: boolean;
  valueFromRemainingArguments?: boolean;
  validation?: ValidationRule[];
  allowNull?: boolean;
  allowEmptyString?: boolean;
  /** pwsh's [AllowEmptyCollection]: a mandatory collection parameter takes an empty array. */
  allowEmptyCollection?: boolean;
  /** Not shown by Get-Command/completion (e.g. Connect-MgGraph -Break). */
  dontShow?: boolean;
  helpMessage?: string;
  /**
   * pwsh's ArgumentTransformationAttribute: turns a non-null argument into the parameter's value while binding,
   * before type conversion. An ArgumentTransformationFailure it throws is the binder's
   * ParameterArgumentTransformationError, positioned at the argument.
   */
  transformArgument?: (value: unknown) => unknown;
}

/** Thrown by a parameter's transformArgument; the message is the inner text of pwsh's transformation error. */
export class ArgumentTransformationFailure extends Error {}

export interface CommandDefinition<Params = Record<string, unknown>> {
  name: string;
  /** The module that exports it, e.g. 'Microsoft.PowerShell.Utility'. */
  module: string;
  /** .NET class name used in FullyQualifiedErrorId, e.g. 'Microsoft.PowerShell.Commands.GetChildItemCommand'. */
  implementingType?: string;
  defaultParameterSet?: string;
  parameters: ParameterDefinition[];
  /** Whether -Verbose/-ErrorAction/... common parameters apply (true for cmdlets and advanced functions). */
  supportsCommonParameters?: boolean;
  supportsShouldProcess?: boolean;
  /** How much ShouldProcess asks: it prompts when this is at or above $ConfirmPreference (default Medium). */
  confirmImpact?: 'None' | 'Low' | 'Medium' | 'High';
  outputType?: string[];
  synopsis?: string;
  /** Called once per pipeline before any input. */
  begin?(ctx: CommandContext<Params>): void;
  /** Called once per input object (once with no input when the command is first in its pipeline). */
  process?(ctx: CommandContext<Params>): void;
  /** Called once after all input. */
  end?(ctx: CommandContext<Params>): void;
  /** Called once when the pipeline is over, however it ended (pwsh's IDisposable): releases what the blocks opened. */
  dispose?(ctx: CommandContext<Params>): void;
}

/** What a command sees while it runs. The engine implements it; commands never reach past it. */
export interface CommandContext<Params = Record<string, unknown>> {
  /** Bound parameters, by canonical name, already converted to their declared types. */
  readonly params: Params;
  /** Names of the parameters actually bound (what $PSBoundParameters holds). */
  readonly boundParameterNames: ReadonlySet<string>;
  readonly parameterSetName: string;
  /** The current pipeline input object in process(); undefined outside it or when there is none. */
  readonly inputObject: unknown;
  writeObject(value: unknown, enumerateCollection?: boolean): void;
  /** A non-terminating error (honours -ErrorAction / $ErrorActionPreference). */
  writeError(record: ErrorRecord): void;
  /** A statement-terminating error. Never returns. */
  throwTerminatingError(record: ErrorRecord): never;
  writeWarning(message: string): void;
  writeVerbose(message: string): void;
  writeDebug(message: string): void;
  writeInformation(messageData: unknown, tags?: string[]): void;
  /** The session the command runs in: variables, providers, drives, host, the registry of commands. */
  readonly session: SessionHandle;
  /** The command's own name as invoked and where (for error records' InvocationInfo). */
  readonly invocation: InvocationInfo;
  /** The script or function that called this command ($MyInvocation there): Write-Error reports errors as its. */
  readonly caller: { name: string; invocation: InvocationInfo };
  /** Builds an ErrorRecord tied to this command (FullyQualifiedErrorId gets `,<implementingType or name>`). */
  newError(
    errorId: string,
    message: string,
    category: ErrorCategory,
    targetObject?: unknown,
    exceptionType?: string,
  ): ErrorRecord;
  /** Stops the commands before this one in the pipeline (Select-Object -First): they get no more input or end. */
  stopUpstream(): never;
  /** True when ShouldProcess allows the action (-WhatIf prints pwsh's "What if:" line and returns false). */
  shouldProcess(target: string, action?: string): boolean;
}

/** Host output a command may write directly (Write-Host, Out-Host). */
export interface HostOutput {
  /** Writes text to the host's output (stdout) with no newline added. */
  write(text: string): void;
  /** Writes one line to the host's error channel (stderr when redirected). */
  writeErrorLine(text: string): void;
  /** Columns available for formatting (pwsh: buffer width, 80 when there is no terminal). */
  readonly width: number;
  /** Whether ANSI colour may be used on stdout. */
  readonly supportsColor: boolean;
  /** Colours Write-Host's console colours can use (0: none; stdout is not a colour terminal). */
  readonly consoleColors?: number;
  readonly nonInteractive: boolean;
}

/** What commands see of the runspace. Areas hang their own state off `services` (providers, AuthContext, ...). */
export interface SessionHandle {
  getVariable(name: string): unknown;
  setVariable(name: string, value: unknown): void;
  /** Removes a variable from the scope where it is found; false when there is none. */
  removeVariable(name: string): boolean;
  readonly host: HostOutput;
  /** Runs a script block in the caller's scope with $_ bound, or with `input` in $input instead; returns its output,
   * or with `out` writes each object there as the block writes it (then nothing is returned). */
  invokeScriptBlock(block: ScriptBlock, args?: unknown[], dollarUnder?: unknown, input?: unknown[], out?: (value: unknown) => void): unknown[];
  /** Parses and runs script text in the current scope (Invoke-Expression); text that does not parse throws
   * ScriptTextParseError, whose record the calling command throws as its own terminating error. */
  invokeScript(text: string): unknown[];
  /** Finds a command (cmdlet, function, alias) by name; undefined when none. */
  resolveCommand(name: string): CommandInfo | undefined;
  /** Lists commands (Get-Command). */
  listCommands(): CommandInfo[];
  /** Session-wide settings given by the host, e.g. PSNODE_ENVIRONMENT ('Sandbox' with -Sandbox). */
  readonly settings: Record<string, string | undefined>;
  /** Set-StrictMode: 0 turns it off; 1 flags unset variables; 2 and later also missing properties. */
  setStrictMode?(version: number): void;
  /** Per-session singletons keyed by area name ('providers', 'identity', ...), created on first use. */
  service<T>(key: string, create: () => T): T;
  /** Current file-system location (the $PWD path). */
  readonly location: string;
  /** The variable table of a scope as the *-Variable cmdlets' -Scope names it (Global, Script, Local, Private or a
   * number up the chain; default the caller's scope). Throws pwsh's error for a scope that does not exist. */
  variables(scope?: string): VariableScopeHandle;
  /** The alias table of a scope as the *-Alias cmdlets' -Scope names it (default the caller's scope). */
  aliases(scope?: string): AliasScopeHandle;
  /** The module system as the module cmdlets drive it, with the caller's context. */
  moduleContext(): { modules: import('./modules/session-modules').SessionModules; ctx: import('./compiler/context').ExecContext };
}

/** A variable as the *-Variable cmdlets and the Variable: drive see it (System.Management.Automation.PSVariable). */
export interface VariableHandle {
  readonly name: string;
  value: unknown;
  description: string;
  options: 'None' | 'ReadOnly' | 'Constant' | 'Private' | 'AllScope';
}

export interface AliasScopeHandle {
  /** Aliases visible from this scope (nearest wins), then the built-in ones, as [name, target]. */
  visible(): Array<[string, string]>;
  /** The alias defined in this very scope. */
  own(name: string): string | undefined;
  define(name: string, target: string): void;
  /** Removes the alias from this scope; false when it has none. */
  remove(name: string): boolean;
}

export interface VariableScopeHandle {
  /** Variables visible from this scope: its own, then its parents' (nearest wins), in definition order. */
  visible(): VariableHandle[];
  /** The variable visible from this scope under that name. */
  lookup(name: string): VariableHandle | undefined;
  /** The variable defined in this very scope under that name. */
  own(name: string): VariableHandle | undefined;
  /** Defines (or replaces) a variable in this scope. */
  define(name: string, value: unknown, options?: VariableHandle['options'], description?: string): VariableHandle;
  /** Removes the variable defined in this scope; false when it has none. */
  remove(name: string): boolean;
}

export interface CommandInfo {
  name: string;
  commandType: 'Cmdlet' | 'Function' | 'Filter' | 'Alias' | 'ExternalScript' | 'Application';
  /** For aliases, the command they resolve to. */
  definition: string;
  module: string;
  /** The cmdlet definition, for cmdlets and (built from the param block) functions. */
  command?: CommandDefinition;
}
