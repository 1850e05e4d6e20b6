// Statements to closures `(ctx, out) => void`: pipelines, assignments, if/switch/loops, try/catch/finally/trap,
// throw/return/exit/break/continue, function definitions. Statement-terminating errors are handled per statement
// (see errors.ts): reported and execution goes on, unless a try or trap is active.

import type * as A from '../../parser/ast';
import { AutomationNull, ScriptBlock, Hashtable, isNull, enumerateValue, ErrorRecord, DotNetException, PSError, LoopEnumerator, enumeratorFullName } from '../values';
import { toBool, toStr, toInt32 } from '../convert';
import * as cmp from '../operators/comparison';
import { compileExpression, compileAssignment, statementValue, compileStreamedRangePipeline } from './expressions';
import { compilePipeline } from '../pipeline/compile-pipeline';
import { compileScriptBlockAst } from './scriptblocks';
import { buildFunction } from './functions';
import { collect, emitEnumerated, unwrapOutput } from './collect';
import { BreakSignal, ContinueSignal, ReturnSignal, ExitSignal, PipelineStopSignal, passesThroughCatch, MethodReturn } from './signals';
import { checkStop, runWhileStopping, stopIsRequested, stoppedPipelineSink } from '../interrupt';
import { handleStatementError, toPSError, findHandler, throwStatementError } from './errors';
import { readVariable, setVariableIn, withVariablesIn, assignVariable } from './variables';
import type { ExecContext, Sink, Stmt } from './context';

// Whether the code being compiled is a class method's own (its `return` gives the method's result, not output).
let inMethod = false;

/** Compiles with `return` in method (true) or script (false) form. */
export function compilingMethod<T>(method: boolean, compile: () => T): T {
  const saved = inMethod;
  inMethod = method;
  try {
    return compile();
  } finally {
    inMethod = saved;
  }
}

/** Binds the classes a block defines to the scope it runs in (set by the class runtime). */
let bindDefinitions: (asts: A.TypeDefinitionAst[], ctx: ExecContext) => void = () => undefined;
export function setDefinitionBinder(bind: typeof bindDefinitions): void {
  bindDefinitions = bind;
}

export function compileStatement(ast: A.StatementAst): Stmt {
  switch (ast.type) {
    case 'TypeDefinitionAst':
    case 'UsingStatementAst':
      return () => undefined; // defined before the script runs (src/runtime/classes)
    case 'PipelineAst':
    case 'PipelineChainAst':
      return compilePipelineBase(ast);
    case 'AssignmentStatementAst': {
      const a = compileAssignment(ast);
      return (ctx) => {
        a(ctx);
      };
    }
    case 'IfStatementAst':
      return ifStatement(ast);
    case 'SwitchStatementAst':
      return switchStatement(ast);
    case 'ForEachStatementAst':
      return foreachStatement(ast);
    case 'ForStatementAst':
      return forStatement(ast);
    case 'WhileStatementAst': {
      const cond = condition(ast.condition);
      const body = compileStatementBlock(ast.body);
      return loop(ast.label, (ctx, out, iter) => {
        while (toBool(cond(ctx))) iter(body, ctx, out);
      });
    }
    case 'DoWhileStatementAst':
    case 'DoUntilStatementAst': {
      const cond = condition(ast.condition);
      const body = compileStatementBlock(ast.body);
      const until = ast.type === 'DoUntilStatementAst';
      return loop(ast.label, (ctx, out, iter) => {
        do iter(body, ctx, out);
        while (toBool(cond(ctx)) !== until);
      });
    }
    case 'TryStatementAst':
      return tryStatement(ast);
    case 'TrapStatementAst':
      return () => undefined; // traps are registered by their enclosing block
    case 'DataStatementAst':
      return dataStatement(ast);
    case 'ThrowStatementAst':
      return throwStatement(ast);
    case 'ReturnStatementAst': {
      if (inMethod) {
        const value = ast.pipeline ? statementValue(ast.pipeline) : undefined;
        return (ctx) => {
          throw new MethodReturn(value ? value(ctx) : AutomationNull);
        };
      }
      const p = ast.pipeline ? compilePipelineBase(ast.pipeline) : undefined;
      return (ctx, out) => {
        if (p) p(ctx, out);
        throw new ReturnSignal();
      };
    }
    case 'ExitStatementAst': {
      const p = ast.pipeline ? statementValue(ast.pipeline) : undefined;
      return (ctx) => {
        const v = p ? p(ctx) : 0;
        let code = 0;
        try {
          code = isNull(v) ? 0 : toInt32(v);
        } catch {
          code = 0;
        }
        throw new ExitSignal(code);
      };
    }
    case 'BreakStatementAst':
    case 'ContinueStatementAst': {
      const label = ast.label ? compileExpression(ast.label) : undefined;
      const isBreak = ast.type === 'BreakStatementAst';
      return (ctx) => {
        const l = label ? toStr(label(ctx)) : undefined;
        throw isBreak ? new BreakSignal(l) : new ContinueSignal(l);
      };
    }
    case 'FunctionDefinitionAst': {
      const fn = buildFunction(ast);
      return (ctx) => {
        const module = ctx.scope.module;
        ctx.scope.functions.set(ast.name.toLowerCase(), module ? (Object.create(fn, { module: { value: module } }) as typeof fn) : fn);
      };
    }
  }
}

/** A condition of if/while/for: a pipeline whose output is tested for truth. */
/** A condition or loop source: an error in it is reported at its own extent, not the whole statement's (as pwsh). */
function condition(ast: A.PipelineBaseAst): (ctx: ExecContext) => unknown {
  const value = statementValue(ast);
  return (ctx) => {
    try {
      return value(ctx);
    } catch (e) {
      if (!(e instanceof PSError || e instanceof DotNetException)) throw e;
      const err = toPSError(ctx, e);
      throw err.record.invocationInfo ? err : ctx.engine.attachInvocation(ctx, err, ast.extent);
    }
  };
}

export function compilePipelineBase(ast: A.PipelineBaseAst): Stmt {
  switch (ast.type) {
    case 'PipelineAst':
      return compilePipeline(ast);
    case 'AssignmentStatementAst': {
      const a = compileAssignment(ast);
      return (ctx) => {
        a(ctx);
      };
    }
    case 'PipelineChainAst': {
      const lhs = compilePipelineBase(ast.lhsPipelineChain);
      const rhs = compilePipeline(ast.rhsPipeline);
      const and = ast.operator === 'AndAnd';
      return (ctx, out) => {
        runGuarded(lhs, ctx, out);
        if (ctx.engine.lastStatus === and) rhs(ctx, out);
      };
    }
  }
}

/** Runs one statement of a block with pwsh's error semantics and sets $?. */
function runGuarded(stmt: Stmt, ctx: ExecContext, out: Sink, traps?: CompiledTrap[], extent?: A.Extent): void {
  const engine = ctx.engine;
  const outerFailed = engine.pipelineFailed;
  engine.pipelineFailed = false;
  // Script blocks invoked while this statement runs (callbacks of methods and cmdlets) see its scope; the caller's
  // context comes back afterwards, so a callback's scope never becomes the parent of the next callback's.
  const callerCtx = engine.activeCtx;
  engine.activeCtx = ctx;
  try {
    stmt(ctx, out);
  } catch (caught) {
    // a stopped pipeline unwinds through the statement without failing it
    if (caught instanceof PipelineStopSignal) {
      engine.pipelineFailed = outerFailed || engine.pipelineFailed;
      throw caught;
    }
    engine.lastStatus = false;
    // A .NET exception escaping an operator (an invalid wildcard pattern) is reported at the statement too.
    const e = caught instanceof DotNetException ? toPSError(ctx, caught) : caught;
    if (extent && e instanceof PSError && !e.record.invocationInfo) engine.attachInvocation(ctx, e, extent);
    try {
      handleStatementError(ctx, e, traps, out);
    } finally {
      engine.pipelineFailed = true;
      engine.activeCtx = callerCtx;
    }
    return;
  }
  engine.activeCtx = callerCtx;
  const ok = !engine.pipelineFailed;
  engine.lastStatus = ok;
  engine.pipelineFailed = outerFailed || !ok;
}

interface CompiledTrap {
  types: string[];
  body: Stmt;
}

/** A list of statements with their traps. */
/** `data name { }` stores the section's output in $name; an unnamed section writes it. */
function dataStatement(ast: A.DataStatementAst): Stmt {
  const body = compileStatementBlock(ast.body);
  if (!ast.variable) return body;
  const path = { userPath: ast.variable, unqualifiedPath: ast.variable };
  return (ctx) => {
    assignVariable(ctx, path, unwrapOutput(collect(ctx, body)));
  };
}

function compileStatements(statements: A.StatementAst[], trapAsts: A.TrapStatementAst[]): Stmt {
  const asts = statements.filter((s) => s.type !== 'TrapStatementAst');
  const stmts = asts.map(compileStatement);
  const extents = asts.map((s) => s.extent);
  const allTraps = [...trapAsts, ...(statements.filter((s) => s.type === 'TrapStatementAst') as A.TrapStatementAst[])];
  const traps: CompiledTrap[] = allTraps.map((t) => ({ types: t.trapType ? [t.trapType.typeName.fullName] : [], body: compileStatementBlock(t.body) }));
  const withTraps = traps.length ? traps : undefined;
  const definitions = asts.filter((s): s is A.TypeDefinitionAst => s.type === 'TypeDefinitionAst');
  const run: Stmt = definitions.length
    ? (ctx, out) => {
        bindDefinitions(definitions, ctx);
        for (let i = 0; i < stmts.length; i++) runGuarded(stmts[i], ctx, out, withTraps, extents[i]);
      }
    : stmts.length === 1
      ? (ctx, out) => runGuarded(stmts[0], ctx, out, withTraps, extents[0])
      : (ctx, out) => {
          for (let i = 0; i < stmts.length; i++) runGuarded(stmts[i], ctx, out, withTraps, extents[i]);
        };
  if (!withTraps) return run;
  // A block with traps catches like a try: errors in nested blocks and called commands unwind to it.
  return (ctx, out) => {
    const engine = ctx.engine;
    engine.tryDepth++;
    try {
      run(ctx, out);
    } finally {
      engine.tryDepth--;
    }
  };
}

export function compileStatementBlock(ast: A.StatementBlockAst): Stmt {
  return compileStatements(ast.statements, ast.traps);
}

export function compileNamedBlock(ast: A.NamedBlockAst): Stmt {
  return compileStatements(ast.statements, ast.traps);
}

function ifStatement(ast: A.IfStatementAst): Stmt {
  const clauses = ast.clauses.map((c) => [condition(c.condition), compileStatementBlock(c.body)] as const);
  const otherwise = ast.elseClause ? compileStatementBlock(ast.elseClause) : undefined;
  return (ctx, out) => {
    for (const [c, b] of clauses) {
      if (toBool(c(ctx))) {
        b(ctx, out);
        return;
      }
    }
    otherwise?.(ctx, out);
  };
}

/** Runs one iteration of a loop body; `continue` for this loop just ends the iteration. */
type Iterate = (body: Stmt, ctx: ExecContext, out: Sink) => void;
type LoopBody = (ctx: ExecContext, out: Sink, iter: Iterate) => void;

/** A loop with break/continue handling for its label (no allocation per iteration). */
function loop(label: string | undefined, run: LoopBody): Stmt {
  const mine = (l: string | undefined) => l === undefined || (label !== undefined && l.toLowerCase() === label.toLowerCase());
  const iter: Iterate = (body, ctx, out) => {
    checkStop();
    try {
      body(ctx, out);
    } catch (e) {
      if (e instanceof ContinueSignal && mine(e.label)) return;
      throw e;
    }
  };
  return (ctx, out) => {
    try {
      run(ctx, out, iter);
    } catch (e) {
      if (e instanceof BreakSignal && mine(e.label)) return;
      throw e;
    }
  };
}

function foreachStatement(ast: A.ForEachStatementAst): Stmt {
  const source = condition(ast.condition);
  const range = compileStreamedRangePipeline(ast.condition);
  const body = compileStatementBlock(ast.body);
  const name = ast.variable.variablePath.unqualifiedPath;
  const lname = name.toLowerCase();
  return loop(ast.label, (ctx, out, iter) => {
    const v = range ? range(ctx) : source(ctx);
    if (isNull(v)) return;
    const items = range ? (v as Iterable<unknown>) : v instanceof Hashtable ? [v] : enumerateValue(v) ?? [v];
    const variable = ctx.scope.vars.get(lname) ?? setVariableIn(ctx.scope, name, null);
    const enumerator = new LoopEnumerator(items, range ? 'System.Management.Automation.RangeEnumerator' : enumeratorFullName(v) ?? 'System.ArrayEnumerator', !!range);
    withVariablesIn(ctx.scope, { foreach: enumerator }, () => {
      for (;;) {
        let more: boolean;
        try {
          more = enumerator.moveNext();
        } catch (e) {
          // A failing step (the collection changed) is reported at the loop variable, as pwsh does.
          throw ctx.engine.attachInvocation(ctx, toPSError(ctx, e), ast.variable.extent);
        }
        if (!more) return;
        if (variable.typeConstraint || variable.isReadOnly) setVariableIn(ctx.scope, name, enumerator.current);
        else variable.value = enumerator.current;
        iter(body, ctx, out);
      }
    });
  });
}

const discardOutput: Sink = () => {};

function forStatement(ast: A.ForStatementAst): Stmt {
  const init = ast.initializer ? compilePipelineBase(ast.initializer) : undefined;
  const cond = ast.condition ? condition(ast.condition) : undefined;
  const next = ast.iterator ? compilePipelineBase(ast.iterator) : undefined;
  const body = compileStatementBlock(ast.body);
  return loop(ast.label, (ctx, out, iter) => {
    // pwsh discards what the initializer and the iterator write.
    if (init) init(ctx, discardOutput);
    while (!cond || toBool(cond(ctx))) {
      iter(body, ctx, out);
      if (next) next(ctx, discardOutput);
    }
  });
}

function switchStatement(ast: A.SwitchStatementAst): Stmt {
  const source = condition(ast.condition);
  const flags = ast.flags;
  const clauses = ast.clauses.map((c) => {
    const body = compileStatementBlock(c.body);
    if (c.pattern.type === 'ScriptBlockExpressionAst') {
      const sb = compileScriptBlockAst(c.pattern.scriptBlock);
      return { test: (ctx: ExecContext, item: unknown) => toBool(ctx.engine.invokeCompiledInScope(ctx, sb, item)), body };
    }
    const pattern = compileExpression(c.pattern);
    const test = (ctx: ExecContext, item: unknown): boolean => {
      const p = pattern(ctx);
      const ic = !flags.caseSensitive;
      if (flags.regex) {
        const r = cmp.matchOp(toStr(item), toStr(p), ic, false);
        if (r.matches) setVariableIn(ctx.scope, 'Matches', r.matches);
        return r.result === true;
      }
      if (flags.wildcard) {
        try {
          return cmp.likeOp(toStr(item), p, ic, false) === true;
        } catch (e) {
          // An invalid pattern is reported at the clause's pattern, as pwsh does.
          throw e instanceof DotNetException ? ctx.engine.attachInvocation(ctx, toPSError(ctx, e), c.pattern.extent) : e;
        }
      }
      if (typeof item === 'string' || typeof p === 'string') return cmp.equals(toStr(item), toStr(p), ic);
      return cmp.equals(item, p, ic);
    };
    return { test, body };
  });
  const dflt = ast.default ? compileStatementBlock(ast.default) : undefined;
  const label = ast.label;
  return (ctx, out) => {
    const v = source(ctx);
    const items = v === AutomationNull ? [] : v instanceof Hashtable ? [v] : enumerateValue(v) ?? [v];
    const mine = (l: string | undefined) => l === undefined || (label !== undefined && l.toLowerCase() === label.toLowerCase());
    withVariablesIn(ctx.scope, { _: null }, () => {
      try {
        for (const item of items) {
          setVariableIn(ctx.scope, '_', item);
          let matched = false;
          try {
            for (const c of clauses) {
              if (c.test(ctx, item)) {
                matched = true;
                c.body(ctx, out);
              }
            }
            if (!matched && dflt) dflt(ctx, out);
          } catch (e) {
            if (e instanceof ContinueSignal && mine(e.label)) continue;
            throw e;
          }
        }
      } catch (e) {
        if (!(e instanceof BreakSignal && mine(e.label))) throw e;
      }
    });
  };
}

function tryStatement(ast: A.TryStatementAst): Stmt {
  const body = compileStatementBlock(ast.body);
  const catches = ast.catchClauses.map((c) => ({ types: c.catchTypes.map((t) => t.typeName.fullName), body: compileStatementBlock(c.body) }));
  const fin = ast.finally ? compileStatementBlock(ast.finally) : undefined;
  return (ctx, out) => {
    const engine = ctx.engine;
    engine.tryDepth++;
    let depthRestored = false;
    try {
      body(ctx, out);
    } catch (e) {
      engine.tryDepth--;
      depthRestored = true;
      if (passesThroughCatch(e)) throw e;
      const err = toPSError(ctx, e);
      const found = findHandler(err.record, catches, false);
      if (!found) throw err;
      // a caught error still goes into $Error, as in pwsh
      engine.recordError(err.record);
      withVariablesIn(ctx.scope, { _: found.record }, () => found.handler.body(ctx, out));
    } finally {
      if (!depthRestored) engine.tryDepth--;
      if (fin && stopIsRequested()) runWhileStopping(() => fin(ctx, stoppedPipelineSink));
      else if (fin) fin(ctx, out);
    }
  };
}

function throwStatement(ast: A.ThrowStatementAst): Stmt {
  const value = ast.pipeline ? statementValue(ast.pipeline) : undefined;
  return (ctx) => {
    const v = value ? value(ctx) : undefined;
    if (v === undefined || isNull(v)) {
      const current = readVariable(ctx, '_');
      if (v === undefined && current instanceof ErrorRecord) throw new PSError(current, 'script');
      throwStatementError(ctx, v === undefined ? 'ScriptHalted' : '', ast);
    }
    if (v instanceof ErrorRecord) throw new PSError(v, 'script');
    if (v instanceof DotNetException) {
      const rec = v.errorRecord ?? new ErrorRecord(v, v.message, 'OperationStopped', null);
      v.wasThrownFromThrowStatement = true;
      throw ctx.engine.attachInvocation(ctx, new PSError(rec, 'script'), ast.extent);
    }
    throwStatementError(ctx, v, ast);
  };
}

