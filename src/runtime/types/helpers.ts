// Small helpers for writing type adapters: argument conversion and .NET-style argument errors.

import { DotNetException, AutomationNull, registerType, ListValue, TypedNumber, typedArray } from '../values';
import { toStr, toInt32, toDouble, toBool, convertTo, canonicalTypeName, ConversionError } from '../convert';

/** Converts argument i; a failure records the argument's position (invokeMethod turns it into pwsh's MethodException). */
function converted<T>(args: unknown[], i: number, type: string, convert: (v: unknown) => T): T {
  try {
    return convert(nn(args[i]));
  } catch (e) {
    if (e instanceof ConversionError) e.methodArgument = { index: i, value: nn(args[i]), targetType: type };
    throw e;
  }
}

export const arg = {
  str: (args: unknown[], i: number): string => toStr(nn(args[i])),
  int: (args: unknown[], i: number): number => converted(args, i, 'System.Int32', toInt32),
  num: (args: unknown[], i: number): number => converted(args, i, 'System.Double', toDouble),
  bool: (args: unknown[], i: number): boolean => toBool(nn(args[i])),
  as: (args: unknown[], i: number, type: string): unknown => converted(args, i, canonicalTypeName(type), (v) => convertTo(v, type)),
};

export function nn(v: unknown): unknown {
  return v === AutomationNull || v === undefined ? null : v;
}

/** A .NET ArgumentOutOfRangeException with the runtime's wording. */
export function argumentOutOfRange(param: string, message: string): DotNetException {
  return new DotNetException('System.ArgumentOutOfRangeException', `${message} (Parameter '${param}')`);
}

export function argumentNull(param: string): DotNetException {
  return new DotNetException('System.ArgumentNullException', `Value cannot be null. (Parameter '${param}')`);
}

export function argumentError(message: string): DotNetException {
  return new DotNetException('System.ArgumentException', message);
}

/** Methods by name with an argument-count check (pwsh's MethodArgumentCountException otherwise). */
export function method<T>(name: string, overloads: string[], invoke: (self: T, args: unknown[]) => unknown) {
  return { name, overloads, invoke };
}

/** Enums: values by name; members of the enum type resolve through EnumValue. */
export function registerEnum(fullName: string, values: Record<string, number>, accelerators: string[] = [], isFlags = false): void {
  registerType({ fullName, accelerators, baseTypes: ['System.Enum', 'System.ValueType'], enumValues: values, isFlags, isScalar: true });
}

/** A byte[] argument's bytes. */
export function bytesOf(v: unknown): Buffer {
  const items = Array.isArray(v) ? v : v instanceof ListValue ? v.items : [];
  return Buffer.from(items.map((x) => (x instanceof TypedNumber ? Number(x.value) : toInt32(x))));
}

/** Bytes as a byte[] value. */
export function byteArray(buf: Uint8Array): unknown[] {
  return typedArray([...buf].map((b) => new TypedNumber('System.Byte', b)), 'System.Byte');
}
