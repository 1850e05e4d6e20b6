// Test helper: a compact, readable rendering of an AST ("shape") so tests can assert whole trees in one line.
import { forEachChild } from '../../src/parser/visit';
import type { Ast } from '../../src/parser/ast';
import { parse } from '../../src/parser';

const SHORT: Record<string, string> = {
  PipelineAst: 'Pipe',
  CommandAst: 'Cmd',
  CommandExpressionAst: 'Expr',
  CommandParameterAst: 'Param',
  AssignmentStatementAst: 'Assign',
  BinaryExpressionAst: 'Bin',
  UnaryExpressionAst: 'Unary',
  ConstantExpressionAst: 'Num',
  StringConstantExpressionAst: 'Str',
  ExpandableStringExpressionAst: 'XStr',
  VariableExpressionAst: 'Var',
  MemberExpressionAst: 'Member',
  InvokeMemberExpressionAst: 'Invoke',
  IndexExpressionAst: 'Index',
  ArrayLiteralAst: 'Array',
  HashtableAst: 'Hash',
  ConvertExpressionAst: 'Convert',
  TypeConstraintAst: 'Type',
  TypeExpressionAst: 'TypeExpr',
  ParenExpressionAst: 'Paren',
  SubExpressionAst: 'Sub',
  ArrayExpressionAst: 'ArrayExpr',
  ScriptBlockExpressionAst: 'Block',
  StatementBlockAst: 'Stmts',
  FileRedirectionAst: 'Redirect',
  MergingRedirectionAst: 'Merge',
  TernaryExpressionAst: 'Ternary',
};

/** `Type:detail(children...)`, e.g. `Cmd(Str:BareWord:echo, Num:Int32:1)`. */
export function shape(node: Ast): string {
  const name = SHORT[node.type] ?? node.type.replace(/Ast$/, '');
  let detail = '';
  switch (node.type) {
    case 'BinaryExpressionAst':
      detail = node.operator;
      break;
    case 'UnaryExpressionAst':
      detail = node.tokenKind;
      break;
    case 'ConstantExpressionAst':
      detail = `${node.numericType}:${node.decimalValue ?? node.bigValue ?? node.value}`;
      break;
    case 'StringConstantExpressionAst':
      detail = `${node.stringConstantType}:${node.value}`;
      break;
    case 'ExpandableStringExpressionAst':
      detail = `${node.stringConstantType}:${node.value}`;
      break;
    case 'VariableExpressionAst':
      detail = (node.splatted ? '@' : '$') + node.variablePath.userPath;
      break;
    case 'CommandParameterAst':
      detail = node.parameterName + (node.hasColon ? ':' : '');
      break;
    case 'AssignmentStatementAst':
      detail = node.operator;
      break;
    case 'TypeConstraintAst':
    case 'TypeExpressionAst':
      detail = node.typeName.fullName;
      break;
    case 'CommandAst':
      detail = node.invocationOperator === 'Unknown' ? '' : node.invocationOperator;
      break;
    case 'MemberExpressionAst':
    case 'InvokeMemberExpressionAst':
      detail = (node.static ? 'static' : '') + (node.nullConditional ? '?' : '');
      break;
  }
  const children: string[] = [];
  forEachChild(node, (child) => children.push(shape(child)));
  const head = detail ? `${name}:${detail}` : name;
  return children.length ? `${head}(${children.join(', ')})` : head;
}

/** Parses `text` (which must succeed) and renders its statements, one shape per statement. */
export function statementShapes(text: string): string[] {
  const result = parse(text);
  if (!result.ast) throw new Error(`parse failed: ${result.errors.map((e) => e.message).join('; ')}`);
  return (result.ast.endBlock?.statements ?? []).map(shape);
}

/** The single statement of `text`, rendered. */
export function statementShape(text: string): string {
  const shapes = statementShapes(text);
  if (shapes.length !== 1) throw new Error(`expected one statement, got ${shapes.length}`);
  return shapes[0];
}
