// The order pwsh lists a command's parameters in, for both parameter completion and the syntax tooltip
// (compared with pwsh 7.6.9 over the cmdlets psnode has): the command's own parameters as declared, then -WhatIf
// and -Confirm, then the parameters its provider adds for the path (dynamic), then the common parameters.

import type { CommandDefinition, ParameterDefinition } from '../../runtime/command-types';
import { binderMetadata, BinderParameter } from '../../runtime/binder/metadata';

const SHOULD_PROCESS = new Set(['whatif', 'confirm']);

export interface OrderedParameters {
  own: BinderParameter[];
  shouldProcess: BinderParameter[];
  dynamic: ParameterDefinition[];
  common: BinderParameter[];
}

export function orderedParameters(def: CommandDefinition, dynamic: ParameterDefinition[]): OrderedParameters {
  const meta = binderMetadata(def, true);
  const own = meta.parameters.filter((p) => !p.isCommon && !p.def.dontShow);
  const known = new Set(meta.parameters.map((p) => p.name.toLowerCase()));
  return {
    own,
    shouldProcess: meta.parameters.filter((p) => p.isCommon && SHOULD_PROCESS.has(p.name.toLowerCase())),
    dynamic: dynamic.filter((p) => !known.has(p.name.toLowerCase()) && !p.dontShow),
    common: meta.parameters.filter((p) => p.isCommon && !SHOULD_PROCESS.has(p.name.toLowerCase())),
  };
}
