// `[ValidateRange(0, 10)][int]$n = 5`: a variable with validation attributes. The first assignment checks the value
// against them ("The attribute cannot be added ..."); the variable keeps them and checks every later assignment
// ("The variable cannot be validated ..."), with the binder's own checks (binder/validation.ts).

import type * as A from '../../parser/ast';
import type { ExecContext, Expr } from './context';
import { variableAttributes } from '../binder/from-ast';
import { ruleFailure } from '../binder/validation';
import type { ValidationRule } from '../command-types';
import { AutomationNull, ScriptBlock, toDisplayString } from '../values';
import { convertTo, toBool } from '../convert';
import { runtimeError } from '../error-factory';
import { Msg, fmt } from '../messages';
import { resolveTypeName } from '../types/resolver';
import { compileExpression } from './expressions';
import { assignVariable, compileVariableRead, variableForUpdate } from './variables';

interface Reference {
  get(ctx: ExecContext): unknown;
  set(ctx: ExecContext, value: unknown): void;
}

/** The attributes, type constraint and variable of an attributed assignment target (undefined: not a variable). */
function unwrap(ast: A.AttributedExpressionAst): { attributes: A.AttributeAst[]; typeName?: string; variable: A.VariableExpressionAst } | undefined {
  const attributes: A.AttributeAst[] = [];
  let typeName: string | undefined;
  let e: A.ExpressionAst = ast;
  for (;;) {
    if (e.type === 'AttributedExpressionAst') {
      attributes.push(e.attribute);
      e = e.child;
    } else if (e.type === 'ConvertExpressionAst') {
      typeName ??= e.typeConstraint.typeName.fullName;
      e = e.child;
    } else break;
  }
  return e.type === 'VariableExpressionAst' ? { attributes, typeName, variable: e } : undefined;
}

function metadataError(message: string) {
  return runtimeError('ValidateSetFailure', message, 'MetadataError', 'System.Management.Automation.ValidationMetadataException');
}

/** Whether the value passes every rule and validation script (a script that throws stops the assignment). */
function passes(rules: ValidationRule[], scripts: ScriptBlock[], value: unknown, typeName: string): boolean {
  if (rules.some((r) => ruleFailure(r, value, typeName) !== undefined)) return false;
  return scripts.every((sb) => sb.invoke([], value).some((x) => toBool(x)));
}

/** The reference an attributed variable assignment writes through. */
export function compileAttributedReference(ast: A.AttributedExpressionAst): Reference | undefined {
  const target = unwrap(ast);
  if (!target) return undefined;
  const { rules, unknown } = variableAttributes(target.attributes);
  const scriptExprs = target.attributes
    .filter((a) => /^(system\.management\.automation\.)?validatescript(attribute)?$/i.test(a.typeName.fullName) && a.positionalArguments[0])
    .map((a) => compileExpression(a.positionalArguments[0]));
  const path = target.variable.variablePath;
  const name = path.unqualifiedPath;
  const declared = target.typeName ?? 'object';
  return {
    get: compileVariableRead(path),
    set: (ctx, raw) => {
      if (unknown.length) {
        const err = runtimeError('CustomAttributeTypeNotFound', fmt(Msg.CustomAttributeTypeNotFound, unknown[0].typeName.fullName), 'InvalidOperation');
        throw ctx.engine.attachInvocation(ctx, err, unknown[0].extent);
      }
      const typeName = target.typeName ? resolveTypeName(target.typeName).fullName : undefined;
      const scripts = scriptExprs.map((e) => e(ctx) as ScriptBlock);
      let value = raw === AutomationNull ? null : raw;
      if (typeName) value = convertTo(value, typeName);
      if (!passes(rules, scripts, value, declared)) throw metadataError(fmt(Msg.ValidateVariableFailure, name, toDisplayString(value)));
      // The new attributes replace the old ones, which must not judge this value.
      const previous = path.scope ? variableForUpdate(ctx, path) : ctx.scope.vars.get(name.toLowerCase());
      if (previous) previous.validate = undefined;
      assignVariable(ctx, path, value, typeName);
      const variable = path.scope ? variableForUpdate(ctx, path) : ctx.scope.vars.get(name.toLowerCase());
      if (!variable) return;
      variable.validate = (v) => {
        if (!passes(rules, scripts, v, declared)) throw metadataError(fmt(Msg.InvalidValueFailure, name, v === null ? '$null' : toDisplayString(v)));
        return v;
      };
    },
  };
}
