// TabExpansion2: what a host calls to complete input (in pwsh a global function over CommandCompletion.CompleteInput;
// here a command with the same script-input parameter set). The completion engine lives in the host
// (src/host/completion), which registers it as the session's 'completion' service; it loads on first use.

import type { CommandDefinition, SessionHandle } from '../../src/runtime/command-types';
import { PSError } from '../../src/runtime/values';

/** What this command needs from the host (src/host/runspace.ts provides it). */
export interface CompletionService {
  complete(input: string, cursor: number, session: SessionHandle): unknown;
}

interface Params {
  inputScript: string;
  cursorColumn?: number;
  options?: unknown;
}

const TabExpansion2: CommandDefinition<Params> = {
  name: 'TabExpansion2',
  module: 'Microsoft.PowerShell.Core',
  defaultParameterSet: 'ScriptInputSet',
  supportsCommonParameters: true,
  outputType: ['System.Management.Automation.CommandCompletion'],
  parameters: [
    { name: 'inputScript', type: 'System.String', sets: [{ name: 'ScriptInputSet', mandatory: true, position: 0 }], allowEmptyString: true },
    { name: 'cursorColumn', type: 'System.Int32', sets: [{ name: 'ScriptInputSet', position: 1 }] },
    { name: 'options', type: 'System.Collections.Hashtable', sets: [{ name: 'ScriptInputSet', position: 2 }] },
  ],
  end(ctx) {
    const input = ctx.params.inputScript ?? '';
    const cursor = ctx.params.cursorColumn ?? input.length;
    const service = ctx.session.service<CompletionService | undefined>('completion', () => undefined);
    if (!service) return;
    try {
      ctx.writeObject(service.complete(input, cursor, ctx.session));
    } catch (e) {
      if (!(e instanceof PSError)) throw e;
      // The engine's argument error surfaces as this command's (pwsh: 'PSArgumentException,TabExpansion2').
      const r = e.record;
      ctx.throwTerminatingError(ctx.newError(r.errorId, r.exception.message, r.categoryInfo.category, cursor, r.exception.typeName));
    }
  },
};

export default TabExpansion2;
