// $PSCmdlet in an advanced function: the parameter set, the invocation, the output and message streams, errors,
// and ShouldProcess/ShouldContinue answered by the same rules as a cmdlet's.

import { registerType, ErrorRecord, PSError } from '../values';
import { runtimeError } from '../error-factory';
import { Msg, fmt } from '../messages';
import { toStr } from '../convert';
import type { ExecContext } from '../compiler/context';
import type { BindState } from '../binder/bind';
import type { CommandDefinition } from '../command-types';
import { shouldProcess, shouldProcessSettings, operationDescription, promptRefused } from './should-process';

export class PSCmdletInfo {
  constructor(
    public ParameterSetName: string,
    readonly state: BindState,
    readonly ctx: ExecContext,
    readonly command: CommandDefinition,
  ) {}

  shouldProcess(description: string): boolean {
    return shouldProcess(this.ctx, shouldProcessSettings(this.ctx, this.state, this.command), description);
  }

  /** Writes on a message stream when its preference variable ($VerbosePreference, ...) says Continue. */
  writeMessage(kind: 'verbose' | 'warning' | 'debug', text: string): void {
    const preference = this.ctx.scope.lookup(`${kind}preference`)?.value;
    const shown = preference == null ? kind === 'warning' : toStr(preference).toLowerCase() === 'continue';
    if (shown) this.ctx.streams[kind](text);
  }
}

const cmdlet = (v: unknown) => v as PSCmdletInfo;

/** A method whose overloads take the given argument counts (pwsh's MethodException for any other count). */
function counted(name: string, counts: number[], invoke: (c: PSCmdletInfo, args: unknown[]) => unknown) {
  return {
    name,
    invoke: (c: unknown, args: unknown[]) => {
      if (!counts.includes(args.length)) {
        throw runtimeError('MethodCountCouldNotFindBest', fmt(Msg.MethodArgumentCountException, name, args.length), 'NotSpecified', 'System.Management.Automation.MethodException');
      }
      return invoke(cmdlet(c), args);
    },
  };
}

registerType({
  fullName: 'System.Management.Automation.PSScriptCmdlet',
  baseTypes: ['System.Management.Automation.PSCmdlet', 'System.Management.Automation.Cmdlet'],
  jsClass: PSCmdletInfo,
  properties: [
    { name: 'ParameterSetName', type: 'string', get: (c) => cmdlet(c).ParameterSetName },
    { name: 'MyInvocation', type: 'System.Management.Automation.InvocationInfo', get: (c) => cmdlet(c).ctx.scope.lookup('myinvocation')?.value ?? null },
    { name: 'SessionState', type: 'System.Management.Automation.SessionState', get: () => null },
  ],
  methods: [
    { name: 'WriteObject', invoke: (c, a) => void cmdlet(c).ctx.engine.activeSink?.(a[0]) },
    { name: 'WriteVerbose', invoke: (c, a) => cmdlet(c).writeMessage('verbose', toStr(a[0])) },
    { name: 'WriteWarning', invoke: (c, a) => cmdlet(c).writeMessage('warning', toStr(a[0])) },
    { name: 'WriteDebug', invoke: (c, a) => cmdlet(c).writeMessage('debug', toStr(a[0])) },
    { name: 'WriteError', invoke: (c, a) => void cmdlet(c).ctx.engine.writeNonTerminatingError(cmdlet(c).ctx, a[0] as ErrorRecord, 'continue') },
    { name: 'ThrowTerminatingError', invoke: (_c, a) => { throw new PSError(a[0] as ErrorRecord); } },
    counted('ShouldProcess', [1, 2, 3], (c, a) => {
      const s = a.map((x) => toStr(x ?? ''));
      return c.shouldProcess(a.length === 3 ? s[0] : operationDescription(a.length === 2 ? s[1] : c.command.name, s[0]));
    }),
    counted('ShouldContinue', [2, 4, 5], () => { throw promptRefused(); }),
  ],
});
