// A GraphSession wired as the cmdlets wire it, over a private home and a fresh bridge.
import { ContextStore } from '../../../src/identity/context-store';
import { defaultEnvironmentName, EnvironmentRegistry } from '../../../src/identity/environments';
import { GraphSession } from '../../../src/identity/graph-session';
import { resolveEnvironment, type SandboxEndpoints } from '../../../src/identity/resolved-environment';
import { type CertificateSource, storeCertificateSource } from '../../../src/identity/signing-certificate';
import type { SyncBridge } from '../../../src/identity/sync-bridge';

export function makeSession(bridge: SyncBridge, options: { certificates?: CertificateSource; sandbox?: () => SandboxEndpoints; env?: NodeJS.ProcessEnv } = {}) {
  const registry = new EnvironmentRegistry();
  const env = options.env ?? process.env;
  const session = new GraphSession({
    bridge,
    resolveEnvironment: (name) =>
      resolveEnvironment(name, { registry, env, sandbox: options.sandbox ?? (() => { throw new Error('no sandbox in this test'); }) }),
    defaultEnvironment: () => defaultEnvironmentName(env),
    contextStore: new ContextStore(),
    certificates: options.certificates ?? storeCertificateSource,
    env,
  });
  return { session, registry };
}
