// The values contract: how PowerShell values are represented in psnode. Every layer codes against this module.
//
// Representation (JS value → .NET type):
//   number, integral and within Int32       → System.Int32   (the hot path: plain JS arithmetic)
//   number, anything else (2.5, 2^31, NaN)  → System.Double
//   DoubleBox(n)                            → System.Double whose value is integral ([double]2, 2.5+0.5)
//   bigint                                  → System.Int64   (1l, [long]5)
//   Decimal (scaled bigint)                 → System.Decimal (1d, 1.50d keeps its scale)
//   TypedNumber(type, n)                    → Byte, SByte, Int16, UInt16, UInt32, UInt64, Single
//   string / boolean                        → System.String / System.Boolean
//   PSChar                                  → System.Char
//   null                                    → $null;  AutomationNull (a symbol) → "no output" (not enumerated)
//   Array                                   → System.Object[] (typedArray(items, 'System.String') → String[])
//   Hashtable (ordered=false/true)          → System.Collections.Hashtable / ...Specialized.OrderedDictionary
//                                             case-insensitive string keys, insertion order kept
//   ListValue                               → System.Collections.ArrayList / System.Collections.Generic.List`1
//   PSObject                                → PSCustomObject (no baseObject) or a wrapper carrying Add-Member
//                                             members; ordered members; typeNames = pstypenames
//   plain JS object {a: 1}                  → treated as a PSCustomObject with those note properties (convenience
//                                             for TypeScript cmdlets; prefer PSObject.fromEntries)
//   ScriptBlock, SecureString, PSCredential, DateTime, TimeSpan, Guid, Version, EnumValue, SwitchParameter,
//   ErrorRecord, DotNetException (an exception, by .NET type name), DictionaryEntry, RuntimeType ([int])
//   any other class instance                → whatever the type-adapter registry says (registerType /
//                                             registerLazyType), e.g. X509Certificate2 from src/pki.
//
// API for other layers:
//   typeNameOf(v)            GetType().FullName           typeNamesOf(v)   pstypenames (format views match these)
//   getProperties(v)         ordered display properties   getPropertyValue(v, name)  member read (+enumeration)
//   setPropertyValue, invokeMethod                         toDisplayString(v)  ToString as pwsh prints a scalar
//   enumerateValue(v)        pipeline enumeration (undefined for a single object)
//   registerType / registerLazyType / findType            the type-adapter registry
//   revealSecureString(s)    the only way to read a SecureString's text
// Conversions (LanguagePrimitives) live in ../convert.ts, operators in ../operators/.

export * from './numbers';
export * from './primitives';
export * from './collections';
export * from './generic-collections';
export * from './psobject';
export * from './scriptblock';
export * from './datetime';
export * from './errors';
export * from './type-registry';
export * from './runtime-type';
export * from './typeinfo';
export * from './tostring';
export * from './enumerate';
export * from './members';
export * from './type-display-name';
