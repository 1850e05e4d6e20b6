// Pipelines: `a | b | c` becomes a chain of processors built at run time (commands resolve when they run, so
// functions defined later in the script work) and fed synchronously. A lone expression statement skips all that.

import type * as A from '../../parser/ast';
import { AutomationNull } from '../values';
import { compileExpression, compileStreamedRange } from '../compiler/expressions';
import { emitEnumerated } from '../compiler/collect';
import type { ExecContext, Sink, Stmt } from '../compiler/context';
import { compileArguments, ArgumentsFn } from './arguments';
import { NO_INPUT, Processor, StopUpstreamSignal } from './processor';
import { linkNativeCommands } from './native-processor';
import { BindingError } from '../binder/bind';
import { lazyInvocation } from './invocation-info';
import { checkStop } from '../interrupt';
import { applyRedirections, compileRedirections, openRedirections } from './redirections';

export function compilePipeline(ast: A.PipelineAst): Stmt {
  const els = ast.pipelineElements;
  if (els.length === 1 && els[0].type === 'CommandExpressionAst') {
    const el = els[0];
    const expr = el.expression;
    // `$i++` / `++$i` as a statement writes nothing.
    if (expr.type === 'UnaryExpressionAst' && /PlusPlus|MinusMinus/.test(expr.tokenKind)) {
      const e = compileExpression(expr);
      return (ctx) => {
        e(ctx);
      };
    }
    const run = expressionOutput(expr);
    return el.redirections.length ? applyRedirections(el.redirections, run) : run;
  }
  const factories = els.map((el, i) => compileElement(el, i > 0));
  return (ctx, out) => {
    const procs: Processor[] = new Array(factories.length);
    // Commands resolve left to right, so the first unknown one is the one reported, as in pwsh.
    for (let i = 0; i < factories.length; i++) {
      const next = i + 1;
      // A command that writes from its begin block starts the commands after it first, as pwsh does.
      const downstream: Sink = next === factories.length ? out : (v) => {
        checkStop();
        if (begun <= next) beginThrough(next);
        procs[next].process(v);
      };
      procs[i] = factories[i](ctx, downstream);
    }
    let begun = 0;
    const beginThrough = (last: number) => {
      while (begun <= last) procs[begun++].begin();
    };
    linkNativeCommands(procs);
    try {
      for (const p of procs) p.bind();
      runStoppable(procs, beginThrough);
    } finally {
      for (const p of procs) p.dispose?.();
    }
  };
}

/** Begin, process, end; a command that stops its upstream (Select-Object -First) ends the commands before it without
 * their end blocks, wherever that happens (a begin block, the input, Sort-Object writing from its end block), and
 * the commands after it go on. A stop meant for an enclosing pipeline goes on up. */
function runStoppable(procs: Processor[], beginThrough: (last: number) => void): void {
  let nextEnd = 0;
  let fed = false;
  for (;;) {
    try {
      beginThrough(procs.length - 1);
      if (!fed) {
        fed = true;
        if (nextEnd === 0) procs[0].process(NO_INPUT);
      }
      while (nextEnd < procs.length) procs[nextEnd++].end();
      return;
    } catch (e) {
      const source = e instanceof StopUpstreamSignal ? procs.indexOf(e.source) : -1;
      if (source < 0) throw e;
      for (let i = nextEnd; i < source; i++) procs[i].stop?.();
      // the stopping command has ended itself
      nextEnd = Math.max(nextEnd, source + 1);
    }
  }
}

type ProcessorFactory = (ctx: ExecContext, out: Sink) => Processor;

/** An expression's output, unrolled; a range is streamed, never built. */
function expressionOutput(expr: A.ExpressionAst): Stmt {
  const streamed = compileStreamedRange(expr);
  if (streamed) {
    return (ctx, out) => {
      for (const item of streamed(ctx)) out(item);
    };
  }
  const e = compileExpression(expr);
  return (ctx, out) => emitEnumerated(e(ctx), out);
}

function compileElement(el: A.CommandBaseAst, expectingInput: boolean): ProcessorFactory {
  if (el.type === 'CommandExpressionAst') {
    const output = expressionOutput(el.expression);
    const run = el.redirections.length ? applyRedirections(el.redirections, output) : output;
    return (ctx, out) => ({
      bind() {},
      begin() {},
      process() {
        run(ctx, out);
      },
      end() {},
    });
  }
  const factory = compileCommand(el, expectingInput);
  if (!el.redirections.length) return factory;
  const redirs = compileRedirections(el.redirections);
  // A redirected command runs with its own streams/output; files are written when it ends.
  return (ctx, out) => {
    const r = openRedirections(redirs, ctx, out);
    const inner = factory(r.ctx, r.out);
    if (inner.native) inner.native.stdoutFile = r.claimOutputFile();
    const redirected: Processor = {
      // a native command whose output is not redirected still passes its bytes on
      native: redirs.some((x) => x.from === 'Output' || x.from === 'All') ? undefined : inner.native,
      bind: () => inner.bind(),
      begin: () => inner.begin(),
      process(input: unknown) {
        try {
          inner.process(input);
        } catch (e) {
          // the pipeline knows this command by its redirected wrapper
          throw e instanceof StopUpstreamSignal && e.source === inner ? new StopUpstreamSignal(redirected) : e;
        }
      },
      dispose: () => inner.dispose?.(),
      end() {
        try {
          inner.end();
        } finally {
          r.close();
        }
      },
      stop() {
        try {
          inner.stop?.();
        } finally {
          r.close();
        }
      },
    };
    return redirected;
  };
}

function commandNameText(el: A.CommandElementAst): string | undefined {
  if (el.type === 'StringConstantExpressionAst') return el.value;
  return undefined;
}

function compileCommand(ast: A.CommandAst, expectingInput: boolean): ProcessorFactory {
  const [first, ...rest] = ast.commandElements;
  const staticName = ast.invocationOperator === 'Unknown' ? commandNameText(first) : undefined;
  const nameExpr = staticName === undefined ? compileExpression(first as A.ExpressionAst) : undefined;
  const args: ArgumentsFn = compileArguments(rest);
  const dot = ast.invocationOperator === 'Dot';
  const info = lazyInvocation(ast.extent, staticName ?? '');
  const nameInfo = lazyInvocation(first.extent, staticName ?? '');
  return (ctx, out) => {
    const target: unknown = staticName ?? nameExpr!(ctx);
    const argv = args(ctx);
    try {
      return ctx.engine.createProcessor(ctx, target === AutomationNull ? null : target, argv, out, {
        dotSource: dot,
        invocation: info,
        expectingInput,
        extent: ast.extent,
        nameInvocation: nameInfo,
      });
    } catch (e) {
      throw e instanceof BindingError ? ctx.engine.bindingError(e, target, info()) : e;
    }
  };
}

