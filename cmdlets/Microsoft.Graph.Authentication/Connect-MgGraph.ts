// Connect-MgGraph: signs in (certificate, secret, managed identity, environment variables, access token) with
// src/identity, writes the welcome string unless -NoWelcome; failures are non-terminating and clear the session.
import { type ConnectParameters, type ConnectParameterSet, isSandbox } from '../../src/identity';
import type { X509Certificate2 } from '../../src/pki/certificate';
import type { CommandContext, CommandDefinition, ParameterDefinition } from '../../src/runtime/command-types';
import { type EnumValue, getPropertyValue, type PSCredential, revealSecureString, type SecureString } from '../../src/runtime/values';
import { defaultEnvironmentOf, identityOf, withIdentityErrors } from './shared/identity-service';
import { PlaceholderSubstitution } from './shared/sandbox-placeholders';
import './shared/types';

interface Params {
  Scopes?: string[];
  ClientId?: string;
  CertificateSubjectName?: string;
  CertificateThumbprint?: string;
  SendCertificateChain?: boolean;
  Certificate?: X509Certificate2;
  ClientSecretCredential?: PSCredential;
  AccessToken?: SecureString;
  TenantId?: string;
  ContextScope?: EnumValue | string;
  Environment?: string;
  UseDeviceCode?: boolean;
  ClientTimeout?: number;
  Identity?: boolean;
  EnvironmentVariable?: boolean;
  NoWelcome?: boolean;
}

const SWITCH = 'System.Management.Automation.SwitchParameter';
const USER = 'UserParameterSet';
const CERTIFICATE = 'AppCertificateParameterSet';
const SECRET = 'AppSecretCredentialParameterSet';
const ACCESS_TOKEN = 'AccessTokenParameterSet';
const IDENTITY = 'IdentityParameterSet';
const ENVIRONMENT_VARIABLE = 'EnvironmentVariableParameterSet';
const ALL_BUT_ACCESS_TOKEN = [USER, CERTIFICATE, SECRET, IDENTITY, ENVIRONMENT_VARIABLE].map((name) => ({ name }));

/** reference/entra.md §1.2 (ConnectMgGraph.cs of 2.25.0). */
export const CONNECT_PARAMETERS: ParameterDefinition[] = [
  { name: 'Scopes', type: 'System.String[]', sets: [{ name: USER, position: 1 }] },
  { name: 'ClientId', type: 'System.String', aliases: ['AppId', 'ApplicationId'], sets: [{ name: CERTIFICATE, position: 1, mandatory: true }, { name: USER }, { name: IDENTITY }] },
  { name: 'CertificateSubjectName', type: 'System.String', aliases: ['CertificateSubject', 'CertificateName'], sets: [{ name: CERTIFICATE, position: 2 }] },
  { name: 'CertificateThumbprint', type: 'System.String', sets: [{ name: CERTIFICATE, position: 3 }] },
  { name: 'SendCertificateChain', type: 'System.Boolean', sets: [{ name: CERTIFICATE }] },
  { name: 'Certificate', type: 'System.Security.Cryptography.X509Certificates.X509Certificate2', sets: [{ name: CERTIFICATE }] },
  { name: 'ClientSecretCredential', type: 'System.Management.Automation.PSCredential', aliases: ['SecretCredential', 'Credential'], sets: [{ name: SECRET }] },
  { name: 'AccessToken', type: 'System.Security.SecureString', sets: [{ name: ACCESS_TOKEN, position: 1, mandatory: true }] },
  { name: 'TenantId', type: 'System.String', aliases: ['Audience', 'Tenant'], sets: [{ name: CERTIFICATE }, { name: SECRET }, { name: USER, position: 4 }] },
  { name: 'ContextScope', type: 'Microsoft.Graph.PowerShell.Authentication.ContextScope', sets: ALL_BUT_ACCESS_TOKEN },
  { name: 'Environment', type: 'System.String', aliases: ['EnvironmentName', 'NationalCloud'], validation: [{ kind: 'NotNullOrEmpty' }] },
  { name: 'UseDeviceCode', type: SWITCH, aliases: ['UseDeviceAuthentication', 'DeviceCode', 'DeviceAuth', 'Device'], sets: [{ name: USER }] },
  { name: 'ClientTimeout', type: 'System.Double' },
  { name: 'Identity', type: SWITCH, aliases: ['ManagedIdentity', 'ManagedServiceIdentity', 'MSI'], sets: [{ name: IDENTITY, position: 1 }] },
  { name: 'EnvironmentVariable', type: SWITCH, sets: [{ name: ENVIRONMENT_VARIABLE }] },
  { name: 'NoWelcome', type: SWITCH },
  { name: 'Break', type: SWITCH, dontShow: true },
];

function enumName(value: EnumValue | string | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

function hostVersion(ctx: CommandContext<Params>): unknown {
  const host = ctx.session.getVariable('Host');
  return host === undefined || host === null ? null : getPropertyValue(host, 'Version') ?? null;
}

/** What src/identity needs, with the page's placeholders replaced when the environment is the sandbox. */
export function connectParameters(ctx: CommandContext<Params>): ConnectParameters {
  const p = ctx.params;
  const environment = p.Environment ?? defaultEnvironmentOf(ctx);
  const substitute = isSandbox(environment) ? new PlaceholderSubstitution(ctx) : undefined;
  function value(text: string): string;
  function value(text: string | undefined): string | undefined;
  function value(text: string | undefined): string | undefined {
    return substitute ? substitute.value(text) : text;
  }
  const credential = p.ClientSecretCredential;
  return {
    parameterSetName: ctx.parameterSetName as ConnectParameterSet,
    Scopes: p.Scopes,
    ClientId: value(p.ClientId),
    TenantId: value(p.TenantId),
    CertificateSubjectName: value(p.CertificateSubjectName),
    CertificateThumbprint: value(p.CertificateThumbprint),
    SendCertificateChain: p.SendCertificateChain,
    Certificate: p.Certificate,
    ClientSecretCredential: credential && {
      userName: value(credential.UserName ?? ''),
      password: value(credential.Password ? revealSecureString(credential.Password) : ''),
      secureString: credential.Password,
    },
    AccessToken: p.AccessToken && revealSecureString(p.AccessToken),
    ContextScope: enumName(p.ContextScope) as ConnectParameters['ContextScope'],
    Environment: p.Environment,
    ClientTimeout: p.ClientTimeout,
    Identity: p.Identity,
    EnvironmentVariable: p.EnvironmentVariable,
    UseDeviceCode: p.UseDeviceCode,
    PSHostVersion: hostVersion(ctx),
  };
}

const ConnectMgGraph: CommandDefinition<Params> = {
  name: 'Connect-MgGraph',
  module: 'Microsoft.Graph.Authentication',
  implementingType: 'Microsoft.Graph.PowerShell.Authentication.Cmdlets.ConnectMgGraph',
  defaultParameterSet: USER,
  supportsCommonParameters: true,
  outputType: ['System.String'],
  parameters: CONNECT_PARAMETERS,
  process(ctx) {
    const result = withIdentityErrors(ctx, () => identityOf(ctx).session.connect(connectParameters(ctx)));
    if (result && !ctx.params.NoWelcome) ctx.writeObject(result.welcome);
  },
};

export default ConnectMgGraph;
