// The operations the I/O worker performs, by name. Each takes plain data and returns plain data.
import type { IoHandler } from './io-protocol';
import { forgetConfidentialApps, loadMsal, signIn } from './msal-sign-in';
import { type HttpRequest, type Transport, sendHttp } from './network-client';
import { runningSandbox, type SandboxStartOptions, startSandboxWorker, stopSandboxWorker } from './sandbox-link';
import type { SignInRequest } from './sign-in-request';

export const ioHandlers: Record<string, IoHandler> = {
  /** Round trip with no work: measures the bridge itself. */
  ping: (payload: unknown) => payload,
  signIn: (request: SignInRequest) => signIn(request),
  signOut: () => forgetConfidentialApps(),
  http: ({ request, transport }: { request: HttpRequest; transport: Transport }) => sendHttp(request, transport),
  'sandbox.start': (options: SandboxStartOptions) => {
    const started = startSandboxWorker(options);
    // The sandbox starts for a sign-in: load msal-node while the sandbox's own thread boots.
    loadMsal();
    return started;
  },
  'sandbox.stop': () => stopSandboxWorker(),
  'sandbox.get': async () => (await runningSandbox()) ?? null,
};
