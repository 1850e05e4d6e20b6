// System.Management.Automation.PSMemberTypes, the [Flags] enum Get-Member and Add-Member take.

import { EnumValue, registerType } from '../../../src/runtime/values';

export const PS_MEMBER_TYPES: Record<string, number> = {
  AliasProperty: 1,
  CodeProperty: 2,
  Property: 4,
  NoteProperty: 8,
  ScriptProperty: 16,
  Properties: 31,
  PropertySet: 32,
  Method: 64,
  CodeMethod: 128,
  ScriptMethod: 256,
  Methods: 448,
  ParameterizedProperty: 512,
  MemberSet: 1024,
  Event: 2048,
  Dynamic: 4096,
  InferredProperty: 8192,
  All: 16383,
};

export const PS_MEMBER_TYPES_NAME = 'System.Management.Automation.PSMemberTypes';

registerType({ fullName: PS_MEMBER_TYPES_NAME, enumValues: PS_MEMBER_TYPES, isFlags: true, isScalar: true });

/** The flag bits of a PSMemberTypes argument (an EnumValue, or names/numbers when the binder left them raw). */
export function memberTypeMask(value: unknown): number {
  if (value instanceof EnumValue) return value.value;
  if (typeof value === 'number') return value;
  return String(value)
    .split(',')
    .map((n) => PS_MEMBER_TYPES[Object.keys(PS_MEMBER_TYPES).find((k) => k.toLowerCase() === n.trim().toLowerCase()) ?? ''] ?? 0)
    .reduce((a, b) => a | b, 0);
}
