// The contract between the engine and every command: a cmdlet is data (parameters, sets, aliases) plus begin/process/end.
// The binder, Get-Command, Get-Help and completion read the same definition. Implementations live in cmdlets/<Module>/.

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
  /** Not shown by Get-Command/completion (e.g. Connect-MgGraph -Break). */
  dontShow?: boolean;
  helpMessage?: string;
}

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
  outputType?: string[];
  synopsis?: string;
  /** Called once per pipeline before any input. */
  begin?(ctx: CommandContext<Params>): void;
  /** Called once per input object (once with no input when the command is first in its pipeline). */
  process?(ctx: CommandContext<Params>): void;
  /** Called once after all input. */
  end?(ctx: CommandContext<Params>): void;
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
  writeError(record: unknown): void;
  /** A statement-terminating error. Never returns. */
  throwTerminatingError(record: unknown): never;
  writeWarning(message: string): void;
  writeVerbose(message: string): void;
  writeDebug(message: string): void;
  writeInformation(messageData: unknown, tags?: string[]): void;
  /** The session the command runs in: variables, providers, drives, host, the registry of commands. */
  readonly session: unknown;
}
