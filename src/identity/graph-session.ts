// The session Connect-MgGraph fills and the Graph cmdlets use: sign-in over the I/O bridge, the AuthContext, the
// token (refreshed through msal-node's per-process cache when it nears expiry), and sign-out.
import { type AuthContext, fillFromClaims } from './auth-context';
import { contextFor } from './auth-context-factory';
import { type ConnectParameters, validateConnectParameters } from './connect-parameters';
import type { ContextStore } from './context-store';
import { IdentityError } from './identity-error';
import { decodeTokenClaims } from './jwt';
import { format, messages, welcomeMessage } from './messages';
import type { ResolvedEnvironment } from './resolved-environment';
import type { SignInRequest, TokenResult } from './sign-in-request';
import { type RequestDeps, signInRequestFor } from './sign-in-request-factory';
import type { SyncBridge } from './sync-bridge';

/** Connect-MgGraph waits this long for a sign-in (Authentication.Core's default). */
const DEFAULT_SIGN_IN_TIMEOUT_SECONDS = 120;
/** Tokens are renewed this long before they expire. */
const REFRESH_MARGIN_MS = 5 * 60_000;

export interface SessionDeps extends RequestDeps {
  bridge: SyncBridge;
  resolveEnvironment: (name: string) => ResolvedEnvironment;
  defaultEnvironment: () => string;
  contextStore: ContextStore;
}

interface Connection {
  context: AuthContext;
  environment: ResolvedEnvironment;
  token: TokenResult;
  /** How to sign in again; absent for a user-provided token. */
  request?: SignInRequest;
  timeoutSeconds?: number;
}

export interface ConnectResult {
  context: AuthContext;
  /** The welcome string Connect-MgGraph writes unless -NoWelcome. */
  welcome: string;
}

/** Errors from src/pki (a certificate file that will not load) carry their .NET type too: they fail sign-in alike. */
function asIdentityError(error: unknown): unknown {
  if (error instanceof IdentityError || !(error instanceof Error)) return error;
  const exceptionType = (error as { exceptionType?: unknown }).exceptionType;
  return typeof exceptionType === 'string' ? new IdentityError(exceptionType, error.message) : error;
}

export class GraphSession {
  private connection?: Connection;

  constructor(private readonly deps: SessionDeps) {}

  /** The signed-in context, or undefined (Get-MgContext then writes nothing). */
  get context(): AuthContext | undefined {
    return this.connection?.context;
  }

  get environment(): ResolvedEnvironment | undefined {
    return this.connection?.environment;
  }

  /** Connect-MgGraph -ClientTimeout (seconds), which Graph requests of the session use too. */
  get clientTimeoutSeconds(): number | undefined {
    return this.connection?.timeoutSeconds;
  }

  /** Connect-MgGraph. Validation errors are terminating; sign-in failures clear the session and are not. */
  connect(parameters: ConnectParameters): ConnectResult {
    validateConnectParameters(parameters);
    const environment = this.deps.resolveEnvironment(parameters.Environment ?? this.deps.defaultEnvironment());
    const context = contextFor(parameters, environment.name);
    let connection: Connection;
    try {
      connection = parameters.parameterSetName === 'AccessTokenParameterSet'
        ? { ...this.userProvidedToken(parameters.AccessToken!, context, environment), timeoutSeconds: parameters.ClientTimeout }
        : this.signIn(signInRequestFor(parameters, environment, this.deps), context, environment, parameters.ClientTimeout);
    } catch (error) {
      this.disconnectQuietly();
      throw asIdentityError(error);
    }
    fillFromClaims(context, decodeTokenClaims(connection.token.accessToken));
    this.connection = connection;
    if (context.ContextScope === 'CurrentUser') this.deps.contextStore.save(context);
    return { context, welcome: welcomeMessage(context.ClientId, context.AuthType) };
  }

  /** Disconnect-MgGraph: returns the old context, or the module's CloseError text when there is none. */
  disconnect(): AuthContext {
    const old = this.connection?.context;
    if (!old) throw new IdentityError('System.Exception', messages.noApplicationToSignOut, { category: 'CloseError' });
    this.disconnectQuietly();
    return old;
  }

  /** A valid bearer token for the current session, or the module's "Authentication needed" error. */
  accessToken(): string {
    const connection = this.connection;
    if (!connection) throw new IdentityError('Microsoft.Graph.PowerShell.AuthenticationException', messages.missingAuthContext, { category: 'AuthenticationError', terminating: true });
    if (connection.request && connection.token.expiresOn - REFRESH_MARGIN_MS < Date.now()) {
      connection.token = this.signIn(connection.request, connection.context, connection.environment, connection.timeoutSeconds).token;
    }
    return connection.token.accessToken;
  }

  private signIn(request: SignInRequest, context: AuthContext, environment: ResolvedEnvironment, timeoutSeconds?: number): Connection {
    const seconds = timeoutSeconds ?? DEFAULT_SIGN_IN_TIMEOUT_SECONDS;
    const token = this.deps.bridge.call<TokenResult>('signIn', request, {
      timeoutMs: seconds * 1000,
      onTimeout: () => new IdentityError('Azure.Identity.AuthenticationFailedException', format(messages.authenticationTimedOut, seconds)),
    });
    return { context, environment, token, request, timeoutSeconds };
  }

  private userProvidedToken(accessToken: string, context: AuthContext, environment: ResolvedEnvironment): Connection {
    const claims = decodeTokenClaims(accessToken);
    const expiresOn = (claims?.exp ?? 0) * 1000;
    if (claims?.exp !== undefined && expiresOn < Date.now()) {
      throw new IdentityError('Azure.Identity.AuthenticationFailedException', format(messages.expiredAccessToken, 'AccessToken'));
    }
    return { context, environment, token: { accessToken, expiresOn: expiresOn || Number.MAX_SAFE_INTEGER } };
  }

  private disconnectQuietly(): void {
    const hadToken = this.connection?.request !== undefined;
    this.connection = undefined;
    this.deps.contextStore.clear();
    if (hadToken && this.deps.bridge.started) {
      this.deps.bridge.call('signOut', {}, { timeoutMs: DEFAULT_SIGN_IN_TIMEOUT_SECONDS * 1000, onTimeout: () => new IdentityError('System.TimeoutException', messages.operationTimedOut) });
    }
  }
}
