// Binder metadata: a CommandDefinition normalised for binding (each parameter's set memberships, common
// parameters appended for cmdlets and advanced functions).

import type { CommandDefinition, ParameterDefinition, ParameterSetMembership } from '../command-types';
import { canonicalTypeName } from '../convert';

export const ALL_SETS = '__AllParameterSets';

export interface BinderParameter {
  name: string;
  /** The name in lower case (the key of BindState.bound). */
  key: string;
  type: string;
  aliases: string[];
  sets: ParameterSetMembership[];
  def: ParameterDefinition;
  isSwitch: boolean;
  isCommon: boolean;
  /** canonicalTypeName(type), worked out on first use (see canonicalTypeOf). */
  canonicalType?: string;
}

export interface BinderMetadata {
  command: CommandDefinition;
  parameters: BinderParameter[];
  /** Named sets declared by any parameter. */
  setNames: string[];
  defaultSet: string;
  /** Strict binding (cmdlets, advanced functions): unknown names are errors, no $args. */
  strict: boolean;
  /** The parameters mandatory in some set (the only ones the per-object mandatory check needs to look at). */
  mandatory: BinderParameter[];
  /** Parameters by lower-case name. */
  byKey: Map<string, BinderParameter>;
}

const COMMON: Array<[string, string, string[]]> = [
  ['Verbose', 'switch', ['vb']],
  ['Debug', 'switch', ['db']],
  ['ErrorAction', 'System.Management.Automation.ActionPreference', ['ea']],
  ['WarningAction', 'System.Management.Automation.ActionPreference', ['wa']],
  ['InformationAction', 'System.Management.Automation.ActionPreference', ['infa']],
  ['ProgressAction', 'System.Management.Automation.ActionPreference', ['proga']],
  ['ErrorVariable', 'string', ['ev']],
  ['WarningVariable', 'string', ['wv']],
  ['InformationVariable', 'string', ['iv']],
  ['OutVariable', 'string', ['ov']],
  ['OutBuffer', 'int', ['ob']],
  ['PipelineVariable', 'string', ['pv']],
];
const SHOULD_PROCESS: Array<[string, string, string[]]> = [
  ['WhatIf', 'switch', ['wi']],
  ['Confirm', 'switch', ['cf']],
];

export const COMMON_PARAMETER_NAMES = new Set([...COMMON, ...SHOULD_PROCESS].map(([n]) => n.toLowerCase()));

function membership(p: ParameterDefinition): ParameterSetMembership[] {
  if (p.sets && p.sets.length) return p.sets;
  return [{
    name: ALL_SETS,
    position: p.position,
    mandatory: p.mandatory,
    valueFromPipeline: p.valueFromPipeline,
    valueFromPipelineByPropertyName: p.valueFromPipelineByPropertyName,
    valueFromRemainingArguments: p.valueFromRemainingArguments,
    helpMessage: p.helpMessage,
  }];
}

/** The parameter's full type name, resolved once (pipeline binding asks for it per input object). */
export function canonicalTypeOf(p: BinderParameter): string {
  return (p.canonicalType ??= canonicalTypeName(p.type));
}

const cache = new WeakMap<CommandDefinition, BinderMetadata>();

export function binderMetadata(command: CommandDefinition, strict = true): BinderMetadata {
  const hit = cache.get(command);
  if (hit) return hit;
  const parameters: BinderParameter[] = command.parameters.map((def) => ({
    name: def.name,
    key: def.name.toLowerCase(),
    type: def.type,
    aliases: def.aliases ?? [],
    sets: membership(def),
    def,
    isSwitch: def.type.toLowerCase() === 'switch' || def.type === 'System.Management.Automation.SwitchParameter',
    isCommon: false,
  }));
  if (command.supportsCommonParameters !== false && strict) {
    const extra = command.supportsShouldProcess ? [...COMMON, ...SHOULD_PROCESS] : COMMON;
    for (const [name, type, aliases] of extra) {
      if (parameters.some((p) => p.name.toLowerCase() === name.toLowerCase())) continue;
      const def: ParameterDefinition = { name, type, aliases };
      parameters.push({ name, key: name.toLowerCase(), type, aliases, sets: membership(def), def, isSwitch: type === 'switch', isCommon: true });
    }
  }
  const declared = parameters.flatMap((p) => p.sets.map((s) => s.name));
  // The default set exists even when no parameter names it (New-Guid's 'Default').
  if (command.defaultParameterSet) declared.push(command.defaultParameterSet);
  const setNames = [...new Set(declared.filter((n) => n !== ALL_SETS))];
  const meta: BinderMetadata = {
    command,
    parameters,
    setNames,
    defaultSet: command.defaultParameterSet ?? ALL_SETS,
    strict,
    mandatory: parameters.filter((p) => p.sets.some((s) => s.mandatory)),
    byKey: new Map(parameters.map((p) => [p.key, p])),
  };
  cache.set(command, meta);
  return meta;
}
