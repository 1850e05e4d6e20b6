// Variable completion: `$name`, `${name`, `@name` (splatting), `$scope:name` (global, script, local, private,
// variable) from the variables visible where completion runs, then the drives (`$Temp:`) and scope prefixes
// (`$Global:`) the name could start, and `$env:NAME` from the environment. ToolTip as pwsh: '[type]$name', then
// ' - description' when the variable has one; just the name for a $null value or an environment variable.

import type { SessionHandle } from '../../runtime/command-types';
import { isNull, typeNameOf } from '../../runtime/values';
import { CompletionResult } from './results';
import { shortTypeName } from './type-names';
import { prefixPattern } from './matching';
import { compareOrdinalIgnoreCase, sortByName } from './ordering';
import { CompletionMsg } from './messages';
import { providerState, Ctx } from '../../providers/cmdlet-support';
import type { InputVariable } from './script-variables';

const SCOPES = new Set(['global', 'script', 'local', 'private', 'variable']);

/** `$name` when the name is plain, else `${name}` (pwsh writes `$$` as `${$}`). */
function variableText(name: string): string {
  return /^(\w+|\?|\^)$/.test(name) ? `$${name}` : `\${${name}}`;
}

function toolTip(name: string, value: unknown, description: string): string {
  if (isNull(value)) return name;
  const typeName = typeNameOf(value);
  const head = typeName ? `[${shortTypeName(typeName)}]$${name}` : name;
  return description ? `${head} - ${description}` : head;
}

function environmentNames(pattern: RegExp): string[] {
  return sortByName(Object.keys(process.env).filter((n) => pattern.test(n)), (n) => n);
}

interface ListedVariable {
  name: string;
  value: unknown;
  description: string;
  /** A variable the input defines but the session does not have yet, with the type pwsh infers, if any. */
  defined?: { typeName?: string };
}

/** $true, $false and $null are variables in pwsh (psnode's parser reads them as constants): listed like them. */
const CONSTANTS: ListedVariable[] = [
  { name: 'true', value: true, description: CompletionMsg.TrueDescription },
  { name: 'false', value: false, description: CompletionMsg.FalseDescription },
  { name: 'null', value: null, description: CompletionMsg.NullDescription },
];

function toolTipFor(v: ListedVariable): string {
  if (v.defined) return v.defined.typeName ? `[${shortTypeName(v.defined.typeName)}]$${v.name}` : v.name;
  // pwsh shows $null as 'null - <description>': no type, but the description.
  if (isNull(v.value) && v.description) return `${v.name} - ${v.description}`;
  return toolTip(v.name, v.value, v.description);
}

/** The scope prefixes pwsh offers after the drives, in its order. */
const SCOPE_PREFIXES = ['Global', 'Local', 'Script', 'Private', 'Using'];

/** `$Temp:`-style completions for the drives whose names match (variable notation reads items through them). */
function driveQualifiers(pattern: RegExp, braced: boolean, session: SessionHandle): CompletionResult[] {
  const drives = providerState({ session } as Ctx).drives().filter((d) => /^\w+$/.test(d.name) && pattern.test(d.name));
  return drives.map((d) => new CompletionResult(braced ? `\${${d.name}:}` : `$${d.name}:`, d.name, 'Variable', d.description));
}

function scopeQualifiers(pattern: RegExp): CompletionResult[] {
  return SCOPE_PREFIXES.filter((s) => pattern.test(s)).map((s) => new CompletionResult(`$${s}:`, `${s}:`, 'Variable', `${s}:`));
}

/** A variable the input defines: typed as pwsh infers it, else shown by name only. */
function fromInput(v: InputVariable): ListedVariable {
  return { name: v.name, value: null, description: '', defined: { typeName: v.typeName } };
}

/** Completes a variable token's text (with its '$', or '@' for a splat); `defined` are the input's own variables. */
export function completeVariable(text: string, session: SessionHandle, defined: InputVariable[] = []): CompletionResult[] {
  const sigil = text[0];
  const braced = text.startsWith('${');
  const body = text.slice(braced ? 2 : 1).replace(/}$/, '');
  const colon = body.indexOf(':');
  const qualifier = colon >= 0 ? body.slice(0, colon) : undefined;
  const pattern = prefixPattern(colon >= 0 ? body.slice(colon + 1) : body);
  if (qualifier !== undefined && qualifier.toLowerCase() === 'env') {
    return environmentNames(pattern).map((n) => new CompletionResult(`$${qualifier}:${n}`, n, 'Variable', n));
  }
  if (qualifier !== undefined && !SCOPES.has(qualifier.toLowerCase())) return [];
  // pwsh offers every variable visible here whatever the scope qualifier says ($global:x for a script's $x).
  const visible: ListedVariable[] = session.variables().visible();
  const names = new Set(visible.map((v) => v.name.toLowerCase()));
  const own = defined.filter((v) => !names.has(v.name.toLowerCase())).map(fromInput);
  const all = [...visible, ...own, ...CONSTANTS.filter((c) => !names.has(c.name))];
  const matches = sortByName(all.filter((v) => pattern.test(v.name)), (v) => v.name, compareOrdinalIgnoreCase);
  const variables = matches.map((v) => {
    const completion = braced ? `\${${qualifier !== undefined ? qualifier + ':' : ''}${v.name}}` : qualifier !== undefined ? `$${qualifier}:${v.name}` : variableText(v.name);
    return new CompletionResult(sigil === '@' ? '@' + completion.slice(1) : completion, v.name, 'Variable', toolTipFor(v));
  });
  if (qualifier !== undefined || sigil === '@') return variables;
  return [...variables, ...driveQualifiers(pattern, braced, session), ...(braced ? [] : scopeQualifiers(pattern))];
}
