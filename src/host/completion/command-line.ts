// The arguments already typed for the command being completed, read from its tokens: which parameters are named
// (so completion does not offer them again) and the path it points at (for the provider's dynamic parameters).

import type { CommandDefinition, SessionHandle } from '../../runtime/command-types';
import type { Token } from './input';

export interface TypedArguments {
  /** Names as typed after '-' (without ':'), lower-cased. */
  named: string[];
  /** Value tokens given by name ('path' → 'Cert:\CurrentUser\My'), lower-cased names. */
  values: Map<string, string>;
  /** Positional value texts in order. */
  positional: string[];
}

/** The text a word or string token stands for (quotes removed, '' → '). */
export function tokenValue(token: Token): string {
  if (token.kind !== 'string') return token.text.replace(/`(.)/g, '$1');
  const q = token.quote!;
  const body = token.text.slice(1, token.text.length > 1 && token.text.endsWith(q) ? -1 : undefined);
  return q === "'" ? body.replace(/''/g, "'") : body.replace(/`(.)/g, '$1').replace(/""/g, '"');
}

/** The command a token list starts with, as its definition (aliases followed). */
export function commandDefinition(name: string, session: SessionHandle): CommandDefinition | undefined {
  let info = session.resolveCommand(name);
  for (let hops = 0; info && info.commandType === 'Alias' && hops < 8; hops++) info = session.resolveCommand(info.definition);
  return info?.command;
}

function isSwitchParameter(def: CommandDefinition | undefined, typed: string): boolean {
  const lower = typed.toLowerCase();
  const p = def?.parameters.find((x) => x.name.toLowerCase() === lower) ?? def?.parameters.find((x) => x.name.toLowerCase().startsWith(lower));
  return !!p && /^(switch|System\.Management\.Automation\.SwitchParameter)$/i.test(p.type);
}

/** Reads the arguments of command token `commandIndex`, skipping the token being completed. */
export function typedArguments(tokens: Token[], commandIndex: number, def: CommandDefinition | undefined, skip?: Token): TypedArguments {
  const out: TypedArguments = { named: [], values: new Map(), positional: [] };
  const own = tokens.filter((t, i) => i > commandIndex && t.command === commandIndex && t.start !== skip?.start && t.kind !== 'operator');
  for (let i = 0; i < own.length; i++) {
    const t = own[i];
    if (t.kind === 'parameter') {
      const name = t.text.slice(1).replace(/:$/, '').toLowerCase();
      out.named.push(name);
      const next = own[i + 1];
      const takesValue = t.text.endsWith(':') || !isSwitchParameter(def, name);
      if (takesValue && next && next.kind !== 'parameter') {
        out.values.set(name, tokenValue(next));
        i++;
      }
    } else if (t.kind === 'word' || t.kind === 'string') {
      out.positional.push(tokenValue(t));
    }
  }
  return out;
}
