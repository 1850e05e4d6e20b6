// The pwsh AST object model (ScriptBlockAst, CommandAst, ... with Extent, Parent, FindAll, Find) built over psnode's
// parser tree. A tree is built whole, once per parsed text, so Parent works from any node; psnode's nodes map to
// their pwsh objects through a WeakMap.

import type * as A from '../../parser/ast';
import type { SourceText } from '../../parser/ast';
import { registerType, ScriptBlock, type PropertyAdapter } from '../values';
import { toBool } from '../convert';
import { tryResolveTypeName } from '../types/resolver';
import { constantValue } from '../compiler/expressions';
import { ScriptExtent } from './extent';
import { SHAPES, NS, type ChildMaker } from './ast-shapes';

export class AstObject {
  parent: AstObject | null = null;
  readonly children: AstObject[] = [];
  values: Record<string, unknown> = {};
  constructor(readonly kind: string, readonly extent: ScriptExtent) {}
  toString(): string {
    return this.extent.text;
  }
}

/** System.Tuple`2 (an if clause, a switch clause, a hashtable pair). */
export class AstTuple {
  constructor(readonly item1: unknown, readonly item2: unknown) {}
  toString(): string {
    return `(${String(this.item1)}, ${String(this.item2)})`;
  }
}

/** ITypeName: TypeName, ArrayTypeName, GenericTypeName. */
export class TypeNameObject {
  constructor(readonly node: A.ITypeName) {}
  toString(): string {
    return this.node.fullName;
  }
}

export class VariablePathObject {
  constructor(readonly path: A.VariablePath) {}
  toString(): string {
    return this.path.userPath;
  }
}

const classes = new Map<string, new (kind: string, extent: ScriptExtent) => AstObject>();
const objects = new WeakMap<object, AstObject>();

function classFor(kind: string): new (kind: string, extent: ScriptExtent) => AstObject {
  let c = classes.get(kind);
  if (!c) {
    // one JS class per pwsh type, so the type registry finds each type's adapter by class
    c = { [kind]: class extends AstObject {} }[kind];
    classes.set(kind, c);
  }
  return c;
}

function build(node: A.Ast, parent: AstObject | null, typeName: string | undefined): AstObject {
  const kind = node.type;
  const o = new (classFor(kind))(kind, ScriptExtent.of(node.extent));
  o.parent = parent;
  parent?.children.push(o);
  objects.set(node, o);
  const source = node.extent.source;
  const enclosing = kind === 'TypeDefinitionAst' ? (node as A.TypeDefinitionAst).name : typeName;
  const child = (n: A.Ast | undefined | null): AstObject | null => (n ? build(n, o, enclosing) : null);
  const maker: ChildMaker = {
    ast: child,
    list: (ns) => (ns ?? []).map((n) => child(n)),
    listOrNull: (ns) => (ns?.length ? ns.map((n) => child(n)) : null),
    tuple: (a, b) => {
      const first = child(a);
      return new AstTuple(first, child(b));
    },
    typeName: (t) => typeNameObject(t),
    variablePath: (v) => new VariablePathObject(v),
    staticType: (name) => tryResolveTypeName(name) ?? tryResolveTypeName('System.Object'),
    constant: (n) => constantValue(n),
    extent: (start, end) => new ScriptExtent(source, start, end),
    enclosingTypeName: () => enclosing,
  };
  o.values = SHAPES[kind]?.build?.(node, maker) ?? {};
  return o;
}

/** The pwsh object for a parser node, building the tree of its whole source text on first use. */
export function astObjectOf(node: A.Ast): AstObject {
  let o = objects.get(node);
  if (o) return o;
  const root = (node.extent.source as SourceText).root as A.Ast | undefined;
  if (root && !objects.has(root)) build(root, null, undefined);
  o = objects.get(node);
  return o ?? build(node, null, undefined);
}

/** A script block's Ast: a function's body answers with its FunctionDefinitionAst, as pwsh does. */
export function scriptBlockAst(sb: ScriptBlock): AstObject | null {
  const node = (sb.compiled as { ast?: A.ScriptBlockAst } | undefined)?.ast;
  if (!node) return null;
  const o = astObjectOf(node);
  return o.parent?.kind === 'FunctionDefinitionAst' ? o.parent : o;
}

function predicateOf(p: unknown): (a: AstObject) => boolean {
  if (p instanceof ScriptBlock) {
    return (a) => {
      const out = p.invoke([a]);
      return out.length === 0 ? false : toBool(out.length === 1 ? out[0] : out);
    };
  }
  return () => toBool(p);
}

/** FindAll: the node and its descendants in visit order; without searchNested, nested script blocks are not entered. */
function findAll(root: AstObject, predicate: (a: AstObject) => boolean, searchNested: boolean, first: boolean): AstObject[] {
  const found: AstObject[] = [];
  const walk = (a: AstObject): boolean => {
    if (a !== root && !searchNested && a.kind === 'ScriptBlockAst') return false;
    if (predicate(a)) {
      found.push(a);
      if (first) return true;
    }
    for (const c of a.children) if (walk(c)) return true;
    return false;
  };
  walk(root);
  return found;
}

// --- type registration --------------------------------------------------------------------------------------------

function baseChain(kind: string): string[] {
  const out: string[] = [];
  for (let b = SHAPES[kind]?.base; b; b = SHAPES[b]?.base) out.push(NS + b);
  return out;
}

const valueProperty = (name: string): PropertyAdapter<AstObject> => ({ name, get: (o) => o.values[name] ?? null });

for (const [kind, shape] of Object.entries(SHAPES)) {
  registerType({
    fullName: NS + kind,
    baseTypes: baseChain(kind),
    jsClass: shape.build ? classFor(kind) : undefined,
    properties: [
      ...shape.properties.map(valueProperty),
      { name: 'Extent', type: NS + 'IScriptExtent', get: (o: AstObject) => o.extent },
      { name: 'Parent', type: NS + 'Ast', get: (o: AstObject) => o.parent },
    ],
    methods: [
      {
        name: 'FindAll',
        overloads: ['System.Collections.Generic.IEnumerable[System.Management.Automation.Language.Ast] FindAll(System.Func[System.Management.Automation.Language.Ast,bool] predicate, bool searchNestedScriptBlocks)'],
        invoke: (o: AstObject, a) => findAll(o, predicateOf(a[0]), toBool(a[1]), false),
      },
      {
        name: 'Find',
        overloads: ['System.Management.Automation.Language.Ast Find(System.Func[System.Management.Automation.Language.Ast,bool] predicate, bool searchNestedScriptBlocks)'],
        invoke: (o: AstObject, a) => findAll(o, predicateOf(a[0]), toBool(a[1]), true)[0] ?? null,
      },
      { name: 'ToString', overloads: ['string ToString()'], invoke: (o: AstObject) => o.extent.text },
    ],
    // no adapter toString: a collection of nodes shows each one's name-like property first, as pwsh's GetObjectName
  });
}

registerType({
  fullName: 'System.Tuple`2',
  jsClass: AstTuple,
  properties: [
    { name: 'Item1', get: (t: AstTuple) => t.item1 },
    { name: 'Item2', get: (t: AstTuple) => t.item2 },
    { name: 'Length', type: 'int', get: () => 2 },
  ],
  toString: (t: AstTuple) => t.toString(),
});

const typeNameProperties: PropertyAdapter<TypeNameObject>[] = [
  { name: 'FullName', type: 'string', get: (t) => t.node.fullName },
  { name: 'Name', type: 'string', get: (t) => t.node.fullName },
  { name: 'AssemblyName', type: 'string', get: () => null },
  { name: 'IsArray', type: 'bool', get: (t) => t.node.type === 'ArrayTypeName' },
  { name: 'IsGeneric', type: 'bool', get: (t) => t.node.type === 'GenericTypeName' },
];
const typeNameExtent: PropertyAdapter<TypeNameObject> = { name: 'Extent', type: NS + 'IScriptExtent', get: (t) => ScriptExtent.of(t.node.extent) };

class ArrayTypeNameObject extends TypeNameObject {}
class GenericTypeNameObject extends TypeNameObject {}

export function typeNameObject(t: A.ITypeName): TypeNameObject {
  return t.type === 'ArrayTypeName' ? new ArrayTypeNameObject(t) : t.type === 'GenericTypeName' ? new GenericTypeNameObject(t) : new TypeNameObject(t);
}

const typeNameMethods = [
  { name: 'GetReflectionType', overloads: ['type GetReflectionType()'], invoke: (t: TypeNameObject) => tryResolveTypeName(t.node.fullName) ?? null },
];
registerType({ fullName: NS + 'TypeName', interfaces: [NS + 'ITypeName'], jsClass: TypeNameObject, properties: [...typeNameProperties, typeNameExtent], methods: typeNameMethods, toString: (t: TypeNameObject) => t.node.fullName });
registerType({
  fullName: NS + 'ArrayTypeName',
  interfaces: [NS + 'ITypeName'],
  jsClass: ArrayTypeNameObject,
  properties: [
    ...typeNameProperties,
    { name: 'ElementType', type: NS + 'ITypeName', get: (t) => typeNameObject((t.node as A.ArrayTypeName).elementType) },
    { name: 'Rank', type: 'int', get: (t) => (t.node as A.ArrayTypeName).rank },
    typeNameExtent,
  ],
  methods: typeNameMethods,
  toString: (t: TypeNameObject) => t.node.fullName,
});
registerType({
  fullName: NS + 'GenericTypeName',
  interfaces: [NS + 'ITypeName'],
  jsClass: GenericTypeNameObject,
  properties: [
    ...typeNameProperties,
    { name: 'TypeName', type: NS + 'ITypeName', get: (t) => typeNameObject((t.node as A.GenericTypeName).typeName) },
    { name: 'GenericArguments', type: 'System.Collections.ObjectModel.ReadOnlyCollection[System.Management.Automation.Language.ITypeName]', get: (t) => (t.node as A.GenericTypeName).genericArguments.map(typeNameObject) },
    typeNameExtent,
  ],
  methods: typeNameMethods,
  toString: (t: TypeNameObject) => t.node.fullName,
});

const SCOPES: Array<[string, string]> = [['IsGlobal', 'global'], ['IsLocal', 'local'], ['IsPrivate', 'private'], ['IsScript', 'script']];
registerType({
  fullName: 'System.Management.Automation.VariablePath',
  jsClass: VariablePathObject,
  properties: [
    { name: 'UserPath', type: 'string', get: (v: VariablePathObject) => v.path.userPath },
    ...SCOPES.map(([name, scope]): PropertyAdapter<VariablePathObject> => ({ name, type: 'bool', get: (v) => v.path.scope === scope })),
    { name: 'IsUnqualified', type: 'bool', get: (v: VariablePathObject) => !v.path.scope && !v.path.driveName },
    { name: 'IsUnscopedVariable', type: 'bool', get: (v: VariablePathObject) => !v.path.scope && !v.path.driveName },
    { name: 'IsVariable', type: 'bool', get: (v: VariablePathObject) => !v.path.driveName },
    { name: 'IsDriveQualified', type: 'bool', get: (v: VariablePathObject) => !!v.path.driveName },
    { name: 'DriveName', type: 'string', get: (v: VariablePathObject) => v.path.driveName ?? null },
  ],
  toString: (v: VariablePathObject) => v.path.userPath,
});
