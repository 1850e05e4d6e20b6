// Command arguments: each CommandAst element becomes an argument closure; splatting (@hash, @array) expands at
// run time into named or positional arguments marked fromSplat (explicit arguments win).

import type * as A from '../../parser/ast';
import { Hashtable, AutomationNull, enumerateValue, isNull, toDisplayString } from '../values';
import { compileExpression } from '../compiler/expressions';
import { compileVariableRead } from '../compiler/variables';
import type { CommandArgument } from '../binder/bind';
import type { ExecContext } from '../compiler/context';
import { toStr } from '../convert';

export type ArgumentsFn = (ctx: ExecContext) => CommandArgument[];

/** The text pwsh shows for an argument in errors (its source text for barewords, else its value). */
function valueText(v: unknown): string {
  return toDisplayString(v);
}

export function compileArguments(elements: A.CommandElementAst[]): ArgumentsFn {
  const parts: Array<(ctx: ExecContext, out: CommandArgument[]) => void> = [];
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    if (el.type === 'CommandParameterAst') {
      const name = el.parameterName;
      const text = '-' + name + (el.hasColon ? ':' : '');
      if (el.argument) {
        const value = compileExpression(el.argument);
        parts.push((ctx, out) => out.push({ kind: 'parameter', name, text, hasValue: true, value: nn(value(ctx)), extent: el.extent }));
      } else if (el.hasColon && i + 1 < elements.length && elements[i + 1].type !== 'CommandParameterAst') {
        const value = compileExpression(elements[++i] as A.ExpressionAst);
        parts.push((ctx, out) => out.push({ kind: 'parameter', name, text, hasValue: true, value: nn(value(ctx)), extent: el.extent }));
      } else {
        parts.push((_ctx, out) => out.push({ kind: 'parameter', name, text, hasValue: false, extent: el.extent }));
      }
      continue;
    }
    if (el.type === 'VariableExpressionAst' && el.splatted) {
      const read = compileVariableRead(el.variablePath);
      parts.push((ctx, out) => splat(read(ctx), out, el.extent));
      continue;
    }
    const value = compileExpression(el);
    const bare = el.type === 'StringConstantExpressionAst' && el.stringConstantType === 'BareWord' ? el.value : undefined;
    parts.push((ctx, out) => {
      const v = nn(value(ctx));
      out.push({ kind: 'value', value: v, text: bare ?? valueText(v), extent: el.extent });
    });
  }
  return (ctx) => {
    const out: CommandArgument[] = [];
    for (const p of parts) p(ctx, out);
    return out;
  };
}

function nn(v: unknown): unknown {
  return v === AutomationNull ? null : v;
}

function splat(v: unknown, out: CommandArgument[], extent: unknown): void {
  if (v instanceof Hashtable) {
    for (const k of v.keys()) {
      const name = toStr(k);
      out.push({ kind: 'parameter', name, text: '-' + name + ':', hasValue: true, value: v.get(k), fromSplat: true, extent });
    }
    return;
  }
  if (isNull(v)) {
    out.push({ kind: 'value', value: null, fromSplat: true, extent });
    return;
  }
  const items = enumerateValue(v);
  for (const x of items ?? [v]) out.push({ kind: 'value', value: x, text: valueText(x), fromSplat: true, extent });
}
