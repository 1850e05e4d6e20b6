// A script class as a runtime type: a JS class per script class (inheritance is the JS prototype chain, so the type
// registry finds the adapter of any instance), and a TypeAdapter that exposes its properties, methods, static members
// and constructors to member access, conversion, Get-Member and the formatter like any other type.

import type * as A from '../../parser/ast';
import {
  registerType, RuntimeType, TypeAdapter, Hashtable, ErrorRecord, DotNetException, PSError, isNull,
  PropertyAdapter, MethodAdapter, StaticMethodAdapter, StaticPropertyAdapter,
} from '../values';
import { toStr, convertTo, ConversionError } from '../convert';
import { runtimeError } from '../error-factory';
import { Msg, fmt } from '../messages';
import { ClassMsg } from './messages';
import {
  ClassProperty, MethodOverload, ClassSession, convertToMember, invokeOverload, chooseOverload,
} from './members';

/** The JS base of every script class instance: property values by lower-case name. */
export class ClassInstance {
  readonly fields: Record<string, unknown> = Object.create(null);
}

type InstanceClass = new () => ClassInstance;

export class ClassType {
  /** Instance properties, the class's own first, then its bases' (pwsh's display order). */
  readonly properties: ClassProperty[] = [];
  readonly staticProperties: ClassProperty[] = [];
  readonly staticValues = new Map<string, unknown>();
  /** Instance methods by lower-case name, inherited ones included (an override replaces its base's overload). */
  readonly methods = new Map<string, MethodOverload[]>();
  readonly staticMethods = new Map<string, MethodOverload[]>();
  readonly constructors: MethodOverload[] = [];
  readonly jsClass: InstanceClass;
  adapter!: TypeAdapter;
  runtimeType!: RuntimeType;

  constructor(
    readonly name: string,
    readonly ast: A.TypeDefinitionAst,
    readonly session: ClassSession,
    /** The script class this one derives from. */
    readonly base?: ClassType,
    /** Base types by full name, nearest first (script classes, then .NET types), and interfaces. */
    readonly baseTypes: string[] = [],
    readonly interfaces: string[] = [],
  ) {
    const parent: InstanceClass = base?.jsClass ?? ClassInstance;
    // A named JS class so stack traces and the registry's by-class lookup stay readable.
    this.jsClass = { [name]: class extends parent {} }[name];
  }

  /** `[T]::new(args)`: fields set to their defaults, then the constructor chain runs. */
  construct(args: unknown[]): ClassInstance {
    const self = new this.jsClass();
    this.initializeFields(self);
    this.runConstructor(self, args);
    return self;
  }

  private initializeFields(self: ClassInstance): void {
    const chain: ClassType[] = [];
    for (let t: ClassType | undefined = this; t; t = t.base) chain.unshift(t);
    for (const t of chain) {
      for (const p of t.properties) {
        if (p.declaringType !== t.name) continue;
        const key = p.name.toLowerCase();
        self.fields[key] = p.initialValue
          ? convertToMember(p.initialValue(t.session.context()), p.typeName)
          : defaultValue(p.typeName);
      }
    }
  }

  private runConstructor(self: ClassInstance, args: unknown[]): void {
    if (this.constructors.length === 0) {
      if (args.length > 0) throw overloadNotFound('new', args.length);
      this.base?.runConstructor(self, []);
      return;
    }
    const ctor = chooseOverload(this.constructors, args);
    if (!ctor) throw overloadNotFound('new', args.length);
    if (this.base) {
      const baseArgs = ctor.baseArguments ? evaluateBaseArguments(this, ctor, self, args) : [];
      this.base.runConstructor(self, baseArgs);
    }
    invokeOverload(ctor.session, ctor, self, args);
  }

  /** The instance's ToString(): a ToString() method of the class or a base, else the class name. */
  instanceString(self: ClassInstance): string {
    const own = this.methods.get('tostring')?.find((o) => o.parameters.length === 0);
    if (!own) return this.name;
    const v = invokeOverload(own.session, own, self, []);
    return isNull(v) ? '' : toStr(v);
  }

  /** Builds and registers the adapter once members are known. */
  register(): void {
    this.adapter = {
      fullName: this.name,
      baseTypes: this.baseTypes,
      interfaces: this.interfaces,
      jsClass: this.jsClass,
      properties: this.properties.map((p) => propertyAdapter(p)),
      methods: [...this.methods.values()].map((overloads) => methodAdapter(this, overloads)),
      staticProperties: this.staticProperties.map((p) => staticPropertyAdapter(this, p)),
      staticMethods: [...this.staticMethods.values()].map((overloads) => staticMethodAdapter(this, overloads)),
      construct: (args) => this.construct(args),
      convertFrom: (v) => this.convertFrom(v),
      toString: (self: ClassInstance) => this.instanceString(self),
    };
    this.runtimeType = new RuntimeType(this.name, this.adapter);
    registerType(this.adapter);
  }

  /** `[T]@{ Name = ... }`: the default constructor, then each key sets its property. */
  private convertFrom(v: unknown): ClassInstance | undefined {
    if (!(v instanceof Hashtable)) return undefined;
    const self = this.construct([]);
    for (const key of v.keys()) {
      const name = toStr(key);
      const p = this.properties.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!p) throw runtimeError('PropertyAssignmentException', fmt(Msg.PropertyAssignmentException, name));
      self.fields[p.name.toLowerCase()] = convertToMember(v.get(key), p.typeName);
    }
    return self;
  }
}

/** `: base(...)` arguments, evaluated where the constructor's parameters are set. */
function evaluateBaseArguments(type: ClassType, ctor: MethodOverload, self: ClassInstance, args: unknown[]): unknown[] {
  const values: unknown[] = [];
  const evaluate: MethodOverload = {
    ...ctor,
    body: (ctx) => {
      for (const e of ctor.baseArguments!) values.push(e(ctx));
    },
  };
  invokeOverload(type.session, evaluate, self, args);
  return values;
}

function defaultValue(typeName: string | undefined): unknown {
  switch (typeName) {
    case undefined:
    case 'System.String':
    case 'System.Object':
      return null;
    case 'System.Boolean':
      return false;
  }
  try {
    return convertTo(0, typeName);
  } catch (e) {
    if (e instanceof PSError) return null;
    throw e;
  }
}

function overloadNotFound(name: string, count: number): PSError {
  const ex = new DotNetException('System.Management.Automation.MethodException', fmt(ClassMsg.MethodCountCouldNotFindBest, name, count));
  const rec = new ErrorRecord(ex, 'MethodCountCouldNotFindBest', 'NotSpecified', null);
  ex.errorRecord = rec;
  return new PSError(rec);
}

function propertyAdapter(p: ClassProperty): PropertyAdapter<ClassInstance> {
  const key = p.name.toLowerCase();
  return {
    name: p.name,
    type: p.displayType,
    hidden: p.hidden,
    get: (self) => self.fields[key],
    set: (self, value) => {
      self.fields[key] = convertForSet(p, value);
    },
  };
}

/** Setting a typed property converts; a failure is pwsh's SetValueInvocationException. */
function convertForSet(p: ClassProperty, value: unknown): unknown {
  try {
    return convertToMember(value, p.typeName);
  } catch (e) {
    if (!(e instanceof ConversionError)) throw e;
    const ex = new DotNetException('System.Management.Automation.SetValueInvocationException', fmt(ClassMsg.ExceptionWhenSetting, p.name, e.record.exception.message));
    const rec = new ErrorRecord(ex, 'ExceptionWhenSetting', 'NotSpecified', null);
    ex.errorRecord = rec;
    throw new PSError(rec);
  }
}

function methodAdapter(type: ClassType, overloads: MethodOverload[]): MethodAdapter<ClassInstance> {
  return {
    name: overloads[0].name,
    overloads: overloads.map((o) => signature(type.name, o.name, o)),
    parameters: overloads[0].parameters.map((p) => p.name),
    invoke: (self, args) => {
      const o = chooseOverload(overloads, args);
      if (!o) throw overloadNotFound(overloads[0].name, args.length);
      return invokeOverload(o.session, o, self, args);
    },
  };
}

function staticPropertyAdapter(type: ClassType, p: ClassProperty): StaticPropertyAdapter {
  const key = p.name.toLowerCase();
  return {
    name: p.name,
    type: p.displayType,
    get: () => (type.staticValues.has(key) ? type.staticValues.get(key) : null),
    set: (value) => {
      type.staticValues.set(key, convertForSet(p, value));
    },
  };
}

function staticMethodAdapter(type: ClassType, overloads: MethodOverload[]): StaticMethodAdapter {
  return {
    name: overloads[0].name,
    overloads: overloads.map((o) => 'static ' + signature(type.name, o.name, o)),
    invoke: (args) => {
      const o = chooseOverload(overloads, args);
      if (!o) throw overloadNotFound(overloads[0].name, args.length);
      return invokeOverload(o.session, o, undefined, args);
    },
  };
}

/** `int F(int x)` as OverloadDefinitions and Get-Member show it; a constructor is `T new(int x)`. */
function signature(typeName: string, name: string, o: MethodOverload | undefined): string {
  const params = (o?.parameters ?? []).map((p) => `${p.displayType} ${p.name}`).join(', ');
  return `${o ? (name === 'new' ? typeName : o.displayReturnType) : typeName} ${name}(${params})`;
}
