// What pwsh does with a script between parsing and running it: `using` statements (namespaces complete type names;
// assemblies psnode cannot load are pwsh's ErrorLoadingAssembly) and the definition of its classes and enums. The
// errors are ParseErrors, reported as ParserError before anything runs.

import type * as A from '../../parser/ast';
import { walkAst } from '../../parser/visit';
import { tryResolveTypeName } from '../types/resolver';
import { setDefinitionBinder } from '../compiler/statements';
import type { Engine } from '../engine';
import { fmt } from '../messages';
import { ClassMsg } from './messages';
import { ClassSession } from './members';
import { defineTypes, classDefinedBy } from './define';

setDefinitionBinder((asts, ctx) => {
  for (const ast of asts) {
    const type = classDefinedBy(ast);
    if (type) type.session.scope = ctx.scope;
  }
});

export function prepareScript(ast: A.ScriptBlockAst, engine: Engine): A.ParseError[] {
  const errors: A.ParseError[] = [];
  const namespaces: string[] = [];
  for (const u of ast.usingStatements ?? []) {
    const name = u.name.type === 'HashtableAst' ? '' : u.name.value;
    if (u.usingStatementKind === 'Namespace') namespaces.push(name);
    else if (u.usingStatementKind === 'Assembly') errors.push(parseError('ErrorLoadingAssembly', u.name.extent, fmt(ClassMsg.ErrorLoadingAssembly, name)));
    else errors.push(parseError('ModuleNotFoundDuringParse', u.extent, fmt(ClassMsg.ModuleNotFoundDuringParse, name)));
  }
  if (errors.length) return errors;
  if (namespaces.length) completeTypeNames(ast, namespaces);
  const definitions: A.TypeDefinitionAst[] = [];
  walkAst(ast, (node) => {
    if (node.type === 'TypeDefinitionAst') definitions.push(node);
  });
  if (definitions.length === 0) return errors;
  return defineTypes(definitions, new ClassSession(engine.globalScope, engine));
}

function parseError(errorId: string, extent: A.Extent, message: string): A.ParseError {
  return { errorId, message, extent, incompleteInput: false };
}

/** `using namespace N`: a type name that resolves only as `N.Name` is written out in full. */
function completeTypeNames(ast: A.ScriptBlockAst, namespaces: string[]): void {
  const local = new Set<string>();
  walkAst(ast, (node) => {
    if (node.type === 'TypeDefinitionAst') local.add(node.name.toLowerCase());
  });
  const complete = (t: A.ITypeName): void => {
    if (t.type === 'ArrayTypeName') {
      complete(t.elementType);
      t.fullName = t.elementType.fullName + '[' + ','.repeat(t.rank - 1) + ']';
    } else if (t.type === 'GenericTypeName') {
      complete(t.typeName);
      t.genericArguments.forEach(complete);
      t.fullName = `${t.typeName.fullName}[${t.genericArguments.map((g) => g.fullName).join(',')}]`;
    } else if (!local.has(t.name.toLowerCase()) && !tryResolveTypeName(t.name)) {
      const ns = namespaces.find((n) => tryResolveTypeName(`${n}.${t.name}`) || tryResolveTypeName(`${n}.${t.name}\`1`));
      if (ns) t.fullName = `${ns}.${t.name}`;
    }
  };
  walkAst(ast, (node) => {
    if (node.type === 'TypeExpressionAst' || node.type === 'TypeConstraintAst') complete(node.typeName);
  });
}
