// What a `data` section may hold (pwsh's restricted-language checks): constants, hashtables, arrays, if, the allowed
// variables and commands; each other construct is reported with pwsh's error id.
import type { Ast, DataStatementAst, Extent } from './ast';
import { forEachChild } from './visit';

type Report = (errorId: string, node: { extent: Extent }, detail?: string) => void;

const ALLOWED_VARIABLES = new Set(['psculture', 'psuiculture', 'true', 'false', 'null']);
const DEFAULT_COMMANDS = ['convertfrom-stringdata'];
const DISALLOWED_OPERATORS = new Set(['As', 'DotDot', 'Format', 'Isplit', 'Csplit', 'Join', 'Imatch', 'Inotmatch', 'Ireplace', 'Cmatch', 'Cnotmatch', 'Creplace', 'PlusPlus', 'MinusMinus', 'PostfixPlusPlus', 'PostfixMinusMinus']);
const OPERATOR_TEXT: Record<string, string> = { DotDot: '..', Format: '-f', PlusPlus: '++', MinusMinus: '--', PostfixPlusPlus: '++', PostfixMinusMinus: '--' };
const STATEMENT_ERRORS: Partial<Record<Ast['type'], string>> = {
  AssignmentStatementAst: 'AssignmentStatementNotSupportedInDataSection',
  ForEachStatementAst: 'ForeachStatementNotSupportedInDataSection',
  ForStatementAst: 'ForWhileStatementNotSupportedInDataSection',
  WhileStatementAst: 'ForWhileStatementNotSupportedInDataSection',
  DoWhileStatementAst: 'DoWhileStatementNotSupportedInDataSection',
  DoUntilStatementAst: 'DoWhileStatementNotSupportedInDataSection',
  SwitchStatementAst: 'SwitchStatementNotSupportedInDataSection',
  TryStatementAst: 'TryStatementNotSupportedInDataSection',
  TrapStatementAst: 'TrapStatementNotSupportedInDataSection',
  FunctionDefinitionAst: 'FunctionDeclarationNotSupportedInDataSection',
  ScriptBlockExpressionAst: 'ScriptBlockNotSupportedInDataSection',
  ReturnStatementAst: 'FlowControlStatementNotSupportedInDataSection',
  ThrowStatementAst: 'FlowControlStatementNotSupportedInDataSection',
  ExitStatementAst: 'FlowControlStatementNotSupportedInDataSection',
  BreakStatementAst: 'FlowControlStatementNotSupportedInDataSection',
  ContinueStatementAst: 'FlowControlStatementNotSupportedInDataSection',
  InvokeMemberExpressionAst: 'MethodCallNotSupportedInDataSection',
  MemberExpressionAst: 'PropertyReferenceNotSupportedInDataSection',
  IndexExpressionAst: 'ArrayReferenceNotSupportedInDataSection',
};

const operatorText = (op: string): string => OPERATOR_TEXT[op] ?? '-' + op.toLowerCase();

export function checkDataSection(data: DataStatementAst, report: Report): void {
  const allowed = new Set(DEFAULT_COMMANDS);
  for (const c of data.commandsAllowed) if (c.type === 'StringConstantExpressionAst') allowed.add(c.value.toLowerCase());
  const visit = (node: Ast): void => {
    const statementError = STATEMENT_ERRORS[node.type];
    if (statementError) report(statementError, node);
    switch (node.type) {
      case 'FunctionDefinitionAst':
        report('ScriptBlockNotSupportedInDataSection', node.body);
        break;
      case 'CommandAst': {
        const name = node.commandElements[0];
        const text = name && (name.type === 'StringConstantExpressionAst' || name.type === 'ExpandableStringExpressionAst') ? name.value : undefined;
        if (text === undefined || !allowed.has(text.toLowerCase())) report('CmdletNotInAllowedListForDataSection', node, text ?? '');
        break;
      }
      case 'VariableExpressionAst':
        if (node.variablePath.driveName || !ALLOWED_VARIABLES.has(node.variablePath.unqualifiedPath.toLowerCase())) report('VariableReferenceNotSupportedInDataSection', node);
        break;
      case 'BinaryExpressionAst':
        if (DISALLOWED_OPERATORS.has(node.operator)) report('OperatorNotSupportedInDataSection', { extent: node.errorPosition }, operatorText(node.operator));
        break;
      case 'UnaryExpressionAst':
        if (DISALLOWED_OPERATORS.has(node.tokenKind)) report('OperatorNotSupportedInDataSection', node, operatorText(node.tokenKind));
        break;
    }
    forEachChild(node, visit);
  };
  visit(data.body);
}
