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

/** The check a validation attribute makes (undefined for any other attribute). */
function validationRule(an: string, attr: A.AttributeAst, pos: unknown[]): ValidationRule | undefined {
  switch (an) {
    case 'validateset':
      return { kind: 'Set', values: pos.flatMap(strs), ignoreCase: named(attr, 'IgnoreCase') !== false };
    case 'validatenotnullorempty':
      return { kind: 'NotNullOrEmpty' };
    case 'validatenotnull':
      return { kind: 'NotNull' };
    case 'validaterange':
      return { kind: 'Range', min: Number(pos[0]), max: Number(pos[1]) };
    case 'validatepattern':
      return { kind: 'Pattern', pattern: String(pos[0]) };
    case 'validatecount':
      return { kind: 'Count', min: Number(pos[0]), max: Number(pos[1]) };
    case 'validatelength':
      return { kind: 'Length', min: Number(pos[0]), max: Number(pos[1]) };
  }
  return undefined;
}

/** Attributes on a variable (`[ValidateRange(0, 10)][int]$n`): their checks; unknown attribute names are returned
 * so that the caller can report them as pwsh does. */
export function variableAttributes(attrs: A.AttributeAst[]): { rules: ValidationRule[]; unknown: A.AttributeAst[] } {
  const rules: ValidationRule[] = [];
  const unknown: A.AttributeAst[] = [];
  for (const attr of attrs) {
    const an = attrName(attr);
    const rule = validationRule(an, attr, attr.positionalArguments.map(constantValue));
    if (rule) rules.push(rule);
    else if (!VARIABLE_ONLY_ATTRIBUTES.has(an)) unknown.push(attr);
  }
  return { rules, unknown };
}

/** Attributes a variable accepts that check nothing on their own. */
const VARIABLE_ONLY_ATTRIBUTES = new Set(['allownull', 'allowemptystring', 'allowemptycollection', 'validatescript']);

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
    let allowEmptyCollection = false;
    for (const attr of p.attributes) {
      if (attr.type === 'TypeConstraintAst') {
        typeName = attr.typeName.fullName;
        continue;
      }
      const an = attrName(attr);
      const pos = attr.positionalArguments.map(constantValue);
      const rule = validationRule(an, attr, pos);
      if (rule) validation.push(rule);
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
        case 'validatescript':
          if (attr.positionalArguments[0]?.type === 'ScriptBlockExpressionAst') validateScripts.push(attr.positionalArguments[0]);
          break;
        case 'allownull':
          allowNull = true;
          break;
        case 'allowemptystring':
          allowEmptyString = true;
          break;
        case 'allowemptycollection':
          allowEmptyCollection = true;
          break;
      }
    }
    // pwsh numbers unpositioned parameters in declaration order (PositionalBinding), across all sets.
    if (positionalBinding) {
      if (sets.length === 0) sets.push({ name: '__AllParameterSets' });
      for (const s of sets) if (s.position === undefined && !isSwitch(typeName)) s.position = nextPosition;
      if (!isSwitch(typeName)) nextPosition++;
    }
    defs.push({ name: pname, type: typeName ?? 'object', aliases, sets: sets.length ? sets : undefined, validation, allowNull, allowEmptyString, allowEmptyCollection });
    infos.push({ name: pname, ast: p, typeName, validateScripts });
  }
  const definition: CommandDefinition = {
    name,
    module: '',
    parameters: defs,
    defaultParameterSet: cmdletBinding ? (named(cmdletBinding, 'DefaultParameterSetName') as string | undefined) : undefined,
    supportsCommonParameters: isAdvanced,
    supportsShouldProcess: cmdletBinding ? flag(cmdletBinding, 'SupportsShouldProcess') : false,
    confirmImpact: cmdletBinding ? confirmImpactOf(named(cmdletBinding, 'ConfirmImpact')) : undefined,
  };
  return { definition, isAdvanced, parameters: infos };
}

function confirmImpactOf(v: unknown): CommandDefinition['confirmImpact'] {
  if (v === undefined || v === null) return undefined;
  const name = String(v).toLowerCase();
  return (['None', 'Low', 'Medium', 'High'] as const).find((n) => n.toLowerCase() === name);
}

function isSwitch(t: string | undefined): boolean {
  return !!t && (t.toLowerCase() === 'switch' || t.toLowerCase().endsWith('switchparameter'));
}
