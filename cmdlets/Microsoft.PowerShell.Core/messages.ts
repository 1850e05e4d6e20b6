// User-visible texts of the Microsoft.PowerShell.Core cmdlets psnode implements, copied from pwsh 7.6.9.

export const CoreMsg = {
  // Invoke-Command (ScriptBlock.Invoke on a block with begin/process/end)
  ScriptBlockInvokeOnOneClauseOnly:
    'The script block cannot be invoked because it contains more than one clause. The Invoke() method can only be used on script blocks that contain a single clause.',
} as const;
