// Pipelines: `a | b | c` becomes a chain of processors built at run time (commands resolve when they run, so
// functions defined later in the script work) and fed synchronously. A lone expression statement skips all that.

import type * as A from '../../parser/ast';
import { AutomationNull } from '../values';
import { compileExpression } from '../compiler/expressions';
import { emitEnumerated } from '../compiler/collect';
import type { ExecContext, Sink, Stmt } from '../compiler/context';
import { compileArguments, ArgumentsFn } from './arguments';
import { NO_INPUT, Processor, StopUpstreamSignal } from './processor';
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
    const e = compileExpression(expr);
    const run: Stmt = (ctx, out) => emitEnumerated(e(ctx), out);
    return el.redirections.length ? applyRedirections(el.redirections, run) : run;
  }
  const factories = els.map((el, i) => compileElement(el, i > 0));
  return (ctx, out) => {
    const procs: Processor[] = new Array(factories.length);
    let downstream: Sink = out;
    for (let i = factories.length - 1; i >= 0; i--) {
      const p = factories[i](ctx, downstream);
      procs[i] = p;
      downstream = (v) => {
        checkStop();
        p.process(v);
      };
    }
    let first = 0;
    try {
      for (const p of procs) p.begin();
      procs[0].process(NO_INPUT);
    } catch (e) {
      // A command that asked the upstream commands to stop: they end silently, it and the rest end normally.
      if (!(e instanceof StopUpstreamSignal)) throw e;
      first = procs.findIndex((p) => p === e.source);
      if (first < 0) throw e;
    }
    for (let i = first; i < procs.length; i++) procs[i].end();
  };
}

type ProcessorFactory = (ctx: ExecContext, out: Sink) => Processor;

function compileElement(el: A.CommandBaseAst, expectingInput: boolean): ProcessorFactory {
  if (el.type === 'CommandExpressionAst') {
    const e = compileExpression(el.expression);
    const wrap = el.redirections.length ? applyRedirections(el.redirections, (ctx, out) => emitEnumerated(e(ctx), out)) : undefined;
    return (ctx, out) => ({
      begin() {},
      process() {
        if (wrap) wrap(ctx, out);
        else emitEnumerated(e(ctx), out);
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
    return {
      begin: () => inner.begin(),
      process: (input: unknown) => inner.process(input),
      end() {
        try {
          inner.end();
        } finally {
          r.close();
        }
      },
    };
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

