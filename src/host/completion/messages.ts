// Messages completion can show, copied from pwsh 7.6.9 (`TabExpansion2 'Get-Ch' 99` and `... -1`).

export const CompletionMsg = {
  /** CompleteInput with a cursor past the end of the input. */
  CursorIndexInvalid: 'Cannot process argument because the value of argument "cursorIndex" is not valid. Change the value of the "cursorIndex" argument and run the operation again.',
  /** CompleteInput with a negative cursor. */
  IndexOutOfRange: 'Index was outside the bounds of the array.',
  /** The descriptions pwsh gives its constant variables (shown in their completion tooltips). */
  TrueDescription: 'Boolean True',
  FalseDescription: 'Boolean False',
  NullDescription: 'References to the null variable always return the null value. Assignments have no effect.',
} as const;
