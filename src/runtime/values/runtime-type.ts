// A .NET type as a value ([int], $x.GetType()): System.RuntimeType. Wraps a full name and, when registered, its adapter.

import type { TypeAdapter } from './type-registry';

export class RuntimeType {
  constructor(
    readonly fullName: string,
    readonly adapter?: TypeAdapter,
    /** Element type for array types ('System.String' for System.String[]). */
    readonly elementType?: RuntimeType,
    /** Generic arguments for constructed generic types (List[string]). */
    readonly genericArguments?: RuntimeType[],
  ) {}
  get name(): string {
    const plain = this.fullName.replace(/\[.*$/, '');
    // A nested type's Name is after the '+' (Hashtable+KeyCollection → KeyCollection).
    const short = plain.slice(Math.max(plain.lastIndexOf('.'), plain.lastIndexOf('+')) + 1);
    return this.fullName.endsWith('[]') ? short + '[]' : short;
  }
  /** Type.ToString(): a constructed generic names its arguments without assemblies (List`1[System.Int32]). */
  toString(): string {
    if (!this.genericArguments) return this.fullName;
    return `${this.fullName.replace(/\[.*$/, '')}[${this.genericArguments.map(String).join(',')}]`;
  }
}
