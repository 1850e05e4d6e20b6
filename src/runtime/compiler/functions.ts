// `function` / `filter` definitions: the body compiled once, its metadata from the param block (or from the
// parenthesised parameter list `function f($a, $b)`).

import type * as A from '../../parser/ast';
import { ScriptBlock } from '../values';
import { compileScriptBlockAst } from './scriptblocks';
import type { CompiledFunction } from '../session/function-info';

export function buildFunction(ast: A.FunctionDefinitionAst): CompiledFunction {
  const compiled = compileScriptBlockAst(ast.body, ast.name, ast.parameters);
  const text = A_text(ast.body);
  let fn: CompiledFunction;
  const body = new ScriptBlock(text, compiled);
  fn = {
    name: ast.name,
    isFilter: ast.isFilter,
    body,
    get definition() {
      return compiled.params().definition;
    },
    get isAdvanced() {
      return compiled.params().isAdvanced;
    },
  };
  return fn;
}

function A_text(body: A.ScriptBlockAst): string {
  const e = body.extent;
  return e.source.text.slice(e.start, e.end).replace(/^\{|\}$/g, '');
}
