// The parts of an ErrorRecord that error display reads, as a structural type: the runtime's ErrorRecord satisfies it
// without this layer importing the class. Optional fields the runtime may not fill yet have safe defaults.

export interface InvocationLike {
  /** MyCommand.Name ('' for none). */
  commandName: string;
  invocationName?: string;
  /** Full script path, '' for -Command or interactive input. */
  scriptName: string;
  /** 1-based start line of the extent; 0 when there is none. */
  line: number;
  column: number;
  /** Full text of the extent's first line. */
  lineText: string;
  endLine: number;
  endColumn: number;
  /** MyCommand.CommandType, e.g. 'Cmdlet', 'Function', 'ExternalScript', 'Script'. */
  commandType?: string;
  /** MyCommand.Path of an ExternalScript. */
  commandPath?: string;
  /** MyCommand.ScriptBlock text of a Script command (the whole -Command text at the prompt). */
  scriptBlockText?: string;
  /** Whether `Get-Command -Name <MyCommand>` finds it: ConciseView then names the command as the reason. */
  commandResolves?: boolean;
}

export interface ErrorRecordLike {
  /** typeName: the .NET exception type (only RuntimeException and its subclasses carry WasThrownFromThrowStatement). */
  exception: { message: string; typeName?: string; wasThrownFromThrowStatement?: boolean };
  categoryInfo: { category: string; activity: string; reason: string; toString(): string };
  FullyQualifiedErrorId: string;
  errorDetailsMessage?: string;
  recommendedAction?: string;
  invocationInfo?: InvocationLike;
}
