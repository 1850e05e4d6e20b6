// Command metadata for script functions and script blocks, built from the param block the same way pwsh builds
// it from attributes, so functions and TypeScript cmdlets share one binder.

import type * as A from '../../parser/ast';
import type { CommandDefinition, ParameterDefinition, ParameterSetMembership, ValidationRule } from '../command-types';

/** Evaluates a constant attribute argument (numbers, strings, $true/$false/$null, arrays, negation). */
export function constantValue(e: A.ExpressionAst): unknown {
  switch (e.type) {
    case 'ConstantExpressionAst':
      return e.value;
    case 'StringConstantExpressionAst':
      return e.value;
    case 'ExpandableStringExpressionAst':
      return e.value;
    case 'VariableExpressionAst': {
      const n = e.variablePath.unqualifiedPath.toLowerCase();
      return n === 'true' ? true : n === 'false' ? false : null;
    }
    case 'ArrayLiteralAst':
      return e.elements.map(constantValue);
    case 'UnaryExpressionAst':
      if (e.tokenKind === 'Minus') return -(constantValue(e.child) as number);
      return constantValue(e.child);
    case 'ParenExpressionAst': {
      const p = e.pipeline;
      if (p.type === 'PipelineAst' && p.pipelineElements[0]?.type === 'CommandExpressionAst') return constantValue(p.pipelineElements[0].expression);
      return null;
    }
    case 'ArrayExpressionAst':
      return e.subExpression.statements.flatMap((s) =>
        s.type === 'PipelineAst' && s.pipelineElements[0]?.type === 'CommandExpressionAst' ? [constantValue(s.pipelineElements[0].expression)].flat() : [],
      );
    default:
      return null;
  }
}

function attrName(a: A.AttributeAst): string {
  return a.typeName.fullName.toLowerCase().replace(/^system\.management\.automation\./, '').replace(/attribute$/, '');
}

function named(a: A.AttributeAst, name: string): unknown {
  const n = a.namedArguments.find((x) => x.argumentName.toLowerCase() === name.toLowerCase());
  if (!n) return undefined;
  return n.expressionOmitted ? true : constantValue(n.argument);
}

function flag(a: A.AttributeAst, name: string): boolean {
  const v = named(a, name);
  return v === true || v === 1;
}

function strs(v: unknown): string[] {
  return (Array.isArray(v) ? v : [v]).map(String);
}

export interface ScriptParameterInfo {
  definition: CommandDefinition;
  isAdvanced: boolean;
  /** Parameters with their default value expressions and [ValidateScript] blocks (for the invoker). */
  parameters: Array<{ name: string; ast: A.ParameterAst; typeName?: string; validateScripts: A.ScriptBlockExpressionAst[] }>;
}

/** Builds a command definition from parameters and the param block's attributes. */
export function definitionFromParameters(
  name: string,
  parameters: A.ParameterAst[],
  blockAttributes: A.AttributeAst[],
): ScriptParameterInfo {
  const cmdletBinding = blockAttributes.find((a) => attrName(a) === 'cmdletbinding');
  let isAdvanced = !!cmdletBinding;
  const positionalBinding = cmdletBinding ? named(cmdletBinding, 'PositionalBinding') !== false : true;
  const defs: ParameterDefinition[] = [];
  const infos: ScriptParameterInfo['parameters'] = [];
  let nextPosition = 0;
  for (const p of parameters) {
    const pname = p.name.variablePath.unqualifiedPath;
    let typeName: string | undefined;
    const aliases: string[] = [];
    const validation: ValidationRule[] = [];
    const sets: ParameterSetMembership[] = [];
    const validateScripts: A.ScriptBlockExpressionAst[] = [];
    let allowNull = false;
    let allowEmptyString = false;
    for (const attr of p.attributes) {
      if (attr.type === 'TypeConstraintAst') {
        typeName = attr.typeName.fullName;
        continue;
      }
      const an = attrName(attr);
      const pos = attr.positionalArguments.map(constantValue);
      switch (an) {
        case 'parameter': {
          isAdvanced = true;
          const position = named(attr, 'Position');
          sets.push({
            name: (named(attr, 'ParameterSetName') as string | undefined) ?? '__AllParameterSets',
            position: position === undefined || position === null ? undefined : Number(position),
            mandatory: flag(attr, 'Mandatory'),
            valueFromPipeline: flag(attr, 'ValueFromPipeline'),
            valueFromPipelineByPropertyName: flag(attr, 'ValueFromPipelineByPropertyName'),
            valueFromRemainingArguments: flag(attr, 'ValueFromRemainingArguments'),
            helpMessage: named(attr, 'HelpMessage') as string | undefined,
          });
          break;
        }
        case 'alias':
          aliases.push(...pos.flatMap(strs));
          break;
        case 'validateset':
          validation.push({ kind: 'Set', values: pos.flatMap(strs), ignoreCase: named(attr, 'IgnoreCase') !== false });
          break;
        case 'validatenotnullorempty':
          validation.push({ kind: 'NotNullOrEmpty' });
          break;
        case 'validatenotnull':
          validation.push({ kind: 'NotNull' });
          break;
        case 'validaterange':
          validation.push({ kind: 'Range', min: Number(pos[0]), max: Number(pos[1]) });
          break;
        case 'validatepattern':
          validation.push({ kind: 'Pattern', pattern: String(pos[0]) });
          break;
        case 'validatecount':
          validation.push({ kind: 'Count', min: Number(pos[0]), max: Number(pos[1]) });
          break;
        case 'validatelength':
          validation.push({ kind: 'Length', min: Number(pos[0]), max: Number(pos[1]) });
          break;
        case 'validatescript':
          if (attr.positionalArguments[0]?.type === 'ScriptBlockExpressionAst') validateScripts.push(attr.positionalArguments[0]);
          break;
        case 'allownull':
          allowNull = true;
          break;
        case 'allowemptystring':
          allowEmptyString = true;
          break;
      }
    }
    // pwsh numbers unpositioned parameters in declaration order (PositionalBinding), across all sets.
    if (positionalBinding) {
      if (sets.length === 0) sets.push({ name: '__AllParameterSets' });
      for (const s of sets) if (s.position === undefined && !isSwitch(typeName)) s.position = nextPosition;
      if (!isSwitch(typeName)) nextPosition++;
    }
    defs.push({ name: pname, type: typeName ?? 'object', aliases, sets: sets.length ? sets : undefined, validation, allowNull, allowEmptyString });
    infos.push({ name: pname, ast: p, typeName, validateScripts });
  }
  const definition: CommandDefinition = {
    name,
    module: '',
    parameters: defs,
    defaultParameterSet: cmdletBinding ? (named(cmdletBinding, 'DefaultParameterSetName') as string | undefined) : undefined,
    supportsCommonParameters: isAdvanced,
    supportsShouldProcess: cmdletBinding ? flag(cmdletBinding, 'SupportsShouldProcess') : false,
  };
  return { definition, isAdvanced, parameters: infos };
}

function isSwitch(t: string | undefined): boolean {
  return !!t && (t.toLowerCase() === 'switch' || t.toLowerCase().endsWith('switchparameter'));
}
