// What completion hands back, as pwsh's System.Management.Automation types: a CompletionResult per match and the
// CommandCompletion that holds them with the span of input they replace. Registered so scripts read them
// (`(TabExpansion2 'Get-Ch' 6).CompletionMatches | Select-Object CompletionText, ResultType`).

import { EnumValue, ListValue, registerType } from '../../runtime/values';

const RESULT_TYPE = 'System.Management.Automation.CompletionResultType';

/** CompletionResultType members and their values, in pwsh's order. */
const RESULT_TYPES = {
  Text: 0, History: 1, Command: 2, ProviderItem: 3, ProviderContainer: 4, Property: 5, Method: 6, ParameterName: 7,
  ParameterValue: 8, Variable: 9, Namespace: 10, Type: 11, Keyword: 12, DynamicKeyword: 13,
} as const;

/** What `.CompletionMatches.GetType().FullName` prints in pwsh 7.6.9. */
const MATCHES_TYPE =
  'System.Collections.ObjectModel.Collection`1[[System.Management.Automation.CompletionResult, System.Management.Automation, Version=7.6.0.500, Culture=neutral, PublicKeyToken=31bf3856ad364e35]]';

export type ResultType = keyof typeof RESULT_TYPES;

export class CompletionResult {
  constructor(
    readonly completionText: string,
    readonly listItemText: string,
    readonly resultType: ResultType,
    readonly toolTip: string,
  ) {}
}

export class CommandCompletion {
  readonly currentMatchIndex = -1;
  constructor(
    readonly replacementIndex: number,
    readonly replacementLength: number,
    readonly matches: CompletionResult[],
  ) {}

  /** No completion at all (empty input): pwsh reports -1 for both index and length. */
  static none(): CommandCompletion {
    return new CommandCompletion(-1, -1, []);
  }
}

registerType({
  fullName: RESULT_TYPE,
  baseTypes: ['System.Enum', 'System.ValueType'],
  enumValues: { ...RESULT_TYPES },
  isScalar: true,
});

registerType({
  fullName: 'System.Management.Automation.CompletionResult',
  jsClass: CompletionResult,
  properties: [
    { name: 'CompletionText', type: 'string', get: (r: CompletionResult) => r.completionText },
    { name: 'ListItemText', type: 'string', get: (r: CompletionResult) => r.listItemText },
    { name: 'ResultType', type: RESULT_TYPE, get: (r: CompletionResult) => new EnumValue(RESULT_TYPE, r.resultType, RESULT_TYPES[r.resultType]) },
    { name: 'ToolTip', type: 'string', get: (r: CompletionResult) => r.toolTip },
  ],
  toString: () => 'System.Management.Automation.CompletionResult',
});

registerType({
  fullName: 'System.Management.Automation.CommandCompletion',
  jsClass: CommandCompletion,
  properties: [
    { name: 'CurrentMatchIndex', type: 'int', get: (c: CommandCompletion) => c.currentMatchIndex },
    { name: 'ReplacementIndex', type: 'int', get: (c: CommandCompletion) => c.replacementIndex },
    { name: 'ReplacementLength', type: 'int', get: (c: CommandCompletion) => c.replacementLength },
    {
      name: 'CompletionMatches',
      type: 'System.Collections.ObjectModel.Collection[System.Management.Automation.CompletionResult]',
      get: (c: CommandCompletion) => new ListValue(MATCHES_TYPE, 'System.Management.Automation.CompletionResult', [...c.matches]),
    },
  ],
  toString: () => 'System.Management.Automation.CommandCompletion',
});
