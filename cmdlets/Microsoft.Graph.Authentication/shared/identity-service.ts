// The bridge between the engine and src/identity: the runspace's IdentityRuntime, and identity errors turned into
// PowerShell error records (terminating or not, as the real cmdlet raises them).
import crypto from 'node:crypto';
import { defaultEnvironmentName } from '../../../src/identity/environments';
import { ensureDemoCertificate, IdentityError, IdentityRuntime, isSandbox, sandboxSessionVariables } from '../../../src/identity';
import type { CommandContext } from '../../../src/runtime/command-types';
import { type ErrorCategory, ERROR_CATEGORIES, type ErrorRecord } from '../../../src/runtime/values';

/** The environment used without -Environment: Sandbox when the host says so (psnode -Sandbox), else Global. */
export function defaultEnvironmentOf(ctx: CommandContext<any>): string {
  return ctx.session.settings.PSNODE_ENVIRONMENT || defaultEnvironmentName();
}

/** The runspace's sign-in state. In a Sandbox session it also makes sure the demo certificate is in
 * Cert:\CurrentUser\My and presets what the seed page expects the reader to have set ($CertThumbprint). */
export function identityOf(ctx: CommandContext<any>): IdentityRuntime {
  return ctx.session.service('identity', () => {
    if (isSandbox(defaultEnvironmentOf(ctx))) presetSandboxSession(ctx);
    return new IdentityRuntime({ defaultEnvironment: () => defaultEnvironmentOf(ctx) });
  });
}

function presetSandboxSession(ctx: CommandContext<any>): void {
  ensureDemoCertificate();
  const global = ctx.session.variables('Global');
  for (const [name, value] of Object.entries(sandboxSessionVariables())) {
    const current = global.lookup(name)?.value;
    if (current === undefined || current === null) global.define(name, value);
  }
}

function categoryOf(error: IdentityError): ErrorCategory {
  return (ERROR_CATEGORIES as readonly string[]).includes(error.category ?? '') ? (error.category as ErrorCategory) : 'NotSpecified';
}

/** The error record for an identity error; `errorId` empty gives the bare FullyQualifiedErrorId of the cmdlet. */
export function identityErrorRecord(ctx: CommandContext<any>, error: IdentityError, errorId = '', target: unknown = null): ErrorRecord {
  return ctx.newError(errorId, error.message, categoryOf(error), target, error.exceptionType);
}

/** Runs `action`; identity errors become the cmdlet's error. Errors the real cmdlet raises with
 * ThrowTerminatingError (ids are new GUIDs there) and errors it lets escape ProcessRecord (`escapes`: the id is the
 * exception's type, the category NotSpecified) stop the statement; the others are written. Returns undefined when a
 * non-terminating error was written. */
export function withIdentityErrors<T>(ctx: CommandContext<any>, action: () => T, options: { escapes?: boolean } = {}): T | undefined {
  try {
    return action();
  } catch (error) {
    if (!(error instanceof IdentityError)) throw error;
    if (options.escapes) {
      ctx.throwTerminatingError(ctx.newError(error.exceptionType, error.message, 'NotSpecified', null, error.exceptionType));
    }
    if (error.terminating) ctx.throwTerminatingError(identityErrorRecord(ctx, error, crypto.randomUUID()));
    ctx.writeError(identityErrorRecord(ctx, error));
    return undefined;
  }
}
