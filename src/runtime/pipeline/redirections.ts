// Redirections: `2>&1` merges a stream into output, `> file` / `>> file` write formatted text, `2> $null` and
// `*> $null` discard. A redirected statement runs with a context whose streams are replaced.

import type * as A from '../../parser/ast';
import { compileExpression } from '../compiler/expressions';
import type { ExecContext, Sink, Stmt, Streams } from '../compiler/context';
import { isNull } from '../values';
import { toStr } from '../convert';

interface CompiledRedirection {
  from: A.RedirectionStream;
  /** Merge target (only Output is meaningful), or a file target. */
  merge?: A.RedirectionStream;
  file?: (ctx: ExecContext) => unknown;
  append: boolean;
}

export function compileRedirections(rs: A.RedirectionAst[]): CompiledRedirection[] {
  return rs.map((r) =>
    r.type === 'MergingRedirectionAst'
      ? { from: r.fromStream, merge: r.toStream, append: false }
      : { from: r.fromStream, file: compileExpression(r.location), append: r.append },
  );
}

const STREAM_KEYS: Record<string, keyof Streams> = {
  Error: 'error',
  Warning: 'warning',
  Verbose: 'verbose',
  Debug: 'debug',
  Information: 'information',
};

function affected(from: A.RedirectionStream): Array<keyof Streams | 'output'> {
  if (from === 'All') return ['output', 'error', 'warning', 'verbose', 'debug', 'information'];
  if (from === 'Output') return ['output'];
  return [STREAM_KEYS[from]];
}

export interface OutputFile {
  path: string;
  append: boolean;
}

export interface OpenRedirections {
  ctx: ExecContext;
  out: Sink;
  close(): void;
  /** Takes over the file that `>` / `>>` names (a native command writes its bytes there itself). */
  claimOutputFile(): OutputFile | undefined;
}

export function openRedirections(redirs: CompiledRedirection[], ctx: ExecContext, out: Sink): OpenRedirections {
  const streams: Streams = { ...ctx.streams };
  let output = out;
  const files: Array<{ path: string; items: unknown[]; append: boolean; from: A.RedirectionStream }> = [];
  for (const r of redirs) {
    const targets = affected(r.from);
    if (targets.includes('error')) {
      streams.errorToHost = false;
      streams.errorMergedIntoOutput = !!r.merge;
    }
    if (r.merge) {
      for (const t of targets) if (t !== 'output') streams[t] = ((rec: unknown) => out(ctx.engine.streamRecord(t, rec))) as never;
      continue;
    }
    const location = r.file!(ctx);
    const discard = isNull(location);
    const file = discard ? undefined : { path: ctx.engine.resolvePath(toStr(location)), items: [] as unknown[], append: r.append, from: r.from };
    if (file) files.push(file);
    const sink = (v: unknown) => {
      if (file) file.items.push(v);
    };
    for (const t of targets) {
      if (t === 'output') output = sink;
      else streams[t] = ((rec: unknown) => sink(ctx.engine.streamRecord(t, rec))) as never;
    }
  }
  return {
    ctx: ctx.withStreams(streams),
    out: output,
    close() {
      for (const f of files) ctx.engine.writeOutputFile(f.path, f.items, f.append);
    },
    claimOutputFile() {
      const at = files.findIndex((f) => f.from === 'Output');
      return at < 0 ? undefined : files.splice(at, 1)[0];
    },
  };
}

/** Wraps a statement so it runs with its redirections. */
export function applyRedirections(rs: A.RedirectionAst[], stmt: Stmt): Stmt {
  const redirs = compileRedirections(rs);
  return (ctx, out) => {
    const r = openRedirections(redirs, ctx, out);
    try {
      stmt(r.ctx, r.out);
    } finally {
      r.close();
    }
  };
}
