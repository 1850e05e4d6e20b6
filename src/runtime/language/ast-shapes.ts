// The shape of each pwsh AST node type: its base type, its properties in pwsh's display order (read from
// System.Management.Automation.Language by reflection), and how each is read from psnode's parser node. A builder
// returns the properties in pwsh's visit order (AstVisitor's), because it creates the child objects as it goes.

import type * as A from '../../parser/ast';
import { EnumValue } from '../values';

export const NS = 'System.Management.Automation.Language.';

/** What a builder uses to turn psnode's child nodes into pwsh-shaped objects (children of the node being built). */
export interface ChildMaker {
  ast(node: A.Ast | undefined | null): unknown;
  list(nodes: readonly A.Ast[] | undefined): unknown[];
  /** A collection pwsh leaves null when empty (Traps). */
  listOrNull(nodes: readonly A.Ast[] | undefined): unknown[] | null;
  tuple(a: A.Ast, b: A.Ast): unknown;
  typeName(t: A.ITypeName): unknown;
  variablePath(v: A.VariablePath): unknown;
  staticType(name: string): unknown;
  constant(n: A.ConstantExpressionAst): unknown;
  extent(start: number, end: number): unknown;
  /** The name of the enclosing type definition (for FunctionMemberAst.IsConstructor). */
  enclosingTypeName(): string | undefined;
}

export type Builder = (n: any, c: ChildMaker) => Record<string, unknown>;

export interface AstShape {
  base: string;
  /** Property names in display order (Extent and Parent follow). */
  properties: string[];
  build?: Builder;
}

const tokenKind = (name: string): EnumValue => new EnumValue(NS + 'TokenKind', name, TOKEN_KINDS.indexOf(name));
const enumOf = (type: string, name: string, value = 0): EnumValue => new EnumValue(NS + type, name, value);

/** TokenKind's members in declaration order (the index is the value). */
export const TOKEN_KINDS = (
  'Unknown Variable SplattedVariable Parameter Number Label Identifier Generic NewLine LineContinuation Comment EndOfInput ' +
  'StringLiteral StringExpandable HereStringLiteral HereStringExpandable LParen RParen LCurly RCurly LBracket RBracket ' +
  'AtParen AtCurly DollarParen Semi AndAnd OrOr Ampersand Pipe Comma MinusMinus PlusPlus DotDot ColonColon Dot Exclaim ' +
  'Multiply Divide Rem Plus Minus Equals PlusEquals MinusEquals MultiplyEquals DivideEquals RemainderEquals Redirection ' +
  'RedirectInStd Format Not Bnot And Or Xor Band Bor Bxor Join Ieq Ine Ige Igt Ilt Ile Ilike Inotlike Imatch Inotmatch ' +
  'Ireplace Icontains Inotcontains Iin Inotin Isplit Ceq Cne Cge Cgt Clt Cle Clike Cnotlike Cmatch Cnotmatch Creplace ' +
  'Ccontains Cnotcontains Cin Cnotin Csplit Is IsNot As PostfixPlusPlus PostfixMinusMinus Shl Shr Colon QuestionMark ' +
  'QuestionQuestionEquals QuestionQuestion QuestionDot QuestionLBracket Begin Break Catch Class Continue Data Define Do ' +
  'Dynamicparam Else ElseIf End Exit Filter Finally For Foreach From Function If In Param Process Return Switch Throw ' +
  'Trap Try Until Using Var While Workflow Parallel Sequence InlineScript Configuration DynamicKeyword Public Private ' +
  'Static Interface Enum Namespace Module Type Assembly Command Hidden Base Default Clean'
).split(' ');

export { tokenKind };

const STREAM_ORDER = ['All', 'Output', 'Error', 'Warning', 'Verbose', 'Debug', 'Information'];
const stream = (s: string): EnumValue => enumOf('RedirectionStream', s, STREAM_ORDER.indexOf(s));

/** pwsh keeps a command's redirections by stream (Output before Error), not in source order. */
function byStream(rs: A.RedirectionAst[]): A.RedirectionAst[] {
  return [...rs].sort((a, b) => STREAM_ORDER.indexOf(a.fromStream) - STREAM_ORDER.indexOf(b.fromStream));
}

/** Names a flags value as .NET does ('None' or members joined by ', ' in value order). */
function flags(type: string, members: Array<[string, number, boolean]>): EnumValue {
  const set = members.filter(([, , on]) => on);
  const value = set.reduce((v, [, bit]) => v | bit, 0);
  return enumOf(type, set.length ? set.map(([n]) => n).join(', ') : 'None', value);
}

/** psnode keeps `$x = 1`'s right side as a one-element pipeline; pwsh holds the CommandExpressionAst itself. */
function assignmentRight(n: A.AssignmentStatementAst): A.StatementAst | A.CommandExpressionAst {
  const r = n.right;
  if (r.type === 'PipelineAst' && !r.background && r.pipelineElements.length === 1 && r.pipelineElements[0].type === 'CommandExpressionAst') {
    return r.pipelineElements[0];
  }
  return r;
}

const NUMERIC_TYPES: Record<string, string> = { BigInteger: 'System.Numerics.BigInteger' };

function expressionType(n: A.ExpressionAst): string {
  switch (n.type) {
    case 'ConstantExpressionAst':
      return NUMERIC_TYPES[n.numericType] ?? 'System.' + n.numericType;
    case 'StringConstantExpressionAst':
    case 'ExpandableStringExpressionAst':
      return 'System.String';
    case 'ArrayLiteralAst':
    case 'ArrayExpressionAst':
      return 'System.Object[]';
    case 'HashtableAst':
      return 'System.Collections.Hashtable';
    case 'ScriptBlockExpressionAst':
      return 'System.Management.Automation.ScriptBlock';
    case 'TypeExpressionAst':
      return 'System.Type';
    case 'ConvertExpressionAst':
      return n.typeConstraint.typeName.fullName;
    case 'UnaryExpressionAst':
      return n.tokenKind === 'Not' || n.tokenKind === 'Exclaim' ? 'System.Boolean' : 'System.Object';
    case 'BinaryExpressionAst':
      return ['And', 'Or', 'Xor', 'Is', 'IsNot'].includes(n.operator) ? 'System.Boolean' : 'System.Object';
    default:
      return 'System.Object';
  }
}

const staticType = (n: A.ExpressionAst, c: ChildMaker): unknown => c.staticType(expressionType(n));

const loop = (first: Record<string, unknown>, n: A.LoopStatementAst, c: ChildMaker): Record<string, unknown> => ({
  ...first,
  Condition: c.ast(n.condition),
  Body: c.ast(n.body),
  Label: n.label ?? null,
});

const namedBlockKind = (n: A.NamedBlockAst): EnumValue => tokenKind(n.blockKind);

function parameterStaticType(n: A.ParameterAst, c: ChildMaker): unknown {
  const t = n.attributes.find((a): a is A.TypeConstraintAst => a.type === 'TypeConstraintAst');
  return c.staticType(t ? t.typeName.fullName : 'System.Object');
}

/** Extent of `-Name` or `-Name:` (CommandParameterAst.ErrorPosition). */
function parameterToken(n: A.CommandParameterAst, c: ChildMaker): unknown {
  return c.extent(n.extent.start, n.extent.start + 1 + n.parameterName.length + (n.hasColon ? 1 : 0));
}

/** Extent of an assignment's operator: the first non-blank text after the left side. */
function assignmentOperator(n: A.AssignmentStatementAst, c: ChildMaker): unknown {
  const text = n.extent.source.text;
  let i = n.left.extent.end;
  while (i < n.right.extent.start && /\s/.test(text[i])) i++;
  let end = i;
  while (end < n.right.extent.start && !/\s/.test(text[end])) end++;
  return c.extent(i, end);
}

const P = (s: string): string[] => (s ? s.split(' ') : []);

export const SHAPES: Record<string, AstShape> = {
  Ast: { base: '', properties: [] },
  ScriptBlockAst: {
    base: 'Ast',
    properties: P('Attributes UsingStatements ParamBlock BeginBlock ProcessBlock EndBlock CleanBlock DynamicParamBlock ScriptRequirements'),
    build: (n: A.ScriptBlockAst, c) => ({
      UsingStatements: c.list(n.usingStatements),
      Attributes: [],
      ParamBlock: c.ast(n.paramBlock),
      DynamicParamBlock: c.ast(n.dynamicParamBlock),
      BeginBlock: c.ast(n.beginBlock),
      ProcessBlock: c.ast(n.processBlock),
      EndBlock: c.ast(n.endBlock),
      CleanBlock: null,
      ScriptRequirements: null,
    }),
  },
  ParamBlockAst: {
    base: 'Ast',
    properties: P('Attributes Parameters'),
    build: (n: A.ParamBlockAst, c) => ({ Attributes: c.list(n.attributes), Parameters: c.list(n.parameters) }),
  },
  NamedBlockAst: {
    base: 'Ast',
    properties: P('Unnamed BlockKind Statements Traps'),
    build: (n: A.NamedBlockAst, c) => ({ Unnamed: n.unnamed, BlockKind: namedBlockKind(n), Traps: c.listOrNull(n.traps), Statements: c.list(n.statements) }),
  },
  NamedAttributeArgumentAst: {
    base: 'Ast',
    properties: P('ArgumentName Argument ExpressionOmitted'),
    build: (n: A.NamedAttributeArgumentAst, c) => ({
      ArgumentName: n.argumentName,
      // pwsh holds a constant True where the value is omitted (`Mandatory`), with the name's extent
      Argument: n.expressionOmitted ? c.ast({ type: 'ConstantExpressionAst', literal: true, extent: n.extent } as unknown as A.Ast) : c.ast(n.argument),
      ExpressionOmitted: n.expressionOmitted,
    }),
  },
  AttributeBaseAst: { base: 'Ast', properties: P('TypeName') },
  AttributeAst: {
    base: 'AttributeBaseAst',
    properties: P('PositionalArguments NamedArguments TypeName'),
    build: (n: A.AttributeAst, c) => ({ PositionalArguments: c.list(n.positionalArguments), NamedArguments: c.list(n.namedArguments), TypeName: c.typeName(n.typeName) }),
  },
  TypeConstraintAst: { base: 'AttributeBaseAst', properties: P('TypeName'), build: (n: A.TypeConstraintAst, c) => ({ TypeName: c.typeName(n.typeName) }) },
  ParameterAst: {
    base: 'Ast',
    properties: P('Attributes Name DefaultValue StaticType'),
    build: (n: A.ParameterAst, c) => ({ Attributes: c.list(n.attributes), Name: c.ast(n.name), DefaultValue: c.ast(n.defaultValue), StaticType: parameterStaticType(n, c) }),
  },
  StatementBlockAst: {
    base: 'Ast',
    properties: P('Statements Traps'),
    build: (n: A.StatementBlockAst, c) => ({ Traps: c.listOrNull(n.traps), Statements: c.list(n.statements) }),
  },
  StatementAst: { base: 'Ast', properties: [] },
  TypeDefinitionAst: {
    base: 'StatementAst',
    properties: P('Name Attributes BaseTypes Members TypeAttributes IsEnum IsClass IsInterface'),
    build: (n: A.TypeDefinitionAst, c) => ({
      Name: n.name,
      Attributes: c.list(n.attributes),
      BaseTypes: c.list(n.baseTypes),
      Members: c.list(n.members),
      TypeAttributes: enumOf('TypeAttributes', n.typeAttributes, n.isEnum ? 4 : 1),
      IsEnum: n.isEnum,
      IsClass: n.isClass,
      IsInterface: false,
    }),
  },
  UsingStatementAst: {
    base: 'StatementAst',
    properties: P('UsingStatementKind Name Alias ModuleSpecification'),
    build: (n: A.UsingStatementAst, c) => {
      const spec = n.name.type === 'HashtableAst';
      return {
        UsingStatementKind: enumOf('UsingStatementKind', n.usingStatementKind),
        Name: spec ? null : c.ast(n.name),
        Alias: null,
        ModuleSpecification: spec ? c.ast(n.name) : null,
      };
    },
  },
  MemberAst: { base: 'Ast', properties: P('Name') },
  PropertyMemberAst: {
    base: 'MemberAst',
    properties: P('Name PropertyType Attributes PropertyAttributes InitialValue IsPublic IsPrivate IsHidden IsStatic'),
    build: (n: A.PropertyMemberAst, c) => ({
      Name: n.name,
      PropertyType: c.ast(n.propertyType),
      Attributes: c.list(n.attributes),
      InitialValue: c.ast(n.initialValue),
      PropertyAttributes: flags('PropertyAttributes', [['Public', 1, !n.isEnumMember], ['Static', 16, n.isStatic], ['Literal', 32, n.isEnumMember], ['Hidden', 64, n.isHidden]]),
      IsPublic: !n.isEnumMember,
      IsPrivate: false,
      IsHidden: n.isHidden,
      IsStatic: n.isStatic,
    }),
  },
  FunctionMemberAst: {
    base: 'MemberAst',
    properties: P('Name Attributes ReturnType Parameters Body MethodAttributes IsPublic IsPrivate IsHidden IsStatic IsConstructor'),
    build: (n: A.FunctionMemberAst, c) => ({
      Name: n.name,
      Attributes: c.list(n.attributes),
      ReturnType: c.ast(n.returnType),
      Parameters: c.list(n.parameters),
      Body: c.ast(n.body),
      MethodAttributes: flags('MethodAttributes', [['Public', 1, true], ['Static', 16, n.isStatic], ['Hidden', 64, n.isHidden]]),
      IsPublic: true,
      IsPrivate: false,
      IsHidden: n.isHidden,
      IsStatic: n.isStatic,
      IsConstructor: !n.returnType && n.name.toLowerCase() === c.enclosingTypeName()?.toLowerCase(),
    }),
  },
  FunctionDefinitionAst: {
    base: 'StatementAst',
    properties: P('IsFilter IsWorkflow Name Parameters Body'),
    build: (n: A.FunctionDefinitionAst, c) => ({
      IsFilter: n.isFilter,
      IsWorkflow: n.isWorkflow,
      Name: n.name,
      Parameters: n.parameters ? c.list(n.parameters) : null,
      Body: c.ast(n.body),
    }),
  },
  IfStatementAst: {
    base: 'StatementAst',
    properties: P('Clauses ElseClause'),
    build: (n: A.IfStatementAst, c) => ({ Clauses: n.clauses.map((k) => c.tuple(k.condition, k.body)), ElseClause: c.ast(n.elseClause) }),
  },
  LabeledStatementAst: { base: 'StatementAst', properties: P('Label Condition') },
  LoopStatementAst: { base: 'LabeledStatementAst', properties: P('Body Label Condition') },
  ForEachStatementAst: {
    base: 'LoopStatementAst',
    properties: P('Variable ThrottleLimit Flags Body Label Condition'),
    build: (n: A.ForEachStatementAst, c) => loop({ Variable: c.ast(n.variable), ThrottleLimit: null, Flags: enumOf('ForEachFlags', 'None') }, n, c),
  },
  ForStatementAst: {
    base: 'LoopStatementAst',
    properties: P('Initializer Iterator Body Label Condition'),
    build: (n: A.ForStatementAst, c) => {
      const Initializer = c.ast(n.initializer);
      const Condition = c.ast(n.condition);
      const Iterator = c.ast(n.iterator);
      return { Initializer, Condition, Iterator, Body: c.ast(n.body), Label: n.label ?? null };
    },
  },
  DoWhileStatementAst: { base: 'LoopStatementAst', properties: P('Body Label Condition'), build: (n, c) => loop({}, n, c) },
  DoUntilStatementAst: { base: 'LoopStatementAst', properties: P('Body Label Condition'), build: (n, c) => loop({}, n, c) },
  WhileStatementAst: { base: 'LoopStatementAst', properties: P('Body Label Condition'), build: (n, c) => loop({}, n, c) },
  SwitchStatementAst: {
    base: 'LabeledStatementAst',
    properties: P('Flags Clauses Default Label Condition'),
    build: (n: A.SwitchStatementAst, c) => {
      const f = n.flags;
      const Condition = c.ast(n.condition);
      return {
        Condition,
        Clauses: n.clauses.map((k) => c.tuple(k.pattern, k.body)),
        Default: c.ast(n.default),
        Flags: flags('SwitchFlags', [['File', 1, f.file], ['Regex', 2, f.regex], ['Wildcard', 4, f.wildcard], ['Exact', 8, f.exact], ['CaseSensitive', 16, f.caseSensitive], ['Parallel', 32, f.parallel]]),
        Label: n.label ?? null,
      };
    },
  },
  CatchClauseAst: {
    base: 'Ast',
    properties: P('CatchTypes IsCatchAll Body'),
    build: (n: A.CatchClauseAst, c) => ({ CatchTypes: c.list(n.catchTypes), IsCatchAll: n.isCatchAll, Body: c.ast(n.body) }),
  },
  TryStatementAst: {
    base: 'StatementAst',
    properties: P('Body CatchClauses Finally'),
    build: (n: A.TryStatementAst, c) => ({ Body: c.ast(n.body), CatchClauses: c.list(n.catchClauses), Finally: c.ast(n.finally) }),
  },
  TrapStatementAst: {
    base: 'StatementAst',
    properties: P('TrapType Body'),
    build: (n: A.TrapStatementAst, c) => ({ TrapType: c.ast(n.trapType), Body: c.ast(n.body) }),
  },
  BreakStatementAst: { base: 'StatementAst', properties: P('Label'), build: (n: A.BreakStatementAst, c) => ({ Label: c.ast(n.label) }) },
  ContinueStatementAst: { base: 'StatementAst', properties: P('Label'), build: (n: A.ContinueStatementAst, c) => ({ Label: c.ast(n.label) }) },
  ReturnStatementAst: { base: 'StatementAst', properties: P('Pipeline'), build: (n: A.ReturnStatementAst, c) => ({ Pipeline: c.ast(n.pipeline) }) },
  ExitStatementAst: { base: 'StatementAst', properties: P('Pipeline'), build: (n: A.ExitStatementAst, c) => ({ Pipeline: c.ast(n.pipeline) }) },
  ThrowStatementAst: {
    base: 'StatementAst',
    properties: P('Pipeline IsRethrow'),
    build: (n: A.ThrowStatementAst, c) => ({ Pipeline: c.ast(n.pipeline), IsRethrow: !n.pipeline }),
  },
  PipelineBaseAst: { base: 'StatementAst', properties: [] },
  ChainableAst: { base: 'PipelineBaseAst', properties: [] },
  PipelineChainAst: {
    base: 'ChainableAst',
    properties: P('LhsPipelineChain RhsPipeline Operator Background'),
    build: (n: A.PipelineChainAst, c) => ({ LhsPipelineChain: c.ast(n.lhsPipelineChain), RhsPipeline: c.ast(n.rhsPipeline), Operator: tokenKind(n.operator), Background: n.background }),
  },
  PipelineAst: {
    base: 'ChainableAst',
    properties: P('PipelineElements Background'),
    build: (n: A.PipelineAst, c) => ({ PipelineElements: c.list(n.pipelineElements), Background: n.background }),
  },
  CommandElementAst: { base: 'Ast', properties: [] },
  CommandParameterAst: {
    base: 'CommandElementAst',
    properties: P('ParameterName Argument ErrorPosition'),
    build: (n: A.CommandParameterAst, c) => ({ ParameterName: n.parameterName, Argument: c.ast(n.argument), ErrorPosition: parameterToken(n, c) }),
  },
  CommandBaseAst: { base: 'StatementAst', properties: P('Redirections') },
  CommandAst: {
    base: 'CommandBaseAst',
    properties: P('CommandElements InvocationOperator DefiningKeyword Redirections'),
    build: (n: A.CommandAst, c) => ({
      CommandElements: c.list(n.commandElements),
      InvocationOperator: tokenKind(n.invocationOperator),
      DefiningKeyword: null,
      Redirections: c.list(byStream(n.redirections)),
    }),
  },
  CommandExpressionAst: {
    base: 'CommandBaseAst',
    properties: P('Expression Redirections'),
    build: (n: A.CommandExpressionAst, c) => ({ Expression: c.ast(n.expression), Redirections: c.list(byStream(n.redirections)) }),
  },
  RedirectionAst: { base: 'Ast', properties: P('FromStream') },
  MergingRedirectionAst: {
    base: 'RedirectionAst',
    properties: P('ToStream FromStream'),
    build: (n: A.MergingRedirectionAst) => ({ ToStream: stream(n.toStream), FromStream: stream(n.fromStream) }),
  },
  FileRedirectionAst: {
    base: 'RedirectionAst',
    properties: P('Location Append FromStream'),
    build: (n: A.FileRedirectionAst, c) => ({ Location: c.ast(n.location), Append: n.append, FromStream: stream(n.fromStream) }),
  },
  AssignmentStatementAst: {
    base: 'PipelineBaseAst',
    properties: P('Left Operator Right ErrorPosition'),
    build: (n: A.AssignmentStatementAst, c) => ({ Left: c.ast(n.left), Right: c.ast(assignmentRight(n)), Operator: tokenKind(n.operator), ErrorPosition: assignmentOperator(n, c) }),
  },
  ExpressionAst: { base: 'CommandElementAst', properties: P('StaticType') },
  TernaryExpressionAst: {
    base: 'ExpressionAst',
    properties: P('Condition IfTrue IfFalse StaticType'),
    build: (n: A.TernaryExpressionAst, c) => ({ Condition: c.ast(n.condition), IfTrue: c.ast(n.ifTrue), IfFalse: c.ast(n.ifFalse), StaticType: staticType(n, c) }),
  },
  BinaryExpressionAst: {
    base: 'ExpressionAst',
    properties: P('Operator Left Right ErrorPosition StaticType'),
    build: (n: A.BinaryExpressionAst, c) => ({
      Operator: tokenKind(n.operator),
      Left: c.ast(n.left),
      Right: c.ast(n.right),
      ErrorPosition: c.extent(n.errorPosition.start, n.errorPosition.end),
      StaticType: staticType(n, c),
    }),
  },
  UnaryExpressionAst: {
    base: 'ExpressionAst',
    properties: P('TokenKind Child StaticType'),
    build: (n: A.UnaryExpressionAst, c) => ({ TokenKind: tokenKind(n.tokenKind), Child: c.ast(n.child), StaticType: staticType(n, c) }),
  },
  AttributedExpressionAst: {
    base: 'ExpressionAst',
    properties: P('Child Attribute StaticType'),
    build: (n: A.AttributedExpressionAst, c) => ({ Attribute: c.ast(n.attribute), Child: c.ast(n.child), StaticType: staticType(n, c) }),
  },
  ConvertExpressionAst: {
    base: 'AttributedExpressionAst',
    properties: P('Type StaticType Child Attribute'),
    build: (n: A.ConvertExpressionAst, c) => {
      const type = c.ast(n.typeConstraint);
      return { Type: type, Attribute: type, Child: c.ast(n.child), StaticType: staticType(n, c) };
    },
  },
  MemberExpressionAst: {
    base: 'ExpressionAst',
    properties: P('Expression Member Static NullConditional StaticType'),
    build: (n: A.MemberExpressionAst, c) => ({ Expression: c.ast(n.expression), Member: c.ast(n.member), Static: n.static, NullConditional: n.nullConditional, StaticType: staticType(n, c) }),
  },
  InvokeMemberExpressionAst: {
    base: 'MemberExpressionAst',
    properties: P('GenericTypeArguments Arguments Expression Member Static NullConditional StaticType'),
    build: (n: A.InvokeMemberExpressionAst, c) => ({
      Expression: c.ast(n.expression),
      Member: c.ast(n.member),
      Arguments: n.arguments.length ? c.list(n.arguments) : null,
      GenericTypeArguments: n.genericTypeArguments ? n.genericTypeArguments.map((t) => c.typeName(t)) : null,
      Static: n.static,
      NullConditional: n.nullConditional,
      StaticType: staticType(n, c),
    }),
  },
  TypeExpressionAst: {
    base: 'ExpressionAst',
    properties: P('TypeName StaticType'),
    build: (n: A.TypeExpressionAst, c) => ({ TypeName: c.typeName(n.typeName), StaticType: staticType(n, c) }),
  },
  VariableExpressionAst: {
    base: 'ExpressionAst',
    properties: P('VariablePath Splatted StaticType'),
    build: (n: A.VariableExpressionAst, c) => ({ VariablePath: c.variablePath(n.variablePath), Splatted: n.splatted, StaticType: staticType(n, c) }),
  },
  ConstantExpressionAst: {
    base: 'ExpressionAst',
    properties: P('Value StaticType'),
    build: (n: A.ConstantExpressionAst & { literal?: boolean }, c) =>
      n.literal !== undefined ? { Value: n.literal, StaticType: c.staticType('System.Boolean') } : { Value: c.constant(n), StaticType: staticType(n, c) },
  },
  StringConstantExpressionAst: {
    base: 'ConstantExpressionAst',
    properties: P('StringConstantType Value StaticType'),
    build: (n: A.StringConstantExpressionAst, c) => ({ StringConstantType: enumOf('StringConstantType', n.stringConstantType), Value: n.value, StaticType: staticType(n, c) }),
  },
  ExpandableStringExpressionAst: {
    base: 'ExpressionAst',
    properties: P('Value StringConstantType NestedExpressions StaticType'),
    build: (n: A.ExpandableStringExpressionAst, c) => ({
      Value: n.value,
      StringConstantType: enumOf('StringConstantType', n.stringConstantType),
      NestedExpressions: c.list(n.nestedExpressions),
      StaticType: staticType(n, c),
    }),
  },
  ScriptBlockExpressionAst: {
    base: 'ExpressionAst',
    properties: P('ScriptBlock StaticType'),
    build: (n: A.ScriptBlockExpressionAst, c) => ({ ScriptBlock: c.ast(n.scriptBlock), StaticType: staticType(n, c) }),
  },
  ArrayLiteralAst: { base: 'ExpressionAst', properties: P('Elements StaticType'), build: (n: A.ArrayLiteralAst, c) => ({ Elements: c.list(n.elements), StaticType: staticType(n, c) }) },
  HashtableAst: {
    base: 'ExpressionAst',
    properties: P('KeyValuePairs StaticType'),
    build: (n: A.HashtableAst, c) => ({ KeyValuePairs: n.keyValuePairs.map((p) => c.tuple(p.key, p.value)), StaticType: staticType(n, c) }),
  },
  ArrayExpressionAst: { base: 'ExpressionAst', properties: P('SubExpression StaticType'), build: (n: A.ArrayExpressionAst, c) => ({ SubExpression: c.ast(n.subExpression), StaticType: staticType(n, c) }) },
  ParenExpressionAst: { base: 'ExpressionAst', properties: P('Pipeline StaticType'), build: (n: A.ParenExpressionAst, c) => ({ Pipeline: c.ast(n.pipeline), StaticType: staticType(n, c) }) },
  SubExpressionAst: { base: 'ExpressionAst', properties: P('SubExpression StaticType'), build: (n: A.SubExpressionAst, c) => ({ SubExpression: c.ast(n.subExpression), StaticType: staticType(n, c) }) },
  UsingExpressionAst: { base: 'ExpressionAst', properties: P('SubExpression StaticType'), build: (n: A.UsingExpressionAst, c) => ({ SubExpression: c.ast(n.subExpression), StaticType: staticType(n, c) }) },
  IndexExpressionAst: {
    base: 'ExpressionAst',
    properties: P('Target Index NullConditional StaticType'),
    build: (n: A.IndexExpressionAst, c) => ({ Target: c.ast(n.target), Index: c.ast(n.index), NullConditional: n.nullConditional, StaticType: staticType(n, c) }),
  },
  ErrorExpressionAst: { base: 'ExpressionAst', properties: P('NestedAst StaticType'), build: (n: A.ErrorExpressionAst, c) => ({ NestedAst: null, StaticType: staticType(n, c) }) },
};
