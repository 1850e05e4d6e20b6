// InvocationInfo for a command or statement, computed once per AST node from its extent.

import type { Extent } from '../../parser/ast';
import type { InvocationInfo } from '../values';

export function invocationFromExtent(extent: Extent, commandName: string): InvocationInfo {
  const src = extent.source;
  const start = src.position(extent.start);
  const end = src.position(extent.end);
  return {
    commandName,
    invocationName: commandName,
    scriptName: src.fileName ?? '',
    line: start.line,
    column: start.column,
    lineText: src.lineText(start.line),
    extentText: src.text.slice(extent.start, extent.end),
    endLine: end.line,
    endColumn: end.column,
  };
}

/** Lazily computed InvocationInfo (most commands never need it). */
export function lazyInvocation(extent: Extent, commandName: string): () => InvocationInfo {
  let info: InvocationInfo | undefined;
  return () => (info ??= invocationFromExtent(extent, commandName));
}
