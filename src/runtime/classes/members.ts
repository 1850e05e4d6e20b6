// A script class's members as the runtime keeps them: typed properties (instance and static), and methods and
// constructors with their overloads. Calling an overload runs its compiled body in a new scope below the scope the
// class was defined in, with $this and the parameters set; only `return` gives a value (other output is dropped).

import type * as A from '../../parser/ast';
import { AutomationNull, PSError } from '../values';
import { convertTo, ConversionError } from '../convert';
import { Scope, PSVariable } from '../session/scope';
import type { ExecContext, Expr, Stmt } from '../compiler/context';
import type { Engine } from '../engine';
import { MethodReturn } from '../compiler/signals';

/** A property of a class: its declared type (a full type name, undefined for object) and default value. */
export interface ClassProperty {
  name: string;
  typeName?: string;
  /** Get-Member's type text, e.g. 'int', 'string', 'A'. */
  displayType: string;
  hidden: boolean;
  isStatic: boolean;
  initialValue?: Expr;
  declaringType: string;
}

export interface MethodParameter {
  name: string;
  typeName?: string;
  displayType: string;
}

/** One overload of a method or constructor. */
export interface MethodOverload {
  name: string;
  parameters: MethodParameter[];
  /** Full type name of the result; undefined for void. */
  returnType?: string;
  displayReturnType: string;
  hidden: boolean;
  isStatic: boolean;
  body: Stmt;
  /** `: base(...)` arguments of a constructor. */
  baseArguments?: Expr[];
  declaringType: string;
  /** The defining class's session (an inherited method runs where its class was defined). */
  session: ClassSession;
  ast: A.FunctionMemberAst;
}

/** Where a class's code runs: the scope it was defined in (updated when the defining block starts). */
export class ClassSession {
  constructor(
    public scope: Scope,
    private readonly engine: Engine,
  ) {}
  /** A context in the class's scope, writing to the streams of the code running now. */
  context(): ExecContext {
    const active = this.engine.activeCtx ?? this.engine.topContext();
    return active.scope === this.scope ? active : active.withScope(this.scope);
  }
}

/** Converts a value to a property's or parameter's type (no conversion for untyped ones). */
export function convertToMember(value: unknown, typeName: string | undefined): unknown {
  const v = value === AutomationNull ? null : value;
  return typeName ? convertTo(v, typeName) : v;
}

/** Runs an overload with converted arguments; `self` is $this (undefined in static methods). */
export function invokeOverload(session: ClassSession, overload: MethodOverload, self: unknown, args: unknown[]): unknown {
  const outer = session.context();
  const scope = new Scope(session.scope, 'local');
  if (self !== undefined) scope.vars.set('this', new PSVariable('this', self));
  overload.parameters.forEach((p, i) => {
    const variable = new PSVariable(p.name, convertArgument(args[i], p.typeName, i));
    if (p.typeName) variable.typeConstraint = p.typeName;
    scope.vars.set(p.name.toLowerCase(), variable);
  });
  const ctx = outer.withScope(scope);
  const engine = ctx.engine;
  // Errors inside a method end the method (as in a try): the caller's statement reports them.
  engine.tryDepth++;
  const active = engine.activeCtx;
  try {
    overload.body(ctx, discard);
  } catch (e) {
    if (!(e instanceof MethodReturn)) throw e;
    return overload.returnType ? convertTo(e.value === AutomationNull ? null : e.value, overload.returnType) : AutomationNull;
  } finally {
    engine.tryDepth--;
    engine.activeCtx = active;
  }
  return AutomationNull;
}

function discard(): void {}

function convertArgument(value: unknown, typeName: string | undefined, index: number): unknown {
  try {
    return convertToMember(value, typeName);
  } catch (e) {
    if (e instanceof ConversionError) e.methodArgument = { index, value, targetType: typeName! };
    throw e;
  }
}

/** Picks the overload for the arguments: same count, then the one whose parameter types fit best. */
export function chooseOverload(overloads: MethodOverload[], args: unknown[]): MethodOverload | undefined {
  const candidates = overloads.filter((o) => o.parameters.length === args.length);
  if (candidates.length <= 1) return candidates[0];
  let best = candidates[0];
  let bestScore = -1;
  for (const o of candidates) {
    const score = o.parameters.reduce((sum, p, i) => sum + fit(args[i], p.typeName), 0);
    if (score > bestScore) {
      best = o;
      bestScore = score;
    }
  }
  return best;
}

/** How well a value fits a parameter type: 3 exact, 2 untyped, 1 convertible, 0 not. */
function fit(value: unknown, typeName: string | undefined): number {
  if (!typeName) return 2;
  try {
    const converted = convertTo(value === AutomationNull ? null : value, typeName);
    return converted === value ? 3 : 1;
  } catch (e) {
    if (e instanceof PSError) return 0;
    throw e;
  }
}
