// Engine object types: ScriptBlock, ErrorRecord, exceptions, InvocationInfo, ErrorCategoryInfo, System.Type,
// PSCustomObject, SwitchParameter and the engine's enums.

import {
  registerType, ScriptBlock, ErrorRecord, DotNetException, ErrorCategoryInfo, RuntimeType, PSObject, SwitchParameter,
  EnumValue, ERROR_CATEGORIES, AutomationNull, findType, InvocationInfo, registerExceptionMembers, type TypeAdapter,
} from '../values';
import { toStr } from '../convert';
import { setEnumFactory } from './static-members';
import { arg, registerEnum } from './helpers';

registerType({
  fullName: 'System.Management.Automation.ScriptBlock',
  accelerators: ['scriptblock'],
  jsClass: ScriptBlock,
  properties: [
    { name: 'File', type: 'string', get: () => null },
    { name: 'IsFilter', type: 'bool', get: () => false },
    { name: 'Module', type: 'psmoduleinfo', get: () => null },
    { name: 'Ast', type: 'System.Management.Automation.Language.Ast', get: (sb: ScriptBlock) => languageApi().scriptBlockAst(sb) },
  ],
  methods: [
    { name: 'Invoke', invoke: (sb: ScriptBlock, a) => sb.invoke(a) },
    { name: 'InvokeReturnAsIs', invoke: (sb: ScriptBlock, a) => { const r = sb.invoke(a); return r.length === 0 ? AutomationNull : r.length === 1 ? r[0] : r; } },
    { name: 'GetNewClosure', invoke: (sb: ScriptBlock) => sb },
  ],
  staticMethods: [{ name: 'Create', invoke: (a) => createScriptBlock(arg.str(a, 0)) }],
  toString: (sb: ScriptBlock) => sb.text,
});

// The AST object model loads on first use (tools ask for it; scripts rarely do).
const languageApi = (): typeof import('../language/ast-objects') => require('../language/ast-objects');

let scriptBlockFactory: (text: string) => ScriptBlock = () => {
  throw new DotNetException('System.NotSupportedException', 'Specified method is not supported.');
};
export function setScriptBlockFactory(f: (text: string) => ScriptBlock): void {
  scriptBlockFactory = f;
}
function createScriptBlock(text: string): ScriptBlock {
  return scriptBlockFactory(text);
}

/** PositionMessage as pwsh builds it: `At <file>:<line> char:<col>` + the line + tildes. */
export function positionMessage(inv: InvocationInfo | undefined): string {
  if (!inv || !inv.line) return '';
  const where = inv.scriptName || 'line';
  const line = inv.lineText;
  const width = inv.endLine === inv.line ? Math.max(1, inv.endColumn - inv.column) : Math.max(1, line.length - inv.column + 1);
  return `At ${where}:${inv.line} char:${inv.column}\n+ ${line}\n+ ${' '.repeat(inv.column - 1)}${'~'.repeat(width)}`;
}

/** $MyInvocation.MyCommand: name, type and (for scripts) path of the running command. */
function myCommand(info: InvocationInfo): unknown {
  if (!info.commandName) return null;
  const o = PSObject.fromEntries([
    ['Name', info.commandName],
    ['CommandType', info.commandType ?? 'Cmdlet'],
    ['Definition', info.commandPath ?? info.commandName],
  ]);
  if (info.commandPath) {
    o.setNote('Path', info.commandPath);
    o.setNote('Source', info.commandPath);
  }
  o.typeNames = [`System.Management.Automation.${info.commandType === 'ExternalScript' ? 'ExternalScriptInfo' : info.commandType === 'Function' ? 'FunctionInfo' : 'CmdletInfo'}`, 'System.Management.Automation.CommandInfo', 'System.Object'];
  return o;
}

class InvocationInfoValue {
  constructor(readonly info: InvocationInfo) {}
}

registerType({
  fullName: 'System.Management.Automation.ErrorRecord',
  jsClass: ErrorRecord,
  properties: [
    { name: 'Exception', type: 'System.Exception', get: (r: ErrorRecord) => r.exception },
    { name: 'TargetObject', type: 'System.Object', get: (r: ErrorRecord) => r.targetObject },
    { name: 'CategoryInfo', type: 'System.Management.Automation.ErrorCategoryInfo', get: (r: ErrorRecord) => r.categoryInfo },
    { name: 'FullyQualifiedErrorId', type: 'string', get: (r: ErrorRecord) => r.FullyQualifiedErrorId },
    { name: 'ErrorDetails', type: 'System.Management.Automation.ErrorDetails', get: (r: ErrorRecord) => (r.errorDetailsMessage === undefined ? null : { Message: r.errorDetailsMessage, RecommendedAction: r.recommendedAction ?? null }) },
    { name: 'InvocationInfo', type: 'System.Management.Automation.InvocationInfo', get: (r: ErrorRecord) => (r.invocationInfo ? new InvocationInfoValue(r.invocationInfo) : null) },
    { name: 'ScriptStackTrace', type: 'string', get: (r: ErrorRecord) => r.scriptStackTrace },
    { name: 'PipelineIterationInfo', type: 'System.Collections.ObjectModel.ReadOnlyCollection[int]', get: () => [] },
  ],
  construct: (a) => {
    const ex = a[0] instanceof DotNetException ? a[0] : new DotNetException('System.Exception', toStr(a[0]));
    const category = a[2] instanceof EnumValue ? (a[2].name as never) : ((toStr(a[2]) || 'NotSpecified') as never);
    return new ErrorRecord(ex, toStr(a[1]), category, a[3] ?? null);
  },
});

registerType({
  fullName: 'System.Management.Automation.InvocationInfo',
  jsClass: InvocationInfoValue,
  properties: [
    { name: 'MyCommand', type: 'System.Management.Automation.CommandInfo', get: (i: InvocationInfoValue) => myCommand(i.info) },
    { name: 'BoundParameters', type: 'System.Collections.Generic.Dictionary[string,System.Object]', get: () => null },
    { name: 'UnboundArguments', type: 'System.Collections.Generic.List[System.Object]', get: () => [] },
    { name: 'ScriptLineNumber', type: 'int', get: (i: InvocationInfoValue) => i.info.line },
    { name: 'OffsetInLine', type: 'int', get: (i: InvocationInfoValue) => i.info.column },
    { name: 'HistoryId', type: 'long', get: () => 1n },
    { name: 'ScriptName', type: 'string', get: (i: InvocationInfoValue) => i.info.scriptName },
    { name: 'Line', type: 'string', get: (i: InvocationInfoValue) => (i.info.lineText ? i.info.lineText + '\n' : '') },
    { name: 'Statement', type: 'string', get: (i: InvocationInfoValue) => i.info.extentText },
    { name: 'PositionMessage', type: 'string', get: (i: InvocationInfoValue) => positionMessage(i.info) },
    { name: 'PSScriptRoot', type: 'string', get: (i: InvocationInfoValue) => i.info.scriptName.replace(/[\\/][^\\/]*$/, '') },
    { name: 'PSCommandPath', type: 'string', get: (i: InvocationInfoValue) => i.info.scriptName },
    { name: 'InvocationName', type: 'string', get: (i: InvocationInfoValue) => i.info.invocationName ?? i.info.commandName },
    { name: 'PipelineLength', type: 'int', get: () => 1 },
    { name: 'PipelinePosition', type: 'int', get: () => 1 },
    { name: 'ExpectingInput', type: 'bool', get: () => false },
    { name: 'CommandOrigin', type: 'System.Management.Automation.CommandOrigin', get: () => 'Internal' },
    { name: 'DisplayScriptPosition', type: 'System.Management.Automation.Language.IScriptExtent', get: () => null },
  ],
});

/** Wraps the engine's InvocationInfo records so $MyInvocation exposes pwsh's members. */
export function invocationValue(info: InvocationInfo): unknown {
  return new InvocationInfoValue(info);
}

registerType({
  fullName: 'System.Management.Automation.ErrorCategoryInfo',
  jsClass: ErrorCategoryInfo,
  properties: [
    { name: 'Category', type: 'System.Management.Automation.ErrorCategory', get: (c: ErrorCategoryInfo) => errorCategory(c.category) },
    { name: 'Activity', type: 'string', get: (c: ErrorCategoryInfo) => c.activity },
    { name: 'Reason', type: 'string', get: (c: ErrorCategoryInfo) => c.reason },
    { name: 'TargetName', type: 'string', get: (c: ErrorCategoryInfo) => c.targetName },
    { name: 'TargetType', type: 'string', get: (c: ErrorCategoryInfo) => c.targetType },
  ],
  methods: [{ name: 'GetMessage', invoke: (c: ErrorCategoryInfo) => c.toString() }],
});

function errorCategory(name: string): EnumValue {
  return new EnumValue('System.Management.Automation.ErrorCategory', name, ERROR_CATEGORIES.indexOf(name as never));
}

registerType({
  fullName: 'System.Exception',
  accelerators: ['exception'],
  jsClass: DotNetException,
  properties: [
    { name: 'ErrorRecord', type: 'System.Management.Automation.ErrorRecord', get: (e: DotNetException) => e.errorRecord ?? null, hidden: false },
    { name: 'WasThrownFromThrowStatement', type: 'bool', get: (e: DotNetException) => e.wasThrownFromThrowStatement },
    { name: 'TargetSite', type: 'System.Reflection.MethodBase', get: () => null },
    { name: 'Message', type: 'string', get: (e: DotNetException) => e.message },
    { name: 'Data', type: 'System.Collections.IDictionary', get: () => null },
    { name: 'InnerException', type: 'System.Exception', get: (e: DotNetException) => e.innerException ?? null },
    { name: 'HelpLink', type: 'string', get: () => null },
    { name: 'Source', type: 'string', get: () => null },
    { name: 'HResult', type: 'int', get: () => -2146233087 },
    { name: 'StackTrace', type: 'string', get: () => null },
  ],
  methods: [{ name: 'GetBaseException', invoke: (e: DotNetException) => { let x = e; while (x.innerException) x = x.innerException; return x; } }],
  construct: (a) => new DotNetException('System.Exception', a.length ? toStr(a[0]) : 'Exception of type \'System.Exception\' was thrown.', a[1] instanceof DotNetException ? a[1] : undefined),
  toString: (e: DotNetException) => `${e.typeName}: ${e.message}`,
});

/** Exception types scripts construct ([System.ArgumentException]::new('x')). */
for (const [name, accel] of [
  ['System.ArgumentException', 'ArgumentException'],
  ['System.ArgumentNullException', undefined],
  ['System.InvalidOperationException', undefined],
  ['System.NotSupportedException', undefined],
  ['System.NotImplementedException', undefined],
  ['System.IO.FileNotFoundException', undefined],
  ['System.UnauthorizedAccessException', undefined],
  ['System.FormatException', undefined],
  ['System.TimeoutException', undefined],
  ['System.Management.Automation.RuntimeException', 'RuntimeException'],
  ['System.Management.Automation.ItemNotFoundException', undefined],
  ['System.Management.Automation.PSInvalidOperationException', undefined],
  ['System.Management.Automation.PSArgumentException', undefined],
] as Array<[string, string | undefined]>) {
  const base = findType('System.Exception')!;
  registerType({
    ...base,
    fullName: name,
    accelerators: accel ? [accel] : [],
    jsClass: undefined,
    isInstance: () => false,
    construct: (a) => new DotNetException(name, a.length ? toStr(a[0]) : `Exception of type '${name}' was thrown.`, a[1] instanceof DotNetException ? a[1] : undefined),
  });
}

/** What a native command's non-zero exit raises under $PSNativeCommandUseErrorActionPreference. */
const nativeCommandExit: TypeAdapter = {
  ...findType('System.Exception')!,
  fullName: 'System.Management.Automation.NativeCommandExitException',
  baseTypes: ['System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
  jsClass: undefined,
  isInstance: () => false,
  properties: [
    { name: 'Path', type: 'string', get: (e: DotNetException) => e.data.Path ?? null },
    { name: 'ExitCode', type: 'int', get: (e: DotNetException) => e.data.ExitCode ?? 0 },
    { name: 'ProcessId', type: 'int', get: (e: DotNetException) => e.data.ProcessId ?? 0 },
    ...findType('System.Exception')!.properties!,
  ],
  construct: undefined,
};
registerType(nativeCommandExit);
registerExceptionMembers(nativeCommandExit);

registerType({
  fullName: 'System.RuntimeType',
  accelerators: ['type'],
  baseTypes: ['System.Reflection.TypeInfo', 'System.Type', 'System.Reflection.MemberInfo'],
  jsClass: RuntimeType,
  properties: [
    { name: 'IsPublic', type: 'bool', get: () => true },
    { name: 'IsSerial', type: 'bool', get: () => true },
    { name: 'Name', type: 'string', get: (t: RuntimeType) => t.name },
    { name: 'BaseType', type: 'type', get: (t: RuntimeType) => baseTypeOf(t) },
    { name: 'FullName', type: 'string', get: (t: RuntimeType) => t.fullName },
    { name: 'Namespace', type: 'string', get: (t: RuntimeType) => t.fullName.replace(/\[.*$/, '').replace(/\.[^.]*$/, '') },
    { name: 'IsArray', type: 'bool', get: (t: RuntimeType) => t.fullName.endsWith('[]') },
    { name: 'IsEnum', type: 'bool', get: (t: RuntimeType) => !!t.adapter?.enumValues },
    { name: 'IsValueType', type: 'bool', get: (t: RuntimeType) => (t.adapter?.baseTypes ?? []).includes('System.ValueType') },
  ],
  methods: [
    { name: 'GetElementType', invoke: (t: RuntimeType) => t.elementType ?? null },
    { name: 'GetEnumNames', invoke: (t: RuntimeType) => Object.keys(t.adapter?.enumValues ?? {}) },
    { name: 'GetEnumValues', invoke: (t: RuntimeType) => Object.entries(t.adapter?.enumValues ?? {}).map(([n, v]) => new EnumValue(t.fullName, n, v)) },
    { name: 'IsInstanceOfType', invoke: () => false },
  ],
  toString: (t: RuntimeType) => String(t),
});

function baseTypeOf(t: RuntimeType): RuntimeType | null {
  if (t.fullName === 'System.Object') return null;
  if (t.fullName.endsWith('[]')) return new RuntimeType('System.Array', findType('System.Array'));
  const b = t.adapter?.baseTypes?.[0] ?? 'System.Object';
  return new RuntimeType(b, findType(b));
}

registerType({
  fullName: 'System.Management.Automation.PSCustomObject',
  accelerators: ['pscustomobject'],
  isInstance: (v) => v instanceof PSObject && v.isCustomObject,
  toString: () => '',
});

registerType({
  fullName: 'System.Management.Automation.SwitchParameter',
  accelerators: ['switch'],
  baseTypes: ['System.ValueType'],
  jsClass: SwitchParameter,
  properties: [{ name: 'IsPresent', type: 'bool', get: (s: SwitchParameter) => s.IsPresent }],
  methods: [{ name: 'ToBool', invoke: (s: SwitchParameter) => s.IsPresent }],
  staticProperties: [{ name: 'Present', get: () => new SwitchParameter(true) }],
});

registerEnum('System.Management.Automation.ActionPreference', { SilentlyContinue: 0, Stop: 1, Continue: 2, Inquire: 3, Ignore: 4, Suspend: 5, Break: 6 }, ['ActionPreference']);
registerEnum('System.Management.Automation.ErrorCategory', Object.fromEntries(ERROR_CATEGORIES.map((c, i) => [c, i])), ['ErrorCategory']);
registerEnum('System.Management.Automation.ConfirmImpact', { None: 0, Low: 1, Medium: 2, High: 3 });
registerEnum('System.Management.Automation.NativeArgumentPassingStyle', { Legacy: 0, Standard: 1, Windows: 2 });
registerEnum('System.Management.Automation.ErrorView', { NormalView: 0, CategoryView: 1, ConciseView: 2, DetailedView: 3 });
registerEnum('System.DayOfWeek', { Sunday: 0, Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6 }, ['DayOfWeek']);
registerEnum('System.DateTimeKind', { Unspecified: 0, Utc: 1, Local: 2 });
registerEnum('System.StringSplitOptions', { None: 0, RemoveEmptyEntries: 1, TrimEntries: 2 }, [], true);
registerEnum('System.StringComparison', { CurrentCulture: 0, CurrentCultureIgnoreCase: 1, InvariantCulture: 2, InvariantCultureIgnoreCase: 3, Ordinal: 4, OrdinalIgnoreCase: 5 });
registerEnum('System.MidpointRounding', { ToEven: 0, AwayFromZero: 1, ToZero: 2, ToNegativeInfinity: 3, ToPositiveInfinity: 4 });
registerEnum('System.Text.RegularExpressions.RegexOptions', { None: 0, IgnoreCase: 1, Multiline: 2, ExplicitCapture: 4, Compiled: 8, Singleline: 16, IgnorePatternWhitespace: 32, RightToLeft: 64, ECMAScript: 256, CultureInvariant: 512 }, [], true);
registerEnum('System.ConsoleColor', { Black: 0, DarkBlue: 1, DarkGreen: 2, DarkCyan: 3, DarkRed: 4, DarkMagenta: 5, DarkYellow: 6, Gray: 7, DarkGray: 8, Blue: 9, Green: 10, Cyan: 11, Red: 12, Magenta: 13, Yellow: 14, White: 15 }, ['ConsoleColor']);

registerEnum('System.Management.Automation.CommandTypes', { Alias: 1, Function: 2, Filter: 4, Cmdlet: 8, ExternalScript: 16, Application: 32, Script: 64, Configuration: 256, All: 383 }, [], true);
registerEnum('System.IO.FileAttributes', { None: 0, ReadOnly: 1, Hidden: 2, System: 4, Directory: 16, Archive: 32, Device: 64, Normal: 128, Temporary: 256, SparseFile: 512, ReparsePoint: 1024, Compressed: 2048, Offline: 4096, NotContentIndexed: 8192, Encrypted: 16384, IntegrityStream: 32768, NoScrubData: 131072 }, [], true);

setEnumFactory((t, name, value) => new EnumValue(t.fullName, name, value));


