// An environment ready for sign-in: its endpoints, how to reach them, and where its managed identity answers.
// Every environment is resolved to this one shape, so sign-in and Graph calls take one path for all of them.
import { type EnvironmentRegistry, isSandbox } from './environments';
import { IdentityError } from './identity-error';
import { format, messages } from './messages';
import type { Transport } from './network-client';

/** What a running sandbox tells its clients (see src/sandbox). */
export interface SandboxEndpoints {
  azureADEndpoint: string;
  graphEndpoint: string;
  /** PEM of the sandbox's own CA, trusted only for the sandbox's endpoints. */
  caPem: string;
  managedIdentity: { url: string; header: string };
  /** The sandbox folder, or undefined when it keeps its tenant in memory. */
  location?: string;
}

export interface ResolvedEnvironment {
  name: string;
  azureADEndpoint: string;
  graphEndpoint: string;
  /** Set for hosts msal-node has no built-in metadata for. */
  knownAuthorities?: string[];
  /** Set for the sandbox (its CA, loopback only); undefined means the public internet with Node's roots. */
  transport?: Transport;
  /** The App Service style managed-identity endpoint, when one is configured. */
  managedIdentity?: { url: string; header: string; ca?: string };
}

const PUBLIC_TRANSPORT: Transport = { loopbackOnly: false };

/** How requests reach the environment: msal-node's sign-ins and Graph calls alike, through psnode's own client. */
export function environmentTransport(environment: ResolvedEnvironment): Transport {
  return environment.transport ?? PUBLIC_TRANSPORT;
}

export interface ResolveDeps {
  registry: EnvironmentRegistry;
  /** Starts the sandbox on first use and returns its endpoints. */
  sandbox: () => SandboxEndpoints;
  env: NodeJS.ProcessEnv;
}

/** The environment named, or the module's "Unable to find environment" error. */
export function resolveEnvironment(name: string, deps: ResolveDeps): ResolvedEnvironment {
  if (isSandbox(name)) {
    const sandbox = deps.sandbox();
    const transport: Transport = { ca: sandbox.caPem, loopbackOnly: true };
    return {
      name: 'Sandbox',
      azureADEndpoint: sandbox.azureADEndpoint,
      graphEndpoint: sandbox.graphEndpoint,
      knownAuthorities: [new URL(sandbox.azureADEndpoint).host],
      transport,
      managedIdentity: { ...sandbox.managedIdentity, ca: sandbox.caPem },
    };
  }
  const environment = deps.registry.find(name);
  if (!environment) {
    throw new IdentityError('System.Management.Automation.PSInvalidOperationException', format(messages.invalidEnvironment, name), { category: 'InvalidOperation', terminating: true });
  }
  const { IDENTITY_ENDPOINT: url, IDENTITY_HEADER: header } = deps.env;
  return {
    name: environment.Name,
    azureADEndpoint: environment.AzureADEndpoint,
    graphEndpoint: environment.GraphEndpoint,
    knownAuthorities: environment.Type === 'User-defined' ? [new URL(environment.AzureADEndpoint).host] : undefined,
    managedIdentity: url && header ? { url, header } : undefined,
  };
}
