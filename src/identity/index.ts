// src/identity's public face for the cmdlets: one IdentityRuntime per runspace (its session, Graph client and
// environments) over one I/O bridge per process. Nothing here imports the engine; the cmdlets translate.
import { ContextStore } from './context-store';
import { defaultEnvironmentName, EnvironmentRegistry } from './environments';
import { GraphClient } from './graph-client';
import { GraphSession } from './graph-session';
import { resolveEnvironment, type SandboxEndpoints } from './resolved-environment';
import { type CertificateSource, storeCertificateSource } from './signing-certificate';
import { SyncBridge } from './sync-bridge';
import { IdentityError } from './identity-error';
import { messages } from './messages';
import { ensureDemoCertificate } from './sandbox-certificate';
import type { DemoValues } from './sandbox-placeholders';
// The demo tenant's constants only: the sandbox's servers stay out of the engine's bundle.
import { DEMO } from '../sandbox/demo/demo-tenant';

export { IdentityError } from './identity-error';
export type { IdentityErrorData } from './identity-error';
export { AUTH_CONTEXT_PROPERTIES } from './auth-context';
export type { AuthContext, AuthenticationType, ContextScope, TokenCredentialType } from './auth-context';
export type { ConnectParameters, ConnectParameterSet } from './connect-parameters';
export type { GraphEnvironment } from './environments';
export type { GraphRequest, GraphResponse, GraphErrorEnvelope } from './graph-client';
export type { ConnectResult } from './graph-session';
export type { CertificateSource } from './signing-certificate';
export type { SandboxEndpoints } from './resolved-environment';
export { messages, format, welcomeMessage } from './messages';
export { ensureDemoCertificate } from './sandbox-certificate';
export { substitutePlaceholder, type DemoValues, type Substitution } from './sandbox-placeholders';
export { defaultEnvironmentName, isSandbox } from './environments';

/** Variables a Sandbox session starts with unless the script sets them: the seed page uses $CertThumbprint
 * without assigning it (the reader is expected to have), so it holds the demo certificate's thumbprint. */
export function sandboxSessionVariables(): Record<string, string> {
  return { CertThumbprint: DEMO.certificateThumbprint };
}

/** The demo tenant's values the seed page's placeholders stand for in the sandbox. */
export function sandboxDemoValues(): DemoValues {
  return {
    appId: DEMO.applicationId,
    tenantId: DEMO.tenantId,
    certificateThumbprint: DEMO.certificateThumbprint,
    certificateSubject: DEMO.certificateSubject,
    secret: DEMO.clientSecret,
    userAssignedClientId: DEMO.userAssignedIdentity.clientId,
  };
}

/** How long to wait for the sandbox to start (it may create its tenant and keys on first run). */
const SANDBOX_START_TIMEOUT_MS = 60_000;

let processBridge: SyncBridge | undefined;

/** The I/O bridge every runspace of this process shares (its worker starts on the first call). */
export function sharedBridge(): SyncBridge {
  processBridge ??= new SyncBridge();
  return processBridge;
}

export interface IdentityRuntimeOptions {
  /** The Cert: stores and certificate files; src/pki's by default. */
  certificates?: CertificateSource;
  /** Environment variables (AZURE_*, IDENTITY_*); the process's by default. */
  env?: NodeJS.ProcessEnv;
  /** PSNODE_ENVIRONMENT as the host set it (psnode -Sandbox), overriding the process environment. */
  defaultEnvironment?: () => string;
  bridge?: SyncBridge;
}

export class IdentityRuntime {
  readonly environments = new EnvironmentRegistry();
  readonly session: GraphSession;
  readonly graph: GraphClient;
  private readonly bridge: SyncBridge;
  private demoCertificateInstalled = false;

  constructor(options: IdentityRuntimeOptions = {}) {
    const env = options.env ?? process.env;
    this.bridge = options.bridge ?? sharedBridge();
    this.session = new GraphSession({
      bridge: this.bridge,
      resolveEnvironment: (name) => resolveEnvironment(name, { registry: this.environments, env, sandbox: () => this.sandbox() }),
      defaultEnvironment: options.defaultEnvironment ?? (() => defaultEnvironmentName(env)),
      contextStore: new ContextStore(),
      certificates: options.certificates ?? storeCertificateSource,
      env,
    });
    this.graph = new GraphClient(this.session, this.bridge);
  }

  /** The running sandbox's endpoints, or undefined when this process has not started it. */
  runningSandbox(): SandboxEndpoints | undefined {
    return this.bridge.call<SandboxEndpoints | null>('sandbox.get', {}, this.sandboxCallOptions()) ?? undefined;
  }

  /** Stops the sandbox this process started; false when none runs. */
  stopSandbox(): boolean {
    return this.bridge.call<boolean>('sandbox.stop', {}, this.sandboxCallOptions());
  }

  private sandboxCallOptions() {
    return { timeoutMs: SANDBOX_START_TIMEOUT_MS, onTimeout: () => new IdentityError('System.TimeoutException', messages.operationTimedOut) };
  }

  /** The running sandbox's endpoints, starting it (in its own worker) on first use; the demo certificate is put
   * into CurrentUser\My the first time. */
  sandbox(): SandboxEndpoints {
    if (!this.demoCertificateInstalled) {
      ensureDemoCertificate();
      this.demoCertificateInstalled = true;
    }
    return this.bridge.call<SandboxEndpoints>('sandbox.start', {}, this.sandboxCallOptions());
  }
}
