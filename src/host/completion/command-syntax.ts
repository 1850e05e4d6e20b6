// A command's syntax as Get-Command -Syntax prints it, one line per parameter set (the default set first): the
// ToolTip of a command completion. In each line: positional parameters by position, then the mandatory named
// ones, then the optional ones, `[-WhatIf] [-Confirm]`, the parameters the current location's provider adds,
// and `[<CommonParameters>]` (compared with pwsh 7.6.9's tooltips for the cmdlets psnode has).

import type { CommandDefinition, ParameterDefinition, ParameterSetMembership } from '../../runtime/command-types';
import { ALL_SETS, binderMetadata } from '../../runtime/binder/metadata';
import { orderedParameters } from './parameter-order';
import { shortTypeName } from './type-names';

interface SyntaxParameter {
  name: string;
  type: string;
  sets: ParameterSetMembership[];
}

interface SetEntry {
  name: string;
  type: string;
  isSwitch: boolean;
  position?: number;
  mandatory: boolean;
}

const isSwitchType = (type: string) => /^(switch|System\.Management\.Automation\.SwitchParameter)$/i.test(type);

function membershipOf(p: ParameterDefinition): ParameterSetMembership[] {
  return p.sets && p.sets.length ? p.sets : [{ name: ALL_SETS, position: p.position, mandatory: p.mandatory }];
}

function entriesFor(parameters: SyntaxParameter[], setName: string): SetEntry[] {
  const out: SetEntry[] = [];
  for (const p of parameters) {
    const membership = p.sets.find((s) => s.name === setName) ?? p.sets.find((s) => s.name === ALL_SETS);
    if (membership) out.push({ name: p.name, type: p.type, isSwitch: isSwitchType(p.type), position: membership.position, mandatory: !!membership.mandatory });
  }
  return out;
}

function render(e: SetEntry): string {
  const name = `-${e.name}`;
  if (e.isSwitch) return e.mandatory ? name : `[${name}]`;
  const type = `<${shortTypeName(e.type)}>`;
  if (e.position !== undefined) return e.mandatory ? `[${name}] ${type}` : `[[${name}] ${type}]`;
  return e.mandatory ? `${name} ${type}` : `[${name} ${type}]`;
}

/** Positional first (by position), then mandatory named, then optional named. */
function arrange(entries: SetEntry[]): SetEntry[] {
  const positional = entries.filter((e) => e.position !== undefined && !e.isSwitch).sort((a, b) => a.position! - b.position!);
  const named = entries.filter((e) => !positional.includes(e));
  return [...positional, ...named.filter((e) => e.mandatory), ...named.filter((e) => !e.mandatory)];
}

/** '\n' + one line per set, sets separated by a blank line, + '\n' (as pwsh's command tooltip). */
export function commandSyntax(def: CommandDefinition, dynamicParameters: ParameterDefinition[] = []): string {
  const meta = binderMetadata(def, true);
  const { own, shouldProcess, dynamic } = orderedParameters(def, dynamicParameters);
  const ownParameters = own.map((p) => ({ name: p.name, type: p.type, sets: p.sets }));
  const dynamicEntries = dynamic.map((p) => ({ name: p.name, type: p.type, sets: membershipOf(p) }));
  const named = meta.setNames.length ? [meta.defaultSet, ...meta.setNames.filter((s) => s !== meta.defaultSet)] : [];
  const sets = named.filter((s) => s !== ALL_SETS);
  const lines = (sets.length ? sets : [ALL_SETS]).map((set) => {
    const parts = arrange(entriesFor(ownParameters, set)).map(render);
    if (shouldProcess.length) parts.push(...shouldProcess.map((p) => `[-${p.name}]`));
    parts.push(...arrange(entriesFor(dynamicEntries, set)).map(render));
    if (def.supportsCommonParameters) parts.push('[<CommonParameters>]');
    return `${def.name} ${parts.join(' ')}`;
  });
  return `\n${lines.join('\n\n')}\n`;
}
