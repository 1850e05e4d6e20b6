// Variables the input itself defines before the cursor, which pwsh completes before the script has run (recorded
// from pwsh 7.6.9): assignments (`$a = 1; $a<Tab>`, typed when the value is a constant), parameters (typed by
// their [type], else [Object]) and foreach variables (untyped). A variable that is only read is not offered.

import type { Token } from './input';

export interface InputVariable {
  name: string;
  /** .NET type name for the tooltip, when pwsh infers one. */
  typeName?: string;
}

/** The type pwsh infers for a constant right-hand side, or undefined. */
function constantType(tokens: Token[], at: number): string | undefined {
  const value = tokens[at];
  const after = tokens[at + 1];
  const ends = !after || (after.kind === 'operator' && [';', '\n', '|', ')', '}'].includes(after.text));
  if (!value) return undefined;
  if (value.text === '@(') return 'System.Object[]';
  if (value.text === '@{') return 'System.Collections.Hashtable';
  if (!ends) return undefined;
  if (value.kind === 'string') return 'System.String';
  if (value.kind === 'word' && /^\d+$/.test(value.text)) return 'System.Int32';
  if (value.kind === 'word' && /^\d*\.\d+$/.test(value.text)) return 'System.Double';
  return undefined;
}

function nameOf(token: Token): string {
  return token.text.replace(/^\$\{?/, '').replace(/}$/, '');
}

export function variablesFromInput(tokens: Token[]): InputVariable[] {
  const found = new Map<string, InputVariable>();
  const add = (v: InputVariable) => {
    if (!found.has(v.name.toLowerCase())) found.set(v.name.toLowerCase(), v);
  };
  let paramDepth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'word' && t.text.toLowerCase() === 'param' && tokens[i + 1]?.text === '(') {
      paramDepth = 1;
      i++;
      continue;
    }
    if (paramDepth > 0 && t.kind === 'operator') {
      if (t.text === '(' || t.text === '@(') paramDepth++;
      else if (t.text === ')') paramDepth--;
    }
    if (t.kind !== 'variable' || !t.text.startsWith('$')) continue;
    const prev = tokens[i - 1];
    if (paramDepth === 1) {
      const typeName = prev?.kind === 'type' && prev.end === t.start ? prev.text.slice(1, -1) : 'System.Object';
      add({ name: nameOf(t), typeName });
    } else if (tokens[i + 1]?.text === '=') {
      add({ name: nameOf(t), typeName: constantType(tokens, i + 2) });
    } else if (prev?.text === '(' && tokens[i - 2]?.text.toLowerCase() === 'foreach' && tokens[i + 1]?.text.toLowerCase() === 'in') {
      add({ name: nameOf(t) });
    }
  }
  return [...found.values()];
}
