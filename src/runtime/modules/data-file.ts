// PowerShell data files (.psd1): one hashtable literal evaluated in a scope of its own, as module manifests and
// Import-PowerShellDataFile read them.

import { parse } from '../../parser';
import { readScriptFile } from '../script-file';
import { Hashtable, PSError } from '../values';
import { compileScriptBlockAst } from '../compiler/scriptblocks';
import { collect } from '../compiler/collect';
import { Scope } from '../session/scope';
import { setVariableIn } from '../compiler/variables';
import type { ExecContext } from '../compiler/context';
import { parseErrorRecord } from '../engine';

/** Evaluates a data file; undefined when it does not hold a single hashtable. Parse errors throw. */
export function readDataFile(ctx: ExecContext, path: string): Hashtable | undefined {
  const text = readScriptFile(path);
  const parsed = parse(text, path);
  if (!parsed.ast) throw new PSError(parseErrorRecord(parsed.errors));
  const compiled = compileScriptBlockAst(parsed.ast);
  const scope = new Scope(ctx.engine.globalScope, 'script');
  setVariableIn(scope, 'PSScriptRoot', path.replace(/[\\/][^\\/]*$/, ''));
  const inner = ctx.withScope(scope);
  const out = compiled.end ? collect(inner, compiled.end) : [];
  return out.length === 1 && out[0] instanceof Hashtable ? out[0] : undefined;
}

/** A manifest value as a list of strings ('a', @('a','b'), $null). */
export function stringList(v: unknown): string[] {
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v.flatMap(stringList);
  return [String(v)];
}
