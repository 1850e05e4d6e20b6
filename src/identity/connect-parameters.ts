// Connect-MgGraph's parameters as the cmdlet hands them over (canonical names, aliases already resolved), and the
// checks of its ValidateParameters, which are terminating errors.
import type { ContextScope } from './auth-context';
import type { X509Certificate2 } from '../pki/certificate';
import { IdentityError } from './identity-error';
import { format, messages } from './messages';

export type ConnectParameterSet =
  | 'UserParameterSet'
  | 'AppCertificateParameterSet'
  | 'AppSecretCredentialParameterSet'
  | 'IdentityParameterSet'
  | 'EnvironmentVariableParameterSet'
  | 'AccessTokenParameterSet';

export interface ConnectParameters {
  parameterSetName: ConnectParameterSet;
  Scopes?: string[];
  ClientId?: string;
  TenantId?: string;
  CertificateSubjectName?: string;
  CertificateThumbprint?: string;
  SendCertificateChain?: boolean;
  Certificate?: X509Certificate2;
  /** -ClientSecretCredential: the PSCredential's user name, its password in clear for msal, and the SecureString. */
  ClientSecretCredential?: { userName: string; password: string; secureString: unknown };
  /** -AccessToken, in clear. */
  AccessToken?: string;
  ContextScope?: ContextScope;
  Environment?: string;
  /** Seconds. */
  ClientTimeout?: number;
  Identity?: boolean;
  EnvironmentVariable?: boolean;
  UseDeviceCode?: boolean;
  /** The host's $Host.Version, carried into the context. */
  PSHostVersion?: unknown;
}

const parameterError = (message: string) => new IdentityError('System.ArgumentException', message, { category: 'InvalidArgument', terminating: true });

/** ConnectMgGraph.ValidateParameters. */
export function validateConnectParameters(parameters: ConnectParameters): void {
  if (parameters.parameterSetName === 'AppCertificateParameterSet') {
    if (!parameters.ClientId) throw parameterError(format(messages.mustSpecify, 'ClientId'));
    if (!parameters.CertificateThumbprint && !parameters.CertificateSubjectName && !parameters.Certificate) {
      throw parameterError(format(messages.mustSpecify, 'CertificateThumbprint or CertificateSubjectName or Certificate'));
    }
    if (parameters.CertificateThumbprint && parameters.CertificateThumbprint.length !== 40) {
      throw parameterError(format(messages.invalidCertificateThumbprint, 'CertificateThumbprint'));
    }
    if (!parameters.TenantId) throw parameterError(format(messages.mustSpecify, 'TenantId'));
  }
  if (parameters.parameterSetName === 'AccessTokenParameterSet' && !parameters.AccessToken) {
    throw parameterError(format(messages.mustSpecify, 'AccessToken'));
  }
}
