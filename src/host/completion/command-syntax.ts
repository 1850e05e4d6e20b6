// A command's syntax as Get-Command -Syntax prints it, one line per parameter set (the default set first): the
// ToolTip of a command completion. Positional parameters come first by position, then the mandatory named ones,
// then the optional ones; `[-WhatIf] [-Confirm]` and `[<CommonParameters>]` close each line.

import type { CommandDefinition } from '../../runtime/command-types';
import { ALL_SETS, binderMetadata, BinderParameter } from '../../runtime/binder/metadata';
import { shortTypeName } from './type-names';

interface SetEntry {
  parameter: BinderParameter;
  position?: number;
  mandatory: boolean;
}

function entriesFor(parameters: BinderParameter[], setName: string): SetEntry[] {
  const out: SetEntry[] = [];
  for (const parameter of parameters) {
    if (parameter.isCommon || parameter.def.dontShow) continue;
    const membership = parameter.sets.find((s) => s.name === setName) ?? parameter.sets.find((s) => s.name === ALL_SETS);
    if (membership) out.push({ parameter, position: membership.position, mandatory: !!membership.mandatory });
  }
  return out;
}

function render(e: SetEntry): string {
  const name = `-${e.parameter.name}`;
  if (e.parameter.isSwitch) return e.mandatory ? name : `[${name}]`;
  const type = `<${shortTypeName(e.parameter.type)}>`;
  if (e.position !== undefined) return e.mandatory ? `[${name}] ${type}` : `[[${name}] ${type}]`;
  return e.mandatory ? `${name} ${type}` : `[${name} ${type}]`;
}

function line(def: CommandDefinition, entries: SetEntry[]): string {
  const positional = entries.filter((e) => e.position !== undefined && !e.parameter.isSwitch).sort((a, b) => a.position! - b.position!);
  const named = entries.filter((e) => !positional.includes(e));
  const ordered = [...positional, ...named.filter((e) => e.mandatory), ...named.filter((e) => !e.mandatory)];
  const parts = ordered.map(render);
  if (def.supportsShouldProcess) parts.push('[-WhatIf]', '[-Confirm]');
  if (def.supportsCommonParameters) parts.push('[<CommonParameters>]');
  return `${def.name} ${parts.join(' ')}`;
}

/** '\n' + one line per set, sets separated by a blank line, + '\n' (as pwsh's command tooltip). */
export function commandSyntax(def: CommandDefinition): string {
  const meta = binderMetadata(def, true);
  const sets = meta.setNames.length ? [meta.defaultSet, ...meta.setNames.filter((s) => s !== meta.defaultSet)].filter((s) => s !== ALL_SETS) : [ALL_SETS];
  const lines = (sets.length ? sets : [ALL_SETS]).map((s) => line(def, entriesFor(meta.parameters, s)));
  return `\n${lines.join('\n\n')}\n`;
}
