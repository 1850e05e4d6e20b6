// Post-parse checks of class definitions, as pwsh's semantic checker makes them: method bodies (no param or named
// blocks, return statements that fit the return type, every code path of a non-void method returning, variables
// read only after the method assigns them, no `$this` in static members).
import type { Ast, Extent, ExpressionAst, FunctionMemberAst, StatementAst, TypeDefinitionAst } from './ast';
import { forEachChild } from './visit';

export type Report = (errorId: string, node: { extent: Extent }, detail?: string) => void;

// Variables a method may read without assigning them (measured in pwsh 7.6.9).
const IMPLICIT_VARIABLES = new Set(['this', '_', 'args', 'input', 'true', 'false', 'null', 'psscriptroot', 'pscommandpath',
  'myinvocation', 'error', 'pscmdlet', 'psboundparameters', 'psitem', 'matches', 'lastexitcode', 'pwd', 'stacktrace',
  'nestedpromptlevel', 'outputencoding', '?']);

export function checkTypeDefinition(type: TypeDefinitionAst, report: Report): void {
  if (!type.isClass) return;
  for (const member of type.members) {
    if (member.type === 'PropertyMemberAst') {
      if (member.isStatic && member.initialValue) reportThis(member.initialValue, report);
      continue;
    }
    checkMethod(member, report);
  }
}

function checkMethod(method: FunctionMemberAst, report: Report): void {
  const body = method.body;
  if (body.paramBlock) report('ParamBlockNotAllowedInMethod', body.paramBlock);
  const named = body.beginBlock ?? body.processBlock ?? (body.endBlock?.unnamed ? undefined : body.endBlock);
  if (named) report('NamedBlockNotAllowedInMethod', named);
  const returnType = method.returnType?.typeName.fullName.toLowerCase();
  const isVoid = returnType === undefined || returnType === 'void';
  const statements = [body.beginBlock, body.processBlock, body.endBlock].flatMap((b) => b?.statements ?? []);
  walkMethod(body, (node) => {
    if (node.type !== 'ReturnStatementAst') return;
    if (isVoid && node.pipeline) report('VoidMethodHasReturn', node);
    if (!isVoid && !node.pipeline) report('NonVoidMethodMissingReturnValue', node);
  });
  if (!isVoid && !alwaysReturns(statements)) report('MethodHasCodePathNotReturn', { extent: method.nameExtent });
  if (method.isStatic) reportThis(body, report);
  checkVariables(method, statements, report);
}

/** Visits the method's own code: nested script blocks are other scopes. */
function walkMethod(node: Ast, visit: (node: Ast) => void): void {
  visit(node);
  forEachChild(node, (child) => {
    if (child.type !== 'ScriptBlockExpressionAst' && child.type !== 'FunctionDefinitionAst') walkMethod(child, visit);
  });
}

function reportThis(node: Ast, report: Report): void {
  walkMethod(node, (n) => {
    if (n.type === 'VariableExpressionAst' && !n.variablePath.scope && !n.variablePath.driveName && n.variablePath.unqualifiedPath.toLowerCase() === 'this') {
      report('NonStaticMemberAccessInStaticMember', n, 'this');
    }
  });
}

/** Whether running the statements always ends in return or throw. */
function alwaysReturns(statements: StatementAst[]): boolean {
  return statements.some(statementReturns);
}

function statementReturns(s: StatementAst): boolean {
  switch (s.type) {
    case 'ReturnStatementAst':
    case 'ThrowStatementAst':
    case 'ExitStatementAst':
      return true;
    case 'IfStatementAst':
      return !!s.elseClause && alwaysReturns(s.elseClause.statements) && s.clauses.every((c) => alwaysReturns(c.body.statements));
    case 'TryStatementAst':
      if (s.finally && alwaysReturns(s.finally.statements)) return true;
      return alwaysReturns(s.body.statements) && s.catchClauses.every((c) => alwaysReturns(c.body.statements));
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Definite assignment: a variable is read only after every path to the read assigns it.

function checkVariables(method: FunctionMemberAst, statements: StatementAst[], report: Report): void {
  const assigned = new Set(method.parameters.map((p) => p.name.variablePath.unqualifiedPath.toLowerCase()));
  const reported = new Set<string>();
  const read = (node: Ast, names: Set<string>): void => {
    walkMethod(node, (n) => {
      if (n.type !== 'VariableExpressionAst') return;
      const path = n.variablePath;
      if (path.driveName || (path.scope && path.scope !== 'local')) return;
      const name = path.unqualifiedPath.toLowerCase();
      if (IMPLICIT_VARIABLES.has(name) || names.has(name) || reported.has(name)) return;
      reported.add(name);
      report('VariableNotLocal', n);
    });
  };
  analyzeStatements(statements, assigned, read);
}

type Reader = (node: Ast, assigned: Set<string>) => void;

function analyzeStatements(statements: StatementAst[], assigned: Set<string>, read: Reader): void {
  for (const s of statements) analyzeStatement(s, assigned, read);
}

function assignTargets(target: ExpressionAst, assigned: Set<string>, read: Reader): void {
  switch (target.type) {
    case 'VariableExpressionAst':
      if (!target.variablePath.driveName) assigned.add(target.variablePath.unqualifiedPath.toLowerCase());
      return;
    case 'ConvertExpressionAst':
    case 'AttributedExpressionAst':
      assignTargets(target.child, assigned, read);
      return;
    case 'ArrayLiteralAst':
      for (const e of target.elements) assignTargets(e, assigned, read);
      return;
    default:
      read(target, assigned);
  }
}

/** Analyzes a branch that may not run: what it assigns does not count afterwards. */
function branch(statements: StatementAst[], assigned: Set<string>, read: Reader): Set<string> {
  const inner = new Set(assigned);
  analyzeStatements(statements, inner, read);
  return inner;
}

function analyzeStatement(s: StatementAst, assigned: Set<string>, read: Reader): void {
  switch (s.type) {
    case 'AssignmentStatementAst':
      analyzeStatement(s.right, assigned, read);
      assignTargets(s.left, assigned, read);
      return;
    case 'IfStatementAst': {
      const outcomes: Set<string>[] = [];
      for (const clause of s.clauses) {
        analyzeStatement(clause.condition, assigned, read);
        outcomes.push(branch(clause.body.statements, assigned, read));
      }
      if (!s.elseClause) return;
      outcomes.push(branch(s.elseClause.statements, assigned, read));
      for (const name of outcomes[0]) if (outcomes.every((o) => o.has(name))) assigned.add(name);
      return;
    }
    case 'ForEachStatementAst':
      analyzeStatement(s.condition, assigned, read);
      assigned.add(s.variable.variablePath.unqualifiedPath.toLowerCase());
      branch(s.body.statements, assigned, read);
      return;
    case 'ForStatementAst':
      if (s.initializer) analyzeStatement(s.initializer, assigned, read);
      if (s.condition) analyzeStatement(s.condition, assigned, read);
      branch([...s.body.statements, ...(s.iterator ? [s.iterator] : [])], assigned, read);
      return;
    case 'WhileStatementAst':
      analyzeStatement(s.condition, assigned, read);
      branch(s.body.statements, assigned, read);
      return;
    case 'DoWhileStatementAst':
    case 'DoUntilStatementAst':
      analyzeStatements(s.body.statements, assigned, read);
      analyzeStatement(s.condition, assigned, read);
      return;
    case 'TryStatementAst':
      // Lenient: a catch or finally sees what the try body assigned.
      analyzeStatements(s.body.statements, assigned, read);
      for (const c of s.catchClauses) analyzeStatements(c.body.statements, assigned, read);
      if (s.finally) analyzeStatements(s.finally.statements, assigned, read);
      return;
    case 'SwitchStatementAst':
      analyzeStatement(s.condition, assigned, read);
      for (const clause of s.clauses) {
        read(clause.pattern, assigned);
        branch(clause.body.statements, assigned, read);
      }
      if (s.default) branch(s.default.statements, assigned, read);
      return;
    default:
      read(s, assigned);
  }
}
