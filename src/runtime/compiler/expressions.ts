// Expressions to closures. Each AST node is compiled once into `(ctx) => value`; operators dispatch to
// ../operators, conversions to ../convert.

import type * as A from '../../parser/ast';
import {
  AutomationNull, Decimal, DoubleBox, Hashtable, PSObject, RuntimeType, ScriptBlock, TypedNumber, NumericTypeName,
  getPropertyValue, setPropertyValue, invokeMethod, isNull, makeDouble, typeNameOf,
  PSReference, baseObject,
  PSError,
} from '../values';
import { toBool, toStr, convertTo } from '../convert';
import * as arith from '../operators/arithmetic';
import * as cmp from '../operators/comparison';
import * as str from '../operators/strings';
import { isType, asType, range, rangeItems } from '../operators/types';
import { resolveTypeName } from '../types/resolver';
import { invokeStatic, getStatic, setStatic } from '../types/static-members';
import { getIndex, setIndex } from './indexing';
import { compileVariableRead, assignVariable, variableForUpdate, storeInto } from './variables';
import { collect, unwrapOutput } from './collect';
import { compileStatementBlock, compileStatement, compilePipelineBase } from './statements';
import { compileScriptBlockAst } from './scriptblocks';
import { compileAttributedReference } from './attributed-variables';
import type { ExecContext, Expr } from './context';
import { runtimeError } from '../error-factory';

export function compileExpression(ast: A.ExpressionAst): Expr {
  switch (ast.type) {
    case 'ConstantExpressionAst':
      return constant(ast);
    case 'StringConstantExpressionAst': {
      const v = ast.value;
      return () => v;
    }
    case 'ExpandableStringExpressionAst':
      return expandable(ast);
    case 'VariableExpressionAst':
      return compileVariableRead(ast.variablePath);
    case 'UsingExpressionAst':
      return compileVariableRead(ast.subExpression.variablePath);
    case 'BinaryExpressionAst':
      return binary(ast);
    case 'UnaryExpressionAst':
      return unary(ast);
    case 'TernaryExpressionAst': {
      const c = compileExpression(ast.condition);
      const t = compileExpression(ast.ifTrue);
      const f = compileExpression(ast.ifFalse);
      return (ctx) => (toBool(c(ctx)) ? t(ctx) : f(ctx));
    }
    case 'ArrayLiteralAst': {
      const els = ast.elements.map(compileExpression);
      return (ctx) => els.map((e) => {
        const v = e(ctx);
        return v === AutomationNull ? null : v;
      });
    }
    case 'ArrayExpressionAst': {
      const body = compileStatementBlock(ast.subExpression);
      return (ctx) => collect(ctx, body);
    }
    case 'SubExpressionAst': {
      const body = compileStatementBlock(ast.subExpression);
      return (ctx) => unwrapOutput(collect(ctx, body));
    }
    case 'ParenExpressionAst':
      return paren(ast);
    case 'HashtableAst':
      return hashtable(ast, false);
    case 'ScriptBlockExpressionAst': {
      const compiled = compileScriptBlockAst(ast.scriptBlock);
      const e = ast.scriptBlock.extent;
      const text = e.source.text.slice(e.start, e.end).replace(/^\{|\}$/g, '');
      return (ctx) => new ScriptBlock(text, compiled, ctx.scope.module);
    }
    case 'TypeExpressionAst': {
      const resolve = typeResolvedAt(ast.typeName.fullName, ast.extent);
      let t: RuntimeType | undefined;
      return (ctx) => (t ??= resolve(ctx));
    }
    case 'ConvertExpressionAst':
      return convert(ast);
    case 'AttributedExpressionAst':
      return compileExpression(ast.child);
    case 'MemberExpressionAst':
      return member(ast);
    case 'InvokeMemberExpressionAst':
      return invoke(ast);
    case 'IndexExpressionAst': {
      const target = compileExpression(ast.target);
      const index = compileExpression(ast.index);
      const nc = ast.nullConditional;
      return (ctx) => {
        const t = target(ctx);
        if (nc && isNull(t)) return null;
        const v = getIndex(t, index(ctx));
        return v;
      };
    }
    case 'ErrorExpressionAst':
      return () => null;
  }
}

/** The runtime value of a numeric literal (its .NET type kept). */
export function constantValue(ast: A.ConstantExpressionAst): unknown {
  let v: unknown;
  switch (ast.numericType) {
    case 'Int32':
      v = ast.value;
      break;
    case 'Int64':
      v = ast.bigValue ?? BigInt(ast.value);
      break;
    case 'Double':
      v = makeDouble(ast.value);
      break;
    case 'Decimal':
      v = Decimal.parse(ast.decimalValue ?? String(ast.value)) ?? Decimal.fromNumber(ast.value);
      break;
    case 'BigInteger':
      v = ast.bigValue ?? BigInt(ast.value);
      break;
    default: {
      const t = ('System.' + ast.numericType) as NumericTypeName;
      v = new TypedNumber(t, t === 'System.UInt64' ? ast.bigValue ?? BigInt(ast.value) : ast.value);
    }
  }
  return v;
}

function constant(ast: A.ConstantExpressionAst): Expr {
  const v = constantValue(ast);
  return () => v;
}

function expandable(ast: A.ExpandableStringExpressionAst): Expr {
  const parts = ast.parts.map((p) => (typeof p === 'string' ? p : compileExpression(p)));
  if (parts.every((p) => typeof p === 'string')) {
    const s = (parts as string[]).join('');
    return () => s;
  }
  return (ctx) => {
    let s = '';
    for (const p of parts) {
      if (typeof p === 'string') s += p;
      else {
        const v = p(ctx);
        s += typeof v === 'string' ? v : toStr(v, ofs(ctx));
      }
    }
    return s;
  };
}

function ofs(ctx: ExecContext): string {
  const v = ctx.scope.lookup('ofs');
  return v === undefined || isNull(v.value) ? ' ' : toStr(v.value);
}

function paren(ast: A.ParenExpressionAst): Expr {
  const p = ast.pipeline;
  if (p.type === 'PipelineAst' && p.pipelineElements.length === 1 && p.pipelineElements[0].type === 'CommandExpressionAst' && p.pipelineElements[0].redirections.length === 0) {
    return compileExpression(p.pipelineElements[0].expression);
  }
  if (p.type === 'AssignmentStatementAst') {
    const assign = compileAssignment(p);
    return (ctx) => assign(ctx);
  }
  const stmt = compilePipelineBase(p);
  return (ctx) => unwrapOutput(collect(ctx, stmt));
}

/** `@{...}`; ordered keeps it an OrderedDictionary. */
export function hashtable(ast: A.HashtableAst, ordered: boolean): Expr {
  const pairs = ast.keyValuePairs.map((p) => [compileExpression(p.key), statementValue(p.value)] as const);
  return (ctx) => {
    const h = new Hashtable(ordered);
    for (const [k, v] of pairs) {
      const key = k(ctx);
      if (h.has(key)) {
        throw runtimeError('DuplicateKeyInHashLiteral', `Duplicate keys '${toStr(key)}' are not allowed in hash literals.`, 'ParserError', 'System.Management.Automation.ParseException');
      }
      h.set(key, v(ctx));
    }
    return h;
  };
}

/** A statement used as a value (hashtable values, assignment right sides). */
export function statementValue(ast: A.StatementAst): Expr {
  if (ast.type === 'PipelineAst' && ast.pipelineElements.length === 1 && ast.pipelineElements[0].type === 'CommandExpressionAst' && ast.pipelineElements[0].redirections.length === 0) {
    const e = compileExpression(ast.pipelineElements[0].expression);
    return (ctx) => {
      const v = e(ctx);
      return v === AutomationNull ? null : v;
    };
  }
  const s = compileStatement(ast);
  return (ctx) => {
    const v = unwrapOutput(collect(ctx, s));
    return v === AutomationNull ? null : v;
  };
}

/** Resolves a type literal; an unknown type is reported at the literal, as pwsh underlines it. */
function typeResolvedAt(name: string, extent: A.Extent): (ctx: ExecContext) => RuntimeType {
  return (ctx) => {
    try {
      return resolveTypeName(name);
    } catch (e) {
      throw e instanceof PSError ? ctx.engine.attachInvocation(ctx, e, extent) : e;
    }
  };
}

function convert(ast: A.ConvertExpressionAst): Expr {
  const tn = ast.typeConstraint.typeName.fullName;
  const lower = tn.toLowerCase();
  if (ast.child.type === 'HashtableAst' && lower === 'ordered') return hashtable(ast.child, true);
  if (ast.child.type === 'HashtableAst' && (lower === 'pscustomobject' || lower === 'system.management.automation.pscustomobject')) {
    const h = hashtable(ast.child, true);
    return (ctx) => {
      const t = h(ctx) as Hashtable;
      return PSObject.fromEntries(t.keys().map((k) => [toStr(k), t.get(k)]));
    };
  }
  // [ref]$v refers to the variable itself: writing .Value assigns $v
  if (ast.child.type === 'VariableExpressionAst' && (lower === 'ref' || lower === 'system.management.automation.psreference')) {
    const r = compileReference(ast.child);
    return (ctx) => {
      const current = r.get(ctx);
      if (current instanceof PSReference) return current;
      return new PSReference(() => r.get(ctx), (v) => r.set(ctx, v));
    };
  }
  const child = compileExpression(ast.child);
  const resolve = typeResolvedAt(tn, ast.typeConstraint.typeName.extent);
  let resolved: RuntimeType | undefined;
  return (ctx) => {
    resolved ??= lower === 'pscustomobject' ? new RuntimeType('pscustomobject') : resolve(ctx);
    const v = child(ctx);
    return convertTo(v, resolved.fullName === 'pscustomobject' ? 'pscustomobject' : resolved.fullName);
  };
}

function memberName(ast: A.ExpressionAst): (ctx: ExecContext) => string {
  const key = memberKey(ast);
  return (ctx) => keyText(key(ctx));
}

const keyText = (key: unknown): string => (typeof key === 'string' ? key : toStr(key));

/** A member's key as written (`$h.1`, `$h.($k)`): dictionaries look the value itself up, other objects its text. */
function memberKey(ast: A.ExpressionAst): (ctx: ExecContext) => unknown {
  if (ast.type === 'StringConstantExpressionAst') {
    const n = ast.value;
    return () => n;
  }
  const e = compileExpression(ast);
  return (ctx) => baseObject(e(ctx));
}

function member(ast: A.MemberExpressionAst): Expr {
  const name = memberName(ast.member);
  if (ast.static) {
    const target = compileExpression(ast.expression);
    return (ctx) => getStatic(target(ctx) as RuntimeType, name(ctx));
  }
  const target = compileExpression(ast.expression);
  const key = memberKey(ast.member);
  const nc = ast.nullConditional;
  return (ctx) => {
    const t = target(ctx);
    if (nc && isNull(t)) return null;
    const k = key(ctx);
    return getPropertyValue(t, keyText(k), k);
  };
}

function invoke(ast: A.InvokeMemberExpressionAst): Expr {
  const name = memberName(ast.member);
  const target = compileExpression(ast.expression);
  const args = ast.arguments.map(compileExpression);
  const nc = ast.nullConditional;
  if (ast.static) {
    return (ctx) => invokeStatic(target(ctx) as RuntimeType, name(ctx), args.map((a) => a(ctx)));
  }
  return (ctx) => {
    const t = target(ctx);
    if (nc && isNull(t)) return null;
    const n = name(ctx);
    return invokeMethod(t, n, args.map((a) => {
      const v = a(ctx);
      return v === AutomationNull ? null : v;
    }));
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// Operators

type BinFn = (a: unknown, b: unknown) => unknown;

const SIMPLE: Partial<Record<A.BinaryOperator, BinFn>> = {
  Plus: arith.add,
  Minus: arith.subtract,
  Multiply: arith.multiply,
  Divide: arith.divide,
  Rem: arith.remainder,
  Band: arith.band,
  Bor: arith.bor,
  Bxor: arith.bxor,
  Shl: arith.shl,
  Shr: arith.shr,
  DotDot: range,
  Format: str.formatOp,
  Join: str.joinOp,
  Ieq: (a, b) => cmp.compareOp('eq', a, b, true),
  Ine: (a, b) => cmp.compareOp('ne', a, b, true),
  Igt: (a, b) => cmp.compareOp('gt', a, b, true),
  Ige: (a, b) => cmp.compareOp('ge', a, b, true),
  Ilt: (a, b) => cmp.compareOp('lt', a, b, true),
  Ile: (a, b) => cmp.compareOp('le', a, b, true),
  Ceq: (a, b) => cmp.compareOp('eq', a, b, false),
  Cne: (a, b) => cmp.compareOp('ne', a, b, false),
  Cgt: (a, b) => cmp.compareOp('gt', a, b, false),
  Cge: (a, b) => cmp.compareOp('ge', a, b, false),
  Clt: (a, b) => cmp.compareOp('lt', a, b, false),
  Cle: (a, b) => cmp.compareOp('le', a, b, false),
  Ilike: (a, b) => cmp.likeOp(a, b, true, false),
  Inotlike: (a, b) => cmp.likeOp(a, b, true, true),
  Clike: (a, b) => cmp.likeOp(a, b, false, false),
  Cnotlike: (a, b) => cmp.likeOp(a, b, false, true),
  Icontains: (a, b) => cmp.containsOp(a, b, true),
  Inotcontains: (a, b) => !cmp.containsOp(a, b, true),
  Ccontains: (a, b) => cmp.containsOp(a, b, false),
  Cnotcontains: (a, b) => !cmp.containsOp(a, b, false),
  Iin: (a, b) => cmp.containsOp(b, a, true),
  Inotin: (a, b) => !cmp.containsOp(b, a, true),
  Cin: (a, b) => cmp.containsOp(b, a, false),
  Cnotin: (a, b) => !cmp.containsOp(b, a, false),
  Ireplace: (a, b) => str.replaceOp(a, b, true),
  Creplace: (a, b) => str.replaceOp(a, b, false),
  Isplit: (a, b) => str.splitOp(a, b, true),
  Csplit: (a, b) => str.splitOp(a, b, false),
  Is: (a, b) => isType(a, asRuntimeType(b)),
  IsNot: (a, b) => !isType(a, asRuntimeType(b)),
  As: (a, b) => asType(a, asRuntimeType(b)),
};

function asRuntimeType(b: unknown): RuntimeType {
  if (b instanceof RuntimeType) return b;
  return resolveTypeName(toStr(b));
}

/** A range that pwsh streams instead of building an array (`1..1e9 | ...`, `foreach ($i in 1..1e9)`). */
export function compileStreamedRange(ast: A.ExpressionAst): ((ctx: ExecContext) => Iterable<unknown>) | undefined {
  if (ast.type !== 'BinaryExpressionAst' || ast.operator !== 'DotDot') return undefined;
  const l = compileExpression(ast.left);
  const r = compileExpression(ast.right);
  return (ctx) => rangeItems(nn(l(ctx)), nn(r(ctx)));
}

/** The range a pipeline consists of alone (`foreach ($i in 1..10)`), streamed. */
export function compileStreamedRangePipeline(ast: A.PipelineBaseAst): ((ctx: ExecContext) => Iterable<unknown>) | undefined {
  if (ast.type !== 'PipelineAst' || ast.pipelineElements.length !== 1) return undefined;
  const el = ast.pipelineElements[0];
  return el.type === 'CommandExpressionAst' && !el.redirections.length ? compileStreamedRange(el.expression) : undefined;
}

function nn(v: unknown): unknown {
  return v === AutomationNull ? null : v;
}

function binary(ast: A.BinaryExpressionAst): Expr {
  const l = compileExpression(ast.left);
  const r = compileExpression(ast.right);
  switch (ast.operator) {
    case 'And':
      return (ctx) => toBool(l(ctx)) && toBool(r(ctx));
    case 'Or':
      return (ctx) => toBool(l(ctx)) || toBool(r(ctx));
    case 'Xor':
      return (ctx) => toBool(l(ctx)) !== toBool(r(ctx));
    case 'QuestionQuestion':
      return (ctx) => {
        const a = l(ctx);
        return isNull(a) ? r(ctx) : a;
      };
    case 'Imatch':
    case 'Inotmatch':
    case 'Cmatch':
    case 'Cnotmatch': {
      const ic = ast.operator[0] === 'I';
      const neg = ast.operator.endsWith('notmatch');
      return (ctx) => {
        const res = cmp.matchOp(nn(l(ctx)), nn(r(ctx)), ic, neg);
        if (res.matches) assignVariable(ctx, { userPath: 'Matches', unqualifiedPath: 'Matches' }, res.matches);
        return res.result;
      };
    }
    case 'Plus':
      return (ctx) => {
        const a = l(ctx);
        const b = r(ctx);
        if (typeof a === 'number' && typeof b === 'number') {
          const s = a + b;
          if ((a | 0) === a && (b | 0) === b && (s | 0) === s) return s;
        }
        return arith.add(nn(a), nn(b));
      };
  }
  const fn = SIMPLE[ast.operator];
  if (!fn) throw new Error(`operator ${ast.operator} not compiled`);
  return (ctx) => fn(nn(l(ctx)), nn(r(ctx)));
}

function unary(ast: A.UnaryExpressionAst): Expr {
  switch (ast.tokenKind) {
    case 'PlusPlus':
    case 'MinusMinus':
    case 'PostfixPlusPlus':
    case 'PostfixMinusMinus':
      return incDec(ast);
  }
  const c = compileExpression(ast.child);
  switch (ast.tokenKind) {
    case 'Exclaim':
    case 'Not':
      return (ctx) => !toBool(c(ctx));
    case 'Bnot':
      return (ctx) => arith.bnot(nn(c(ctx)));
    case 'Minus':
      return (ctx) => arith.negate(nn(c(ctx)));
    case 'Plus':
      return (ctx) => arith.unaryPlus(nn(c(ctx)));
    case 'Comma':
      return (ctx) => [nn(c(ctx))];
    case 'Isplit':
    case 'Csplit':
      return (ctx) => str.unarySplit(nn(c(ctx)));
    case 'Join':
      return (ctx) => str.joinOp(nn(c(ctx)), '');
  }
  throw new Error(`unary ${ast.tokenKind} not compiled`);
}

function incDec(ast: A.UnaryExpressionAst): Expr {
  const delta = ast.tokenKind === 'PlusPlus' || ast.tokenKind === 'PostfixPlusPlus' ? 1 : -1;
  const postfix = ast.tokenKind.startsWith('Postfix');
  const ref = compileReference(ast.child);
  return (ctx) => {
    const old = nn(ref.get(ctx));
    const nv = typeof old === 'number' && (old | 0) === old && ((old + delta) | 0) === old + delta ? old + delta : arith.add(old ?? 0, delta);
    ref.set(ctx, nv);
    return postfix ? old ?? 0 : nv;
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// Assignment

interface Reference {
  get(ctx: ExecContext): unknown;
  set(ctx: ExecContext, value: unknown): void;
}

/** An assignable expression: variable, member, index, `[T]$var`. */
export function compileReference(ast: A.ExpressionAst): Reference {
  switch (ast.type) {
    case 'VariableExpressionAst': {
      const path = ast.variablePath;
      const read = compileVariableRead(path);
      return {
        get: read,
        set: (ctx, v) => {
          const existing = !path.scope && !path.driveName ? ctx.scope.vars.get(path.unqualifiedPath.toLowerCase()) : undefined;
          if (existing) storeInto(existing, v);
          else assignVariable(ctx, path, v);
        },
      };
    }
    case 'ConvertExpressionAst': {
      if (ast.child.type !== 'VariableExpressionAst') break;
      const path = ast.child.variablePath;
      const tn = ast.typeConstraint.typeName.fullName;
      return {
        get: compileVariableRead(path),
        set: (ctx, v) => assignVariable(ctx, path, v, resolveTypeName(tn).fullName),
      };
    }
    case 'MemberExpressionAst': {
      const target = compileExpression(ast.expression);
      const name = memberName(ast.member);
      if (ast.static) {
        return {
          get: (ctx) => getStatic(target(ctx) as RuntimeType, name(ctx)),
          set: (ctx, v) => setStatic(target(ctx) as RuntimeType, name(ctx), v),
        };
      }
      const key = memberKey(ast.member);
      const named = (ctx: ExecContext, use: (name: string, key: unknown) => unknown) => {
        const k = key(ctx);
        return use(keyText(k), k);
      };
      return {
        get: (ctx) => named(ctx, (n, k) => getPropertyValue(target(ctx), n, k)),
        set: (ctx, v) => named(ctx, (n, k) => setPropertyValue(target(ctx), n, nn(v), k)),
      };
    }
    case 'IndexExpressionAst': {
      const target = compileExpression(ast.target);
      const index = compileExpression(ast.index);
      return {
        get: (ctx) => nn(getIndex(target(ctx), index(ctx))),
        set: (ctx, v) => setIndex(target(ctx), index(ctx), v),
      };
    }
    case 'ArrayLiteralAst': {
      const refs = ast.elements.map(compileReference);
      return {
        get: () => null,
        set: (ctx, v) => {
          const items = Array.isArray(v) ? v : [v];
          refs.forEach((r, i) => {
            if (i === refs.length - 1) r.set(ctx, i < items.length - 1 ? items.slice(i) : items[i] ?? null);
            else r.set(ctx, items[i] ?? null);
          });
        },
      };
    }
    case 'AttributedExpressionAst': {
      const ref = compileAttributedReference(ast);
      if (ref) return ref;
      break;
    }
    case 'ParenExpressionAst': {
      const p = ast.pipeline;
      if (p.type === 'PipelineAst' && p.pipelineElements.length === 1 && p.pipelineElements[0].type === 'CommandExpressionAst') {
        return compileReference(p.pipelineElements[0].expression);
      }
      break;
    }
  }
  throw runtimeError('InvalidLeftHandSide', 'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.', 'ParserError', 'System.Management.Automation.ParseException');
}

const COMPOUND: Record<string, BinFn> = {
  PlusEquals: arith.add,
  MinusEquals: arith.subtract,
  MultiplyEquals: arith.multiply,
  DivideEquals: arith.divide,
  RemainderEquals: arith.remainder,
};

/** Compiles an assignment; the closure returns the assigned value (used when it stands in parentheses). */
export function compileAssignment(ast: A.AssignmentStatementAst): Expr {
  const value = statementValue(ast.right);
  const left = ast.left;
  // Fast path for `$x = ...` / `$x += ...` on a plain variable.
  if (left.type === 'VariableExpressionAst' && !left.variablePath.driveName && !left.variablePath.scope) {
    const path = left.variablePath;
    const lname = path.unqualifiedPath.toLowerCase();
    if (ast.operator === 'Equals') {
      return (ctx) => {
        const v = value(ctx);
        const existing = ctx.scope.vars.get(lname);
        if (existing && !existing.typeConstraint && !existing.isReadOnly && !existing.validate) existing.value = v;
        else assignVariable(ctx, path, v);
        return v;
      };
    }
    if (ast.operator === 'PlusEquals') {
      return (ctx) => {
        const b = value(ctx);
        const cur = variableForUpdate(ctx, path);
        const a = cur ? cur.value : null;
        let r: unknown;
        if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b && ((a + b) | 0) === a + b) r = a + b;
        else r = arith.add(a, b);
        const own = ctx.scope.vars.get(lname);
        if (own && !own.typeConstraint && !own.isReadOnly && !own.validate) own.value = r;
        else assignVariable(ctx, path, r);
        return r;
      };
    }
  }
  const ref = compileReference(left);
  if (ast.operator === 'Equals') {
    return (ctx) => {
      const v = value(ctx);
      ref.set(ctx, v);
      return v;
    };
  }
  if (ast.operator === 'QuestionQuestionEquals') {
    return (ctx) => {
      const cur = ref.get(ctx);
      if (!isNull(cur)) return cur;
      const v = value(ctx);
      ref.set(ctx, v);
      return v;
    };
  }
  const op = COMPOUND[ast.operator];
  return (ctx) => {
    const r = op(nn(ref.get(ctx)), value(ctx));
    ref.set(ctx, r);
    return r;
  };
}

