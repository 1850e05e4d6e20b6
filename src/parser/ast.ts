// The AST that `parse` produces: one interface per node kind, named after System.Management.Automation.Language.
// Every node has a `type` discriminant (the SMA class name) and an `extent` (offsets; line/column on demand through
// `extent.ts`). Fields are named after the SMA properties in camelCase.
//
// Contract: the runtime compiles against this file. Changes are additive only (new optional fields, new node kinds);
// each change is listed here.
//   v1 (initial).
//   v2 (comments only): where psnode's tree differs in form from pwsh's — an assignment's expression right-hand side
//      is a PipelineAst holding one CommandExpressionAst (pwsh: the CommandExpressionAst itself); `,x` is an
//      ArrayLiteralAst of one element, as in pwsh (UnaryOperator 'Comma' is never produced); a named attribute
//      argument without `= value` holds a VariableExpressionAst `$true` (pwsh: a constant True).
//   v3: classes, enums and using statements — TypeDefinitionAst (a statement), PropertyMemberAst, FunctionMemberAst,
//      UsingStatementAst (ScriptBlockAst.usingStatements). A constructor's `: base(...)` is FunctionMemberAst.baseArguments
//      (pwsh: a BaseCtorInvokeMemberExpressionAst first in the body).

import type { Extent } from './extent';

export type { Extent, SourcePosition } from './extent';
export { SourceText, extentText, extentStart, extentEnd } from './extent';

// ---------------------------------------------------------------------------------------------------------------------
// Token kinds (SMA TokenKind names). Unprefixed comparison operators are the case-insensitive `I` forms (`-eq` is Ieq).

export type AssignmentOperator =
  | 'Equals' // =
  | 'PlusEquals' // +=
  | 'MinusEquals' // -=
  | 'MultiplyEquals' // *=
  | 'DivideEquals' // /=
  | 'RemainderEquals' // %=
  | 'QuestionQuestionEquals'; // ??=

export type ComparisonOperator =
  | 'Ieq' | 'Ine' | 'Ige' | 'Igt' | 'Ilt' | 'Ile'
  | 'Ilike' | 'Inotlike' | 'Imatch' | 'Inotmatch' | 'Ireplace'
  | 'Icontains' | 'Inotcontains' | 'Iin' | 'Inotin' | 'Isplit'
  | 'Ceq' | 'Cne' | 'Cge' | 'Cgt' | 'Clt' | 'Cle'
  | 'Clike' | 'Cnotlike' | 'Cmatch' | 'Cnotmatch' | 'Creplace'
  | 'Ccontains' | 'Cnotcontains' | 'Cin' | 'Cnotin' | 'Csplit'
  | 'Is' | 'IsNot' | 'As';

export type BinaryOperator =
  | ComparisonOperator
  | 'And' | 'Or' | 'Xor' // -and -or -xor
  | 'Band' | 'Bor' | 'Bxor' | 'Shl' | 'Shr' // -band -bor -bxor -shl -shr
  | 'Plus' | 'Minus' | 'Multiply' | 'Divide' | 'Rem' // + - * / %
  | 'DotDot' // ..
  | 'Format' // -f
  | 'Join' // -join
  | 'QuestionQuestion'; // ??

export type UnaryOperator =
  | 'Exclaim' // !
  | 'Not' // -not
  | 'Bnot' // -bnot
  | 'Minus' // -x
  | 'Plus' // +x
  | 'Comma' // never produced: pwsh (and psnode) parse `,x` as an ArrayLiteralAst
  | 'PlusPlus' // ++x
  | 'MinusMinus' // --x
  | 'PostfixPlusPlus' // x++
  | 'PostfixMinusMinus' // x--
  | 'Isplit' | 'Csplit' // -split x, -csplit x
  | 'Join'; // -join x

export type PipelineChainOperator = 'AndAnd' | 'OrOr';

/** `&` (Ampersand), `.` (Dot) or none (Unknown), as CommandAst.InvocationOperator. */
export type InvocationOperator = 'Unknown' | 'Ampersand' | 'Dot';

export type TokenKind = AssignmentOperator | BinaryOperator | UnaryOperator | PipelineChainOperator | InvocationOperator;

// ---------------------------------------------------------------------------------------------------------------------
// Script blocks and statements

export interface AstBase {
  readonly extent: Extent;
}

/** A script file, `{ ... }`, a function body: optional param block and named blocks. */
export interface ScriptBlockAst extends AstBase {
  type: 'ScriptBlockAst';
  /** `using namespace/module/assembly` statements at the start of the block. */
  usingStatements?: UsingStatementAst[];
  paramBlock?: ParamBlockAst;
  beginBlock?: NamedBlockAst;
  processBlock?: NamedBlockAst;
  endBlock?: NamedBlockAst;
  dynamicParamBlock?: NamedBlockAst;
  /** Statements outside any named block are an `End` block with `unnamed: true` (pwsh does the same). */
}

export interface ParamBlockAst extends AstBase {
  type: 'ParamBlockAst';
  /** Attributes before `param`, e.g. `[CmdletBinding()]`. */
  attributes: AttributeAst[];
  parameters: ParameterAst[];
}

export type BlockKind = 'Begin' | 'Process' | 'End' | 'Dynamicparam' | 'Clean';

export interface NamedBlockAst extends AstBase {
  type: 'NamedBlockAst';
  blockKind: BlockKind;
  /** True for the implicit end block of a script block without `begin/process/end`. */
  unnamed: boolean;
  statements: StatementAst[];
  /** `trap` statements of this block (not part of `statements`, as in SMA). */
  traps: TrapStatementAst[];
}

/** `{ statements }` as the body of if/while/try/...; also the content of `$( )` and `@( )`. */
export interface StatementBlockAst extends AstBase {
  type: 'StatementBlockAst';
  statements: StatementAst[];
  traps: TrapStatementAst[];
}

/** A pipeline, a pipeline chain or an assignment: whatever may stand inside `( )`, after `return`, in a condition. */
export type PipelineBaseAst = PipelineAst | PipelineChainAst | AssignmentStatementAst;

export type StatementAst =
  | PipelineBaseAst
  | IfStatementAst
  | SwitchStatementAst
  | ForEachStatementAst
  | ForStatementAst
  | WhileStatementAst
  | DoWhileStatementAst
  | DoUntilStatementAst
  | TryStatementAst
  | TrapStatementAst
  | DataStatementAst
  | ThrowStatementAst
  | ReturnStatementAst
  | ExitStatementAst
  | BreakStatementAst
  | ContinueStatementAst
  | FunctionDefinitionAst
  | TypeDefinitionAst
  | UsingStatementAst;

export type LoopStatementAst =
  | ForEachStatementAst
  | ForStatementAst
  | WhileStatementAst
  | DoWhileStatementAst
  | DoUntilStatementAst;

/** `a | b | c`; only the first element may be a CommandExpressionAst. */
export interface PipelineAst extends AstBase {
  type: 'PipelineAst';
  pipelineElements: CommandBaseAst[];
  /** Trailing `&`. */
  background: boolean;
}

/** `a && b || c`: left-associative, `lhsPipelineChain` holds everything before the last operator. */
export interface PipelineChainAst extends AstBase {
  type: 'PipelineChainAst';
  lhsPipelineChain: PipelineAst | PipelineChainAst;
  rhsPipeline: PipelineAst;
  operator: PipelineChainOperator;
  background: boolean;
}

export type CommandBaseAst = CommandAst | CommandExpressionAst;

/** A command in argument mode: `Get-Item -Path x`, `& $sb 1 2`, `. ./lib.ps1`. */
export interface CommandAst extends AstBase {
  type: 'CommandAst';
  /** First element is the command name (a bareword StringConstantExpressionAst or any expression after `&`/`.`). */
  commandElements: CommandElementAst[];
  invocationOperator: InvocationOperator;
  redirections: RedirectionAst[];
}

/** An expression used as a pipeline element (only as the first one). */
export interface CommandExpressionAst extends AstBase {
  type: 'CommandExpressionAst';
  expression: ExpressionAst;
  redirections: RedirectionAst[];
}

export type CommandElementAst = CommandParameterAst | ExpressionAst;

/** `-Name` or `-Name:value`. `-Name value` leaves the value as the next command element (the binder pairs them). */
export interface CommandParameterAst extends AstBase {
  type: 'CommandParameterAst';
  /** Without the dash and without the colon. */
  parameterName: string;
  /** Present only for `-Name:value`. */
  argument?: ExpressionAst;
  /** True when written with a trailing colon (`-Name:` ...), even if the argument is on the next token. */
  hasColon: boolean;
}

/**
 * `target op value`; `right` is a statement (`$x = if (...) {...}`, `$x = Get-Item a | b`); a plain expression
 * (`$x = 1 + 2`) is a PipelineAst with one CommandExpressionAst.
 */
export interface AssignmentStatementAst extends AstBase {
  type: 'AssignmentStatementAst';
  left: ExpressionAst;
  operator: AssignmentOperator;
  right: StatementAst;
}

export interface IfClause {
  condition: PipelineBaseAst;
  body: StatementBlockAst;
}

export interface IfStatementAst extends AstBase {
  type: 'IfStatementAst';
  /** The `if` clause then each `elseif` clause, in order. */
  clauses: IfClause[];
  elseClause?: StatementBlockAst;
}

export interface SwitchFlags {
  regex: boolean;
  wildcard: boolean;
  exact: boolean;
  caseSensitive: boolean;
  file: boolean;
  parallel: boolean;
}

export interface SwitchClause {
  /** A bareword pattern is a StringConstantExpressionAst; `{ ... }` is a ScriptBlockExpressionAst. */
  pattern: ExpressionAst;
  body: StatementBlockAst;
}

export interface SwitchStatementAst extends AstBase {
  type: 'SwitchStatementAst';
  label?: string;
  flags: SwitchFlags;
  /** The value in `( )`, or the file path expression when `flags.file`. */
  condition: PipelineBaseAst;
  clauses: SwitchClause[];
  default?: StatementBlockAst;
}

export interface ForEachStatementAst extends AstBase {
  type: 'ForEachStatementAst';
  label?: string;
  variable: VariableExpressionAst;
  /** The collection after `in`. */
  condition: PipelineBaseAst;
  body: StatementBlockAst;
}

export interface ForStatementAst extends AstBase {
  type: 'ForStatementAst';
  label?: string;
  initializer?: PipelineBaseAst;
  condition?: PipelineBaseAst;
  iterator?: PipelineBaseAst;
  body: StatementBlockAst;
}

export interface WhileStatementAst extends AstBase {
  type: 'WhileStatementAst';
  label?: string;
  condition: PipelineBaseAst;
  body: StatementBlockAst;
}

export interface DoWhileStatementAst extends AstBase {
  type: 'DoWhileStatementAst';
  label?: string;
  condition: PipelineBaseAst;
  body: StatementBlockAst;
}

export interface DoUntilStatementAst extends AstBase {
  type: 'DoUntilStatementAst';
  label?: string;
  condition: PipelineBaseAst;
  body: StatementBlockAst;
}

export interface TryStatementAst extends AstBase {
  type: 'TryStatementAst';
  body: StatementBlockAst;
  catchClauses: CatchClauseAst[];
  finally?: StatementBlockAst;
}

export interface CatchClauseAst extends AstBase {
  type: 'CatchClauseAst';
  /** Empty for a catch-all `catch { }`. */
  catchTypes: TypeConstraintAst[];
  isCatchAll: boolean;
  body: StatementBlockAst;
}

export interface TrapStatementAst extends AstBase {
  type: 'TrapStatementAst';
  trapType?: TypeConstraintAst;
  body: StatementBlockAst;
}

/** `data [name] [-SupportedCommand a, b] { ... }`: restricted-language statements whose output is the value. */
export interface DataStatementAst extends AstBase {
  type: 'DataStatementAst';
  variable?: string;
  commandsAllowed: ExpressionAst[];
  body: StatementBlockAst;
}

export interface ThrowStatementAst extends AstBase {
  type: 'ThrowStatementAst';
  pipeline?: PipelineBaseAst;
}

export interface ReturnStatementAst extends AstBase {
  type: 'ReturnStatementAst';
  pipeline?: PipelineBaseAst;
}

export interface ExitStatementAst extends AstBase {
  type: 'ExitStatementAst';
  pipeline?: PipelineBaseAst;
}

export interface BreakStatementAst extends AstBase {
  type: 'BreakStatementAst';
  /** `break outer` → StringConstantExpressionAst (BareWord) `outer`; may be any expression (`break $label`). */
  label?: ExpressionAst;
}

export interface ContinueStatementAst extends AstBase {
  type: 'ContinueStatementAst';
  label?: ExpressionAst;
}

/** `function Name { }`, `filter Name { }`, `function Name($a, $b) { }`. */
export interface FunctionDefinitionAst extends AstBase {
  type: 'FunctionDefinitionAst';
  name: string;
  isFilter: boolean;
  isWorkflow: boolean;
  /** Parameters written in parentheses after the name (`function f($a) {}`); otherwise the body's paramBlock. */
  parameters?: ParameterAst[];
  body: ScriptBlockAst;
}

/** `class Name : Base, IFace { members }` or `enum Name : type { A; B = 2 }`. */
export interface TypeDefinitionAst extends AstBase {
  type: 'TypeDefinitionAst';
  name: string;
  typeAttributes: 'Class' | 'Enum';
  isClass: boolean;
  isEnum: boolean;
  /** `[Flags()]` and other attributes before the keyword. */
  attributes: AttributeAst[];
  /** A class's base class and interfaces, or an enum's underlying type. */
  baseTypes: TypeConstraintAst[];
  members: MemberAst[];
}

export type MemberAst = PropertyMemberAst | FunctionMemberAst;

/** `[int] $x = 1` in a class, `Name = 1` in an enum. */
export interface PropertyMemberAst extends AstBase {
  type: 'PropertyMemberAst';
  name: string;
  /** The `$name` of a property, the name of an enum member. */
  nameExtent: Extent;
  propertyType?: TypeConstraintAst;
  attributes: AttributeAst[];
  initialValue?: ExpressionAst;
  isStatic: boolean;
  isHidden: boolean;
  /** An enum member (pwsh: PropertyAttributes.Literal). */
  isEnumMember: boolean;
}

/** A method `[int] F($a) { }` or a constructor `Name($a) : base($a) { }`. */
export interface FunctionMemberAst extends AstBase {
  type: 'FunctionMemberAst';
  name: string;
  /** Where the name is (pwsh reports a missing return there). */
  nameExtent: Extent;
  returnType?: TypeConstraintAst;
  attributes: AttributeAst[];
  parameters: ParameterAst[];
  body: ScriptBlockAst;
  isStatic: boolean;
  isHidden: boolean;
  /** The arguments of a constructor's `: base(...)`. */
  baseArguments?: ExpressionAst[];
}

/** `using namespace System.Text`, `using module ./M.psm1`, `using assembly x.dll`. */
export interface UsingStatementAst extends AstBase {
  type: 'UsingStatementAst';
  usingStatementKind: 'Namespace' | 'Module' | 'Assembly';
  name: StringConstantExpressionAst | ExpandableStringExpressionAst | HashtableAst;
}

export interface ParameterAst extends AstBase {
  type: 'ParameterAst';
  name: VariableExpressionAst;
  /** In source order: AttributeAst (`[Parameter(...)]`) and TypeConstraintAst (`[string]`). */
  attributes: AttributeBaseAst[];
  defaultValue?: ExpressionAst;
}

// ---------------------------------------------------------------------------------------------------------------------
// Types and attributes

/** `Name`, `System.Management.Automation.PSCredential`. */
export interface TypeName extends AstBase {
  type: 'TypeName';
  /** As written, e.g. `System.IO.Path`. */
  name: string;
  fullName: string;
}

/** `string[]`, `int[,]`. */
export interface ArrayTypeName extends AstBase {
  type: 'ArrayTypeName';
  elementType: ITypeName;
  rank: number;
  /** e.g. `string[]`. */
  fullName: string;
}

/** `System.Collections.Generic.List[string]`, `Dictionary[string,int]`. */
export interface GenericTypeName extends AstBase {
  type: 'GenericTypeName';
  typeName: TypeName;
  genericArguments: ITypeName[];
  /** e.g. `System.Collections.Generic.List[string]`. */
  fullName: string;
}

export type ITypeName = TypeName | ArrayTypeName | GenericTypeName;

export type AttributeBaseAst = AttributeAst | TypeConstraintAst;

/** `[int]` before a parameter or in a catch clause, or the cast part of a ConvertExpressionAst. */
export interface TypeConstraintAst extends AstBase {
  type: 'TypeConstraintAst';
  typeName: ITypeName;
}

/** `[Parameter(Mandatory, Position = 0)]`, `[ValidateSet('a', 'b')]`, `[CmdletBinding()]`. */
export interface AttributeAst extends AstBase {
  type: 'AttributeAst';
  typeName: ITypeName;
  positionalArguments: ExpressionAst[];
  namedArguments: NamedAttributeArgumentAst[];
}

export interface NamedAttributeArgumentAst extends AstBase {
  type: 'NamedAttributeArgumentAst';
  argumentName: string;
  /** For `Mandatory` written without `= value`: a VariableExpressionAst for `$true`. */
  argument: ExpressionAst;
  /** True when written without `= value`. */
  expressionOmitted: boolean;
}

// ---------------------------------------------------------------------------------------------------------------------
// Expressions

export type ExpressionAst =
  | BinaryExpressionAst
  | UnaryExpressionAst
  | TernaryExpressionAst
  | ConstantExpressionAst
  | StringConstantExpressionAst
  | ExpandableStringExpressionAst
  | VariableExpressionAst
  | UsingExpressionAst
  | MemberExpressionAst
  | InvokeMemberExpressionAst
  | IndexExpressionAst
  | ArrayLiteralAst
  | ArrayExpressionAst
  | HashtableAst
  | SubExpressionAst
  | ParenExpressionAst
  | ScriptBlockExpressionAst
  | TypeExpressionAst
  | ConvertExpressionAst
  | AttributedExpressionAst
  | ErrorExpressionAst;

export interface BinaryExpressionAst extends AstBase {
  type: 'BinaryExpressionAst';
  operator: BinaryOperator;
  left: ExpressionAst;
  right: ExpressionAst;
  /** Extent of the operator token (pwsh's ErrorPosition). */
  errorPosition: Extent;
}

export interface UnaryExpressionAst extends AstBase {
  type: 'UnaryExpressionAst';
  tokenKind: UnaryOperator;
  child: ExpressionAst;
}

/** `cond ? a : b`. */
export interface TernaryExpressionAst extends AstBase {
  type: 'TernaryExpressionAst';
  condition: ExpressionAst;
  ifTrue: ExpressionAst;
  ifFalse: ExpressionAst;
}

/** The .NET type of a numeric literal: `1` Int32, `1l`/`5000000000` Int64, `1.0`/`1e3` Double, `1d` Decimal. */
export type NumericType =
  | 'Int32'
  | 'Int64'
  | 'Double'
  | 'Decimal'
  | 'Byte' // 1y
  | 'SByte' // 1uy is Byte; pwsh has no SByte suffix but casts may produce it
  | 'Int16' // 1s
  | 'UInt16' // 1us
  | 'UInt32' // 1u
  | 'UInt64' // 1ul
  | 'BigInteger'; // 1n

/** A numeric literal. */
export interface ConstantExpressionAst extends AstBase {
  type: 'ConstantExpressionAst';
  numericType: NumericType;
  /** The value as a JS number (exact for Int32, Double and integers within ±2^53). */
  value: number;
  /** Exact value for every integer type other than Int32 (Int64, UInt64, BigInteger, ...). */
  bigValue?: bigint;
  /** Exact value of a Decimal literal as a decimal string keeping pwsh's scale (`1.50d` → "1.50"). */
  decimalValue?: string;
}

export type StringConstantType =
  | 'BareWord'
  | 'SingleQuoted'
  | 'DoubleQuoted'
  | 'SingleQuotedHereString'
  | 'DoubleQuotedHereString';

/** A string with nothing to expand: quoted strings, barewords (command names, arguments, member names). */
export interface StringConstantExpressionAst extends AstBase {
  type: 'StringConstantExpressionAst';
  stringConstantType: StringConstantType;
  /** With escapes (`` `n ``, `''`) already applied. */
  value: string;
}

/** `"a $b $(c) ${d}"`, `@" "@`, or an expandable bareword argument (`Cert:\My\$Thumb`). */
export interface ExpandableStringExpressionAst extends AstBase {
  type: 'ExpandableStringExpressionAst';
  stringConstantType: StringConstantType;
  /** The text with escapes applied and `$...` left as written (SMA's Value). */
  value: string;
  /** The embedded expressions in order (VariableExpressionAst, SubExpressionAst). */
  nestedExpressions: ExpressionAst[];
  /** Literal text and embedded expressions interleaved, ready to concatenate. */
  parts: Array<string | ExpressionAst>;
}

export type VariableScope = 'global' | 'script' | 'local' | 'private' | 'using' | 'workflow';

/** The name part of `$name`, `$script:name`, `$env:PATH`, `${a b}`. */
export interface VariablePath {
  /** As written after `$`/`@` (without braces), e.g. `script:count`, `env:PATH`. */
  userPath: string;
  /** The name without scope or drive, e.g. `count`, `PATH`. */
  unqualifiedPath: string;
  /** Lower-cased scope qualifier when one of the scope names. */
  scope?: VariableScope;
  /** Drive name for drive-qualified paths (`env`, `variable`, `function`, `alias`, `Cert`...), as written. */
  driveName?: string;
}

export interface VariableExpressionAst extends AstBase {
  type: 'VariableExpressionAst';
  variablePath: VariablePath;
  /** `@name` (splatting) rather than `$name`. */
  splatted: boolean;
  /** Written as `${...}`. */
  braced: boolean;
}

/** `$using:name`. */
export interface UsingExpressionAst extends AstBase {
  type: 'UsingExpressionAst';
  subExpression: VariableExpressionAst;
}

/** `a.b`, `a::b`, `a?.b`, `a.$name`, `a.(expr)`. */
export interface MemberExpressionAst extends AstBase {
  type: 'MemberExpressionAst';
  expression: ExpressionAst;
  /** A bareword StringConstantExpressionAst for `.Name`; any expression for `.$x`, `.(expr)`, `."quoted"`. */
  member: ExpressionAst;
  static: boolean;
  nullConditional: boolean;
}

/** `a.M(x, y)`, `[T]::M()`, `a?.M()`, `a.ForEach{ }` (script block as the single argument). */
export interface InvokeMemberExpressionAst extends AstBase {
  type: 'InvokeMemberExpressionAst';
  expression: ExpressionAst;
  member: ExpressionAst;
  arguments: ExpressionAst[];
  static: boolean;
  nullConditional: boolean;
  /** `.M[T]()` generic method arguments. */
  genericTypeArguments?: ITypeName[];
}

/** `a[i]`, `a?[i]`. */
export interface IndexExpressionAst extends AstBase {
  type: 'IndexExpressionAst';
  target: ExpressionAst;
  index: ExpressionAst;
  nullConditional: boolean;
}

/** `1, 2, 3` (and `a, b` in argument mode). */
export interface ArrayLiteralAst extends AstBase {
  type: 'ArrayLiteralAst';
  elements: ExpressionAst[];
}

/** `@( statements )`. */
export interface ArrayExpressionAst extends AstBase {
  type: 'ArrayExpressionAst';
  subExpression: StatementBlockAst;
}

export interface HashtablePair {
  key: ExpressionAst;
  /** A statement, as in pwsh (`@{ a = if ($x) { 1 } }`); usually a PipelineAst. */
  value: StatementAst;
}

/** `@{ k = v; ... }` with pairs in source order; `[ordered]@{}` is a ConvertExpressionAst around it. */
export interface HashtableAst extends AstBase {
  type: 'HashtableAst';
  keyValuePairs: HashtablePair[];
}

/** `$( statements )`. */
export interface SubExpressionAst extends AstBase {
  type: 'SubExpressionAst';
  subExpression: StatementBlockAst;
}

/** `( pipeline )`. */
export interface ParenExpressionAst extends AstBase {
  type: 'ParenExpressionAst';
  pipeline: PipelineBaseAst;
}

/** `{ ... }` as a value. */
export interface ScriptBlockExpressionAst extends AstBase {
  type: 'ScriptBlockExpressionAst';
  scriptBlock: ScriptBlockAst;
}

/** `[int]` standing alone (`[int]::MaxValue`, `[string]`). */
export interface TypeExpressionAst extends AstBase {
  type: 'TypeExpressionAst';
  typeName: ITypeName;
}

/** `[int]$x`, `[ordered]@{}`. */
export interface ConvertExpressionAst extends AstBase {
  type: 'ConvertExpressionAst';
  typeConstraint: TypeConstraintAst;
  child: ExpressionAst;
}

/** `[ValidateNotNull()]$x` (an attribute that is not a type before an expression). */
export interface AttributedExpressionAst extends AstBase {
  type: 'AttributedExpressionAst';
  attribute: AttributeAst;
  child: ExpressionAst;
}

/** Placeholder the parser never returns in a successful parse; reserved for error recovery. */
export interface ErrorExpressionAst extends AstBase {
  type: 'ErrorExpressionAst';
}

// ---------------------------------------------------------------------------------------------------------------------
// Redirections

export type RedirectionStream = 'All' | 'Output' | 'Error' | 'Warning' | 'Verbose' | 'Debug' | 'Information';

export type RedirectionAst = FileRedirectionAst | MergingRedirectionAst;

/** `> file`, `>> file`, `2> $null`, `*> out.txt`. */
export interface FileRedirectionAst extends AstBase {
  type: 'FileRedirectionAst';
  fromStream: RedirectionStream;
  location: ExpressionAst;
  append: boolean;
}

/** `2>&1`, `*>&1`. */
export interface MergingRedirectionAst extends AstBase {
  type: 'MergingRedirectionAst';
  fromStream: RedirectionStream;
  toStream: RedirectionStream;
}

// ---------------------------------------------------------------------------------------------------------------------
// Any node

export type Ast =
  | ScriptBlockAst
  | ParamBlockAst
  | NamedBlockAst
  | StatementBlockAst
  | StatementAst
  | CommandAst
  | CommandExpressionAst
  | CommandParameterAst
  | CatchClauseAst
  | ParameterAst
  | PropertyMemberAst
  | FunctionMemberAst
  | AttributeAst
  | TypeConstraintAst
  | NamedAttributeArgumentAst
  | ExpressionAst
  | RedirectionAst;

// ---------------------------------------------------------------------------------------------------------------------
// Parse results

/** A syntax error as pwsh reports it (ParseError: ErrorId, Message, Extent, IncompleteInput). */
export interface ParseError {
  /** pwsh's error id, e.g. `MissingEndCurlyBrace`, `ExpectedValueExpression`, `UnexpectedToken`. */
  errorId: string;
  /** pwsh's message text. */
  message: string;
  /** Where pwsh puts the marker (often empty: start === end). */
  extent: Extent;
  /** True when the input simply ended too early (the REPL then asks for more with `>>`). */
  incompleteInput: boolean;
}

export interface ParseResult {
  /** Present when there are no errors. */
  ast?: ScriptBlockAst;
  errors: ParseError[];
}
