// Static members of types: `[T]::Name`, `[T]::Method(...)`, `[T]::new(...)`.

import { RuntimeType, DotNetException, AutomationNull } from '../values';
import { runtimeError, methodInvocationError } from '../error-factory';
import { Msg, fmt } from '../messages';

function typeOf(t: unknown): RuntimeType {
  if (t instanceof RuntimeType) return t;
  throw runtimeError('MethodNotFound', fmt(Msg.MethodNotFound, 'System.Object', 'op'), 'InvalidOperation');
}

export function getStatic(target: unknown, name: string): unknown {
  const t = typeOf(target);
  const p = t.adapter?.staticProperties?.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (p) return p.get();
  const e = t.adapter?.enumValues;
  if (e) {
    const key = Object.keys(e).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key !== undefined) return enumMember(t, key, e[key]);
  }
  return null;
}

let enumFactory: (t: RuntimeType, name: string, value: number) => unknown = (_t, _n, v) => v;
export function setEnumFactory(f: (t: RuntimeType, name: string, value: number) => unknown): void {
  enumFactory = f;
}
function enumMember(t: RuntimeType, name: string, value: number): unknown {
  return enumFactory(t, name, value);
}

export function setStatic(target: unknown, name: string, value: unknown): void {
  const t = typeOf(target);
  const p = t.adapter?.staticProperties?.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (p?.set) {
    p.set(value === AutomationNull ? null : value);
    return;
  }
  throw runtimeError('PropertyAssignmentException', fmt(Msg.PropertyAssignmentException, name));
}

/** Calls a static method; `new` constructs. .NET exceptions are wrapped as MethodInvocationException. */
export function invokeStatic(target: unknown, name: string, args: unknown[]): unknown {
  const t = typeOf(target);
  const lname = name.toLowerCase();
  try {
    if (lname === 'new') {
      if (!t.adapter?.construct) {
        throw runtimeError('MethodNotFound', fmt(Msg.MethodNotFound, t.fullName, 'new'), 'InvalidOperation');
      }
      return t.adapter.construct(args, t);
    }
    const m = t.adapter?.staticMethods?.find((s) => s.name.toLowerCase() === lname);
    if (!m) throw runtimeError('MethodNotFound', fmt(Msg.MethodNotFound, t.fullName, name), 'InvalidOperation');
    const result = m.invoke(args);
    // a void method writes nothing
    return result === undefined ? AutomationNull : result;
  } catch (e) {
    if (e instanceof DotNetException) throw methodInvocationError(lname === 'new' ? '.ctor' : name, args.length, e);
    throw e;
  }
}
