// Runs a module-system step for a module cmdlet: a ModuleLoadError becomes the cmdlet's own error record.

import type { CommandContext } from '../../../src/runtime/command-types';
import { ModuleLoadError } from '../../../src/runtime/modules/session-modules';

export function reportLoadErrors<T>(ctx: CommandContext<any>, step: () => T): T | undefined {
  try {
    return step();
  } catch (e) {
    if (!(e instanceof ModuleLoadError)) throw e;
    ctx.writeError(ctx.newError(e.errorId, e.message, e.category, e.target, e.exceptionType));
    return undefined;
  }
}
