// Command arguments: each CommandAst element becomes an argument closure; splatting (@hash, @array) expands at
// run time into named or positional arguments marked fromSplat (explicit arguments win).

import type * as A from '../../parser/ast';
import { Hashtable, AutomationNull, enumerateValue, isNull, toDisplayString } from '../values';
import { compileExpression } from '../compiler/expressions';
import { compileVariableRead } from '../compiler/variables';
import type { CommandArgument } from '../binder/bind';
import type { ExecContext } from '../compiler/context';
import { toStr } from '../convert';
import { extentText } from '../../parser/extent';

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
        // `-name: value` (a space after the colon) reaches a native command as two arguments
        const spaceAfter = el.argument.extent.start > el.extent.start + text.length;
        parts.push((ctx, out) => out.push({ kind: 'parameter', name, text, hasValue: true, value: nn(value(ctx)), extent: el.extent, spaceAfter }));
      } else if (el.hasColon && i + 1 < elements.length && elements[i + 1].type !== 'CommandParameterAst') {
        const next = elements[++i] as A.ExpressionAst;
        const value = compileExpression(next);
        const spaceAfter = next.extent.start > el.extent.end;
        parts.push((ctx, out) => out.push({ kind: 'parameter', name, text, hasValue: true, value: nn(value(ctx)), extent: el.extent, spaceAfter }));
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
    // What a native command needs to know of how the argument was written (quoting stops ~ expansion and globbing).
    const quoted = (el.type === 'StringConstantExpressionAst' || el.type === 'ExpandableStringExpressionAst') && el.stringConstantType !== 'BareWord';
    const written = el.type === 'ArrayLiteralAst' || el.type === 'ConstantExpressionAst' ? extentText(el.extent) : undefined;
    const arrayText = el.type === 'ArrayLiteralAst' ? written : undefined;
    const numberText = el.type === 'ConstantExpressionAst' && typeof (el as A.ConstantExpressionAst).value !== 'string' ? written : undefined;
    parts.push((ctx, out) => {
      const v = nn(value(ctx));
      out.push({ kind: 'value', value: v, text: bare ?? valueText(v), extent: el.extent, quoted, arrayText, numberText });
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
