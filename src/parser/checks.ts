// Post-parse checks pwsh makes after building the tree (Parser.cs semantic checks), with pwsh's ids and texts.
// The grammar stays permissive here so each check lives in one place.
import type { Ast, ExpressionAst, ParseError, ParameterAst, RedirectionAst, ScriptBlockAst } from './ast';
import { extentText } from './extent';
import { parseMessage } from './messages';
import { walkAst } from './visit';
import { checkTypeDefinition } from './class-checks';
import { checkDataSection } from './data-checks';

export function checkScript(root: ScriptBlockAst): ParseError[] {
  const errors: ParseError[] = [];
  const splatAllowed = new Set<Ast>();
  const report = (errorId: string, node: { extent: Ast['extent'] }, detail?: string): void => {
    errors.push({ errorId, message: parseMessage(errorId, detail), extent: node.extent, incompleteInput: false });
  };
  const leadingUsings = new Set<Ast>(root.usingStatements ?? []);
  walkAst(root, (node) => {
    switch (node.type) {
      case 'TypeDefinitionAst':
        checkTypeDefinition(node, report);
        break;
      case 'DataStatementAst':
        checkDataSection(node, report);
        break;
      case 'UsingStatementAst':
        if (!leadingUsings.has(node)) report('UsingMustBeAtStartOfScript', node);
        break;
      case 'PipelineAst':
        node.pipelineElements.forEach((element, i) => {
          if (i > 0 && element.type === 'CommandExpressionAst') report('ExpressionsMustBeFirstInPipeline', element.expression);
        });
        break;
      case 'AssignmentStatementAst':
        if (!isAssignable(node.left)) report('InvalidLeftHandSide', node.left);
        break;
      case 'UnaryExpressionAst': {
        const op = INCREMENT_OPERATORS[node.tokenKind];
        if (op && !isIncrementable(node.child)) report('OperatorRequiresVariableOrProperty', node.child, op);
        break;
      }
      case 'ParamBlockAst':
        checkParameters(node.parameters, report);
        break;
      case 'FunctionDefinitionAst':
        if (node.parameters) checkParameters(node.parameters, report);
        break;
      case 'HashtableAst': {
        const seen = new Set<string>();
        for (const { key } of node.keyValuePairs) {
          const name = constantKey(key);
          if (name === undefined) continue;
          if (seen.has(name.toLowerCase())) report('DuplicateKeyInHashLiteral', key, name);
          seen.add(name.toLowerCase());
        }
        break;
      }
      case 'CommandExpressionAst':
        checkRedirections(node.redirections, report);
        break;
      case 'VariableExpressionAst':
        if (node.splatted && !splatAllowed.has(node)) report('SplattingNotPermitted', node, node.variablePath.userPath);
        break;
      case 'CommandAst': {
        checkRedirections(node.redirections, report);
        // `@name` is splatting only as a command argument.
        for (const element of node.commandElements) {
          if (element.type === 'VariableExpressionAst' && element.splatted) splatAllowed.add(element);
        }
        const last = node.commandElements[node.commandElements.length - 1];
        if (last.type === 'CommandParameterAst' && last.hasColon && !last.argument) {
          errors.push({
            errorId: 'ParameterRequiresArgument',
            message: parseMessage('ParameterRequiresArgument', last.parameterName),
            extent: { source: last.extent.source, start: last.extent.end, end: last.extent.end },
            incompleteInput: false,
          });
        }
        break;
      }
    }
  });
  return errors.sort((a, b) => a.extent.start - b.extent.start);
}

// pwsh's names for the streams in "The {0} for this command is already redirected."
const STREAM_NAMES: Record<string, string> = {
  All: '* stream',
  Output: 'output stream',
  Error: 'error stream',
  Warning: 'warning stream',
  Verbose: 'verbose stream',
  Debug: 'debug stream',
  Information: 'information stream',
};

function checkRedirections(redirections: RedirectionAst[], report: (id: string, node: RedirectionAst, detail?: string) => void): void {
  const seen = new Set<string>();
  for (const r of redirections) {
    if (seen.has(r.fromStream)) report('StreamAlreadyRedirected', r, STREAM_NAMES[r.fromStream]);
    seen.add(r.fromStream);
  }
}

function checkParameters(parameters: ParameterAst[], report: (id: string, node: ParameterAst['name'], detail?: string) => void): void {
  const seen = new Set<string>();
  for (const p of parameters) {
    const name = p.name.variablePath.userPath;
    if (seen.has(name.toLowerCase())) report('DuplicateFormalParameter', p.name, name);
    seen.add(name.toLowerCase());
  }
}

const INCREMENT_OPERATORS: Partial<Record<string, string>> = { PlusPlus: '++', PostfixPlusPlus: '++', MinusMinus: '--', PostfixMinusMinus: '--' };

/** ++ and -- need something they can store into: a variable, a property or an element. */
function isIncrementable(e: ExpressionAst): boolean {
  return (e.type === 'VariableExpressionAst' && !e.splatted) || e.type === 'MemberExpressionAst' || e.type === 'IndexExpressionAst';
}

function isAssignable(e: ExpressionAst): boolean {
  switch (e.type) {
    case 'VariableExpressionAst':
      return !e.splatted;
    case 'MemberExpressionAst':
    case 'IndexExpressionAst':
      return true;
    case 'ConvertExpressionAst':
    case 'AttributedExpressionAst':
      return isAssignable(e.child);
    case 'ArrayLiteralAst':
      return e.elements.every(isAssignable);
    case 'ParenExpressionAst':
      return e.pipeline.type === 'PipelineAst' && e.pipeline.pipelineElements.length === 1 &&
        e.pipeline.pipelineElements[0].type === 'CommandExpressionAst' && isAssignable(e.pipeline.pipelineElements[0].expression);
    default:
      return false;
  }
}

function constantKey(key: ExpressionAst): string | undefined {
  if (key.type === 'StringConstantExpressionAst') return key.value;
  if (key.type === 'ConstantExpressionAst') return extentText(key.extent);
  return undefined;
}
