// Child enumeration for every AST node kind, so walkers (post-parse checks, the runtime's analyses) need no
// reflection over fields.
import type { Ast } from './ast';

/** Calls `fn` on each direct child node of `node`, in source order. */
export function forEachChild(node: Ast, fn: (child: Ast) => void): void {
  switch (node.type) {
    case 'ScriptBlockAst':
      node.usingStatements?.forEach(fn);
      if (node.paramBlock) fn(node.paramBlock);
      if (node.dynamicParamBlock) fn(node.dynamicParamBlock);
      if (node.beginBlock) fn(node.beginBlock);
      if (node.processBlock) fn(node.processBlock);
      if (node.endBlock) fn(node.endBlock);
      return;
    case 'ParamBlockAst':
      node.attributes.forEach(fn);
      node.parameters.forEach(fn);
      return;
    case 'NamedBlockAst':
    case 'StatementBlockAst':
      node.traps.forEach(fn);
      node.statements.forEach(fn);
      return;
    case 'PipelineAst':
      node.pipelineElements.forEach(fn);
      return;
    case 'PipelineChainAst':
      fn(node.lhsPipelineChain);
      fn(node.rhsPipeline);
      return;
    case 'CommandAst':
      node.commandElements.forEach(fn);
      node.redirections.forEach(fn);
      return;
    case 'CommandExpressionAst':
      fn(node.expression);
      node.redirections.forEach(fn);
      return;
    case 'CommandParameterAst':
      if (node.argument) fn(node.argument);
      return;
    case 'AssignmentStatementAst':
      fn(node.left);
      fn(node.right);
      return;
    case 'IfStatementAst':
      for (const clause of node.clauses) {
        fn(clause.condition);
        fn(clause.body);
      }
      if (node.elseClause) fn(node.elseClause);
      return;
    case 'SwitchStatementAst':
      fn(node.condition);
      for (const clause of node.clauses) {
        fn(clause.pattern);
        fn(clause.body);
      }
      if (node.default) fn(node.default);
      return;
    case 'ForEachStatementAst':
      fn(node.variable);
      fn(node.condition);
      fn(node.body);
      return;
    case 'ForStatementAst':
      if (node.initializer) fn(node.initializer);
      if (node.condition) fn(node.condition);
      if (node.iterator) fn(node.iterator);
      fn(node.body);
      return;
    case 'WhileStatementAst':
    case 'DoWhileStatementAst':
    case 'DoUntilStatementAst':
      fn(node.condition);
      fn(node.body);
      return;
    case 'TryStatementAst':
      fn(node.body);
      node.catchClauses.forEach(fn);
      if (node.finally) fn(node.finally);
      return;
    case 'CatchClauseAst':
      node.catchTypes.forEach(fn);
      fn(node.body);
      return;
    case 'TrapStatementAst':
      if (node.trapType) fn(node.trapType);
      fn(node.body);
      return;
    case 'DataStatementAst':
      node.commandsAllowed.forEach(fn);
      fn(node.body);
      return;
    case 'ThrowStatementAst':
    case 'ReturnStatementAst':
    case 'ExitStatementAst':
      if (node.pipeline) fn(node.pipeline);
      return;
    case 'BreakStatementAst':
    case 'ContinueStatementAst':
      if (node.label) fn(node.label);
      return;
    case 'FunctionDefinitionAst':
      node.parameters?.forEach(fn);
      fn(node.body);
      return;
    case 'TypeDefinitionAst':
      node.attributes.forEach(fn);
      node.baseTypes.forEach(fn);
      node.members.forEach(fn);
      return;
    case 'PropertyMemberAst':
      node.attributes.forEach(fn);
      if (node.propertyType) fn(node.propertyType);
      if (node.initialValue) fn(node.initialValue);
      return;
    case 'FunctionMemberAst':
      node.attributes.forEach(fn);
      if (node.returnType) fn(node.returnType);
      node.parameters.forEach(fn);
      node.baseArguments?.forEach(fn);
      fn(node.body);
      return;
    case 'UsingStatementAst':
      fn(node.name);
      return;
    case 'ParameterAst':
      node.attributes.forEach(fn);
      fn(node.name);
      if (node.defaultValue) fn(node.defaultValue);
      return;
    case 'AttributeAst':
      node.positionalArguments.forEach(fn);
      node.namedArguments.forEach(fn);
      return;
    case 'NamedAttributeArgumentAst':
      if (!node.expressionOmitted) fn(node.argument);
      return;
    case 'BinaryExpressionAst':
      fn(node.left);
      fn(node.right);
      return;
    case 'UnaryExpressionAst':
      fn(node.child);
      return;
    case 'TernaryExpressionAst':
      fn(node.condition);
      fn(node.ifTrue);
      fn(node.ifFalse);
      return;
    case 'ExpandableStringExpressionAst':
      node.nestedExpressions.forEach(fn);
      return;
    case 'UsingExpressionAst':
      fn(node.subExpression);
      return;
    case 'MemberExpressionAst':
      fn(node.expression);
      fn(node.member);
      return;
    case 'InvokeMemberExpressionAst':
      fn(node.expression);
      fn(node.member);
      node.arguments.forEach(fn);
      return;
    case 'IndexExpressionAst':
      fn(node.target);
      fn(node.index);
      return;
    case 'ArrayLiteralAst':
      node.elements.forEach(fn);
      return;
    case 'ArrayExpressionAst':
    case 'SubExpressionAst':
      fn(node.subExpression);
      return;
    case 'HashtableAst':
      for (const pair of node.keyValuePairs) {
        fn(pair.key);
        fn(pair.value);
      }
      return;
    case 'ParenExpressionAst':
      fn(node.pipeline);
      return;
    case 'ScriptBlockExpressionAst':
      fn(node.scriptBlock);
      return;
    case 'ConvertExpressionAst':
      fn(node.typeConstraint);
      fn(node.child);
      return;
    case 'AttributedExpressionAst':
      fn(node.attribute);
      fn(node.child);
      return;
    case 'FileRedirectionAst':
      fn(node.location);
      return;
    default:
      return;
  }
}

/** Calls `visit` on `node` and every node below it, parents before children. */
export function walkAst(node: Ast, visit: (node: Ast) => void): void {
  const stack: Ast[] = [node];
  const push = (child: Ast): void => {
    stack.push(child);
  };
  while (stack.length) {
    const current = stack.pop() as Ast;
    visit(current);
    forEachChild(current, push);
  }
}
