// Every user-visible text of sign-in, copied from Microsoft.Graph.Authentication 2.25.0, Azure.Identity, MSAL.NET and
// .NET (reference/entra.md §2, §4; pwsh for the .NET texts). `{0}`-style holes are filled by `format`.

export const messages = {
  // Connect-MgGraph ValidateParameters (PSCmdletExtensions.ThrowParameterError, ErrorConstants).
  mustSpecify: "Must specify '{0}'.",
  invalidCertificateThumbprint:
    "'{0}' must have a length of 40. Ensure you have the right certificate thumbprint then try again.",
  invalidEnvironment: "Unable to find environment with name '{0}'. Use Get-MgEnvironment to list available environments.",

  // Add/Remove-MgEnvironment (ErrorConstants, GraphSettings).
  cannotModifyBuiltInEnvironment: 'Cannot {0} built-in environment {1}.',
  invalidUrlParameter:
    "Parameter '{0}' has an invalid endpoint URL. Please use a valid URL with a network protocol i.e. [protocol]://[resource-name].",
  environmentNotFound: 'Environment {0} not found.',

  // Certificate lookup (Authentication.Core ErrorConstants.CertificateNotFound).
  certificateNotFound: "Certificate with {0} '{1}' was not found in certificate store or has expired.",

  // Azure.Identity wraps every failure as "<Credential> authentication failed: <inner>".
  authenticationFailed: '{0} authentication failed: {1}',
  // MSAL.NET's text for invalid_client, then the server's description after two spaces.
  invalidClient:
    'A configuration issue is preventing authentication - check the error message from the server for details. You can modify the configuration in the application registration portal. See https://aka.ms/msal-net-invalid-client for details.',
  originalException: '{0}  Original exception: {1}',
  managedIdentityUnavailable: 'ManagedIdentityCredential authentication unavailable. No Managed Identity endpoint found.',
  environmentCredentialUnavailable:
    'EnvironmentCredential authentication unavailable. Environment variables are not fully configured',

  // Authentication.Core ErrorConstants.
  authenticationTimedOut: 'Authentication timed out after {0} seconds due to inactivity. Please try again.',
  expiredAccessToken: 'The provided access token has expired. Set a valid access token to `-{0}` parameter and try again.',

  // Graph calls (InvokeMgGraphRequest, DisconnectMgGraph, Entra's own check).
  missingAuthContext: 'Authentication needed. Please call Connect-MgGraph.',
  noApplicationToSignOut: 'No application to sign out from.',
  entraNotConnected:
    "Not connected to Microsoft Graph. Use 'Connect-Entra -Scopes Application.ReadWrite.All' to authenticate.",
  // System.Net.Http.HttpClient (taken from pwsh).
  httpClientTimeout: 'The request was canceled due to the configured HttpClient.Timeout of {0} seconds elapsing.',
  connectionRefused: 'Connection refused ({0})',
  // System.PlatformNotSupportedException's default text (taken from pwsh): psnode has no browser or device-code
  // sign-in, so delegated access is refused with it.
  platformNotSupported: 'Operation is not supported on this platform.',
  // System.TimeoutException's default text (taken from pwsh).
  operationTimedOut: 'The operation has timed out.',
  // System.InvalidOperationException's default text (taken from pwsh): the sandbox worker ended without saying why.
  invalidOperation: 'Operation is not valid due to the current state of the object.',

  // psnode's own (the real module has no sandbox): a seed-page placeholder replaced by a demo-tenant value.
  sandboxPlaceholder: "Sandbox: '{0}' stands for {1}{2}.",
} as const;

/** Fills `{0}`, `{1}`, ... in a catalog text. */
export function format(text: string, ...args: Array<string | number>): string {
  return text.replace(/\{(\d+)\}/g, (hole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? hole : String(value);
  });
}

// Constants.cs of Microsoft.Graph.Authentication 2.25.0.
const SDK_README_LINK = 'https://aka.ms/graph/sdk/powershell';
const SDK_DOCS_LINK = 'https://aka.ms/graph/sdk/powershell/docs';
const API_DOCS_LINK = 'https://aka.ms/graph/docs';

/** Connect-MgGraph's welcome string: one object, each line ended by the platform's newline (LF here). */
export function welcomeMessage(clientId: string, authType: string): string {
  const newline = '\n';
  return [
    `Welcome to Microsoft Graph!${newline}`,
    `Connected via ${authType.toLowerCase()} access using ${clientId}`,
    `Readme: ${SDK_README_LINK}`,
    `SDK Docs: ${SDK_DOCS_LINK}`,
    `API Docs: ${API_DOCS_LINK}${newline}`,
    'NOTE: You can use the -NoWelcome parameter to suppress this message.',
  ]
    .map((line) => line + newline)
    .join('');
}
