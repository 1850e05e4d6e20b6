// A script block compiled once: its named blocks as statement closures plus the parameter metadata for binding.

import type * as A from '../../parser/ast';
import { compileNamedBlock, compilingMethod } from './statements';
import { compileExpression } from './expressions';
import { definitionFromParameters, ScriptParameterInfo } from '../binder/from-ast';
import type { Expr, Stmt } from './context';

/** A class method's body: its statements, with `return` giving the method's result. */
export function compileMethodBody(ast: A.ScriptBlockAst): Stmt {
  return compilingMethod(true, () => {
    const blocks = [ast.beginBlock, ast.processBlock, ast.endBlock].filter((b): b is A.NamedBlockAst => !!b).map(compileNamedBlock);
    return (ctx, out) => {
      for (const block of blocks) block(ctx, out);
    };
  });
}

export interface CompiledScriptBlock {
  ast: A.ScriptBlockAst;
  begin?: Stmt;
  process?: Stmt;
  end?: Stmt;
  /** True when the statements are not inside begin/process/end (a plain block or script). */
  unnamed: boolean;
  /** Parameter metadata (built on first use). */
  params(): ScriptParameterInfo;
  /** Default value expressions by lower-case parameter name. */
  defaults(): Map<string, Expr>;
  /** The script file this block comes from ('' for -Command text). */
  fileName: string;
}

const compiled = new WeakMap<A.ScriptBlockAst, CompiledScriptBlock>();

export function compileScriptBlockAst(ast: A.ScriptBlockAst, name = '', extraParameters?: A.ParameterAst[]): CompiledScriptBlock {
  return compilingMethod(false, () => compileBlock(ast, name, extraParameters));
}

function compileBlock(ast: A.ScriptBlockAst, name: string, extraParameters?: A.ParameterAst[]): CompiledScriptBlock {
  const hit = extraParameters ? undefined : compiled.get(ast);
  if (hit) return hit;
  let info: ScriptParameterInfo | undefined;
  let defaults: Map<string, Expr> | undefined;
  const parameters = extraParameters ?? ast.paramBlock?.parameters ?? [];
  const result: CompiledScriptBlock = {
    ast,
    begin: ast.beginBlock ? compileNamedBlock(ast.beginBlock) : undefined,
    process: ast.processBlock ? compileNamedBlock(ast.processBlock) : undefined,
    end: ast.endBlock ? compileNamedBlock(ast.endBlock) : undefined,
    unnamed: !!ast.endBlock?.unnamed && !ast.beginBlock && !ast.processBlock,
    params: () => (info ??= definitionFromParameters(name, parameters, ast.paramBlock?.attributes ?? [])),
    defaults: () => {
      if (!defaults) {
        defaults = new Map();
        for (const p of parameters) if (p.defaultValue) defaults.set(p.name.variablePath.unqualifiedPath.toLowerCase(), compileExpression(p.defaultValue));
      }
      return defaults;
    },
    fileName: ast.extent.source.fileName ?? '',
  };
  if (!extraParameters) compiled.set(ast, result);
  return result;
}
