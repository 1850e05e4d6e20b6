// A script function or filter as the session stores it: its compiled body plus the command metadata the binder
// reads (built from the param block).

import type { CommandDefinition } from '../command-types';
import type { ScriptBlock } from '../values';
import type { PSModuleInfo } from '../modules/module-info';

export interface CompiledFunction {
  name: string;
  isFilter: boolean;
  /** The body as a script block (its compiled form runs begin/process/end). */
  body: ScriptBlock;
  /** Parameter metadata built from the param block; undefined for a function with no parameters declared. */
  definition: CommandDefinition;
  /** [CmdletBinding()] or any [Parameter()] makes it advanced: common parameters, strict binding. */
  isAdvanced: boolean;
  /** The module whose session state the function was defined in (its calls run under the module scope). */
  module?: PSModuleInfo;
}
