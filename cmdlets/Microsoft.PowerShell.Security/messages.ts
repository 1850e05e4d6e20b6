// User-visible texts of the Microsoft.PowerShell.Security cmdlets, copied from pwsh 7.6.9.

export const SecurityMsg = {
  InvalidEncryptedString: 'The parameter value "{0}" is not a valid encrypted string.',
  IncompleteBlock: 'The input data is not a complete block.',
  NonInteractive: 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.',
  CredentialCaption: 'PowerShell credential request',
  CredentialMessage: 'Enter your credentials.',
  CredentialUserPrompt: 'User: ',
} as const;
