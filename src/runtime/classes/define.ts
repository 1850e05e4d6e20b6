// Defines the classes and enums of a script before it runs (pwsh creates them when it compiles the script, so a type
// can be used above its definition). Problems pwsh finds while creating the types come back as ParseErrors.

import type * as A from '../../parser/ast';
import { typeDisplayName, EXCEPTION_BASES, findType, registerExceptionType } from '../values';
import { tryResolveTypeName, clearResolvedTypes } from '../types/resolver';
import { compileExpression } from '../compiler/expressions';
import { compileMethodBody } from '../compiler/scriptblocks';
import { Msg, fmt } from '../messages';
import { ClassMsg } from './messages';
import { ClassType } from './class-type';
import type { ClassProperty, ClassSession, MethodOverload, MethodParameter } from './members';
import { defineEnum } from './enums';

export type DefinitionError = A.ParseError;

/** The types a script defines, by definition node (so the running block can bind them to its scope). */
const definedClasses = new WeakMap<A.TypeDefinitionAst, ClassType>();

export function classDefinedBy(ast: A.TypeDefinitionAst): ClassType | undefined {
  return definedClasses.get(ast);
}

// .NET types a script class can't derive from (sealed or value types), by full name.
const SEALED = new Set(['System.String', 'System.Int32', 'System.Int64', 'System.Double', 'System.Boolean', 'System.Char',
  'System.Decimal', 'System.DateTime', 'System.TimeSpan', 'System.Guid', 'System.Version', 'System.Byte',
  'System.Management.Automation.ScriptBlock', 'System.Management.Automation.PSCustomObject', 'System.Text.StringBuilder']);

class Definer {
  readonly errors: DefinitionError[] = [];
  readonly locals = new Map<string, A.TypeDefinitionAst>();
  readonly classes = new Map<A.TypeDefinitionAst, ClassType>();

  constructor(readonly session: ClassSession) {}

  error(errorId: string, extent: A.Extent, message: string): void {
    this.errors.push({ errorId, message, extent, incompleteInput: false });
  }

  /** A type named in a definition, as a full name; undefined (and TypeNotFound) when it does not exist. */
  resolve(t: A.ITypeName): string | undefined {
    if (t.type === 'ArrayTypeName') {
      const element = this.resolve(t.elementType);
      return element && element + '[]';
    }
    if (t.type === 'TypeName') {
      const local = this.locals.get(t.name.toLowerCase());
      if (local) return local.name;
    }
    const found = tryResolveTypeName(t.fullName);
    if (!found) this.error('TypeNotFound', t.extent, fmt(Msg.TypeNotFound, t.fullName));
    return found?.fullName;
  }

  define(asts: A.TypeDefinitionAst[]): void {
    for (const ast of asts) this.locals.set(ast.name.toLowerCase(), ast);
    for (const ast of asts) if (ast.isEnum) defineEnum(ast, this.session, (id, extent, message) => this.error(id, extent, message));
    const ordered = baseFirst(asts.filter((a) => a.isClass), this.locals);
    for (const ast of ordered) this.defineClass(ast);
    if (this.errors.length === 0) {
      for (const [ast, type] of this.classes) {
        type.register();
        definedClasses.set(ast, type);
      }
    }
    clearResolvedTypes();
  }

  private defineClass(ast: A.TypeDefinitionAst): void {
    for (const attribute of ast.attributes) {
      if (/^(System\.)?Flags(Attribute)?$/i.test(attribute.typeName.fullName)) {
        this.error('AttributeNotAllowedOnDeclaration', attribute.extent, fmt(ClassMsg.AttributeNotAllowedOnDeclaration, 'System.FlagsAttribute', 'Enum'));
      }
    }
    let base: ClassType | undefined;
    const baseTypes: string[] = [];
    const interfaces: string[] = [];
    ast.baseTypes.forEach((constraint, i) => {
      const name = this.resolve(constraint.typeName);
      if (!name) return;
      const local = this.locals.get(name.toLowerCase());
      if (local) {
        base = this.classes.get(local);
        if (base) baseTypes.push(base.name, ...base.baseTypes);
      } else if (i === 0 && isInterface(name)) {
        interfaces.push(name);
      } else if (i === 0) {
        if (SEALED.has(name)) {
          this.error('SealedBaseClass', constraint.extent, fmt(ClassMsg.SealedBaseClass, name.slice(name.lastIndexOf('.') + 1)));
          return;
        }
        baseTypes.push(...netBaseChain(name));
      } else {
        interfaces.push(name);
      }
    });
    if (base) interfaces.push(...base.interfaces);
    const type = new ClassType(ast.name, ast, this.session, base, baseTypes, interfaces);
    this.classes.set(ast, type);
    if (baseTypes.some((b) => EXCEPTION_BASES[b]) || baseTypes[0] === 'System.Exception') {
      registerExceptionType(ast.name, baseTypes[0]);
    }
    this.addMembers(type, ast);
  }

  private addMembers(type: ClassType, ast: A.TypeDefinitionAst): void {
    const seen = new Set<string>();
    const own: ClassProperty[] = [];
    const ownMethods = new Map<string, MethodOverload[]>();
    for (const m of ast.members) {
      if (m.type === 'PropertyMemberAst') {
        const key = m.name.toLowerCase();
        if (seen.has(key)) this.error('MemberAlreadyDefined', m.extent, fmt(ClassMsg.MemberAlreadyDefined, m.name));
        seen.add(key);
        const typeName = m.propertyType ? this.resolve(m.propertyType.typeName) : undefined;
        const p: ClassProperty = {
          name: m.name,
          typeName: typeName === 'System.Object' ? undefined : typeName,
          displayType: typeDisplayName(typeName),
          hidden: m.isHidden,
          isStatic: m.isStatic,
          initialValue: m.initialValue ? compileExpression(m.initialValue) : undefined,
          declaringType: ast.name,
        };
        (m.isStatic ? type.staticProperties : own).push(p);
        continue;
      }
      const overload = this.overload(type, m);
      const isConstructor = m.name.toLowerCase() === ast.name.toLowerCase() && !m.returnType;
      const list = isConstructor ? type.constructors : ownMethodsOf(m.isStatic ? type.staticMethods : ownMethods, m.name);
      if (list.some((o) => sameSignature(o, overload))) this.error('MemberAlreadyDefined', m.nameExtent, fmt(ClassMsg.MemberAlreadyDefined, m.name));
      list.push(overload);
    }
    type.properties.push(...own, ...(type.base?.properties ?? []).filter((p) => !seen.has(p.name.toLowerCase())));
    // Inherited methods first, then the class's own: an own overload with the same parameters replaces the base's.
    for (const [key, overloads] of type.base?.methods ?? []) type.methods.set(key, [...overloads]);
    for (const [key, overloads] of ownMethods) {
      const merged = (type.methods.get(key) ?? []).filter((b) => !overloads.some((o) => sameSignature(o, b)));
      type.methods.set(key, [...merged, ...overloads]);
    }
    if (type.base && type.constructors.length === 0 && type.base.constructors.length > 0 && !type.base.constructors.some((c) => c.parameters.length === 0)) {
      this.error('BaseClassNoDefaultCtor', ast.extent, fmt(ClassMsg.BaseClassNoDefaultCtor, type.base.name));
    }
    for (const p of type.staticProperties) {
      if (p.initialValue) type.staticValues.set(p.name.toLowerCase(), p.initialValue(this.session.context()));
    }
  }

  private overload(type: ClassType, m: A.FunctionMemberAst): MethodOverload {
    const parameters: MethodParameter[] = m.parameters.map((p) => {
      const constraint = p.attributes.find((a): a is A.TypeConstraintAst => a.type === 'TypeConstraintAst');
      const typeName = constraint ? this.resolve(constraint.typeName) : undefined;
      return { name: p.name.variablePath.unqualifiedPath, typeName: typeName === 'System.Object' ? undefined : typeName, displayType: typeDisplayName(typeName) };
    });
    const returnName = m.returnType ? this.resolve(m.returnType.typeName) : undefined;
    const isVoid = !returnName || returnName === 'System.Void';
    return {
      name: m.name,
      parameters,
      returnType: isVoid ? undefined : returnName,
      displayReturnType: isVoid ? 'void' : typeDisplayName(returnName),
      hidden: m.isHidden,
      isStatic: m.isStatic,
      body: compileMethodBody(m.body),
      baseArguments: m.baseArguments?.map((e) => compileExpression(e)),
      declaringType: type.name,
      session: this.session,
      ast: m,
    };
  }
}

function ownMethodsOf(map: Map<string, MethodOverload[]>, name: string): MethodOverload[] {
  const key = name.toLowerCase();
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

function sameSignature(a: MethodOverload, b: MethodOverload): boolean {
  return a.parameters.length === b.parameters.length && a.parameters.every((p, i) => p.typeName === b.parameters[i].typeName);
}

/** Classes ordered so that each comes after the script class it derives from. */
function baseFirst(classes: A.TypeDefinitionAst[], locals: Map<string, A.TypeDefinitionAst>): A.TypeDefinitionAst[] {
  const out: A.TypeDefinitionAst[] = [];
  const visiting = new Set<A.TypeDefinitionAst>();
  const visit = (ast: A.TypeDefinitionAst): void => {
    if (out.includes(ast) || visiting.has(ast)) return;
    visiting.add(ast);
    const first = ast.baseTypes[0]?.typeName;
    const base = first?.type === 'TypeName' ? locals.get(first.name.toLowerCase()) : undefined;
    if (base?.isClass) visit(base);
    out.push(ast);
  };
  classes.forEach(visit);
  return out;
}

function isInterface(fullName: string): boolean {
  const short = fullName.slice(fullName.lastIndexOf('.') + 1).replace(/`.*$/, '');
  return /^I[A-Z]/.test(short) && !findType(fullName)?.construct;
}

/** A .NET base class and its bases (exceptions from the exception table, others from their adapter). */
function netBaseChain(name: string): string[] {
  const chain: string[] = [];
  for (let t: string | undefined = name; t && t !== 'System.Object'; t = EXCEPTION_BASES[t] ?? findType(t)?.baseTypes?.[0]) chain.push(t);
  return chain;
}

/** Defines the classes and enums; returns pwsh's errors for definitions it would refuse. */
export function defineTypes(asts: A.TypeDefinitionAst[], session: ClassSession): DefinitionError[] {
  const definer = new Definer(session);
  definer.define(asts);
  return definer.errors;
}
