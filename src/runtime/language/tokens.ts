// Tokens as pwsh's tokenizer reports them (Parser.ParseInput's [ref]$tokens): Kind, Text, TokenFlags, Extent. The
// mode-dependent parts (command names, arguments, parameters, member and type names) come from the parsed tree; the
// rest of the text is scanned here in expression mode.

import type * as A from '../../parser/ast';
import type { SourceText } from '../../parser/ast';
import { forEachChild } from '../../parser/visit';
import { registerType, EnumValue, type PropertyAdapter } from '../values';
import { parseNumberString } from '../convert';
import { ScriptExtent } from './extent';
import { NS, tokenKind } from './ast-shapes';
import { VariablePathObject } from './ast-objects';

const FLAG_BITS: Array<[string, number]> = [
  ['BinaryPrecedenceLogical', 1], ['BinaryPrecedenceBitwise', 2], ['BinaryPrecedenceComparison', 5], ['BinaryPrecedenceCoalesce', 7],
  ['BinaryPrecedenceAdd', 9], ['BinaryPrecedenceMultiply', 10], ['BinaryPrecedenceFormat', 12], ['BinaryPrecedenceRange', 13],
  ['Keyword', 16], ['ScriptBlockBlockName', 32], ['BinaryOperator', 256], ['UnaryOperator', 512], ['CaseSensitiveOperator', 1024],
  ['TernaryOperator', 2048], ['SpecialOperator', 4096], ['AssignmentOperator', 8192], ['ParseModeInvariant', 32768],
  ['TokenInError', 65536], ['DisallowedInRestrictedMode', 131072], ['PrefixOrPostfixOperator', 262144], ['CommandName', 524288],
  ['MemberName', 1048576], ['TypeName', 2097152], ['AttributeName', 4194304], ['CanConstantFold', 8388608],
  ['StatementDoesntSupportAttributes', 16777216],
];

// Each kind's own flags (pwsh's TokenTraits), as live pwsh reports them.
const INVARIANT = 'ParseModeInvariant';
const KW = 'Keyword';
const KW_STMT = 'Keyword StatementDoesntSupportAttributes';
const KW_BLOCK = 'Keyword ScriptBlockBlockName';
const CMP = 'BinaryPrecedenceComparison BinaryOperator';
const KIND_FLAGS: Record<string, string> = {
  Ampersand: 'SpecialOperator ParseModeInvariant', And: 'BinaryPrecedenceLogical BinaryOperator CanConstantFold', AndAnd: INVARIANT,
  As: CMP + ' DisallowedInRestrictedMode', AtCurly: INVARIANT, AtParen: INVARIANT, Band: 'BinaryPrecedenceBitwise BinaryOperator CanConstantFold',
  Bnot: 'UnaryOperator CanConstantFold', Bor: 'BinaryPrecedenceBitwise BinaryOperator CanConstantFold',
  Bxor: 'BinaryPrecedenceBitwise BinaryOperator CanConstantFold', Colon: 'SpecialOperator DisallowedInRestrictedMode',
  ColonColon: 'SpecialOperator DisallowedInRestrictedMode', Comma: 'UnaryOperator ParseModeInvariant', Comment: INVARIANT,
  Divide: 'BinaryPrecedenceMultiply BinaryOperator CanConstantFold', DivideEquals: 'AssignmentOperator', DollarParen: INVARIANT,
  Dot: 'SpecialOperator DisallowedInRestrictedMode', DotDot: 'BinaryPrecedenceRange BinaryOperator DisallowedInRestrictedMode',
  EndOfInput: INVARIANT, Equals: 'AssignmentOperator', Exclaim: 'UnaryOperator CanConstantFold',
  Format: 'BinaryPrecedenceFormat BinaryOperator DisallowedInRestrictedMode', HereStringExpandable: INVARIANT, HereStringLiteral: INVARIANT,
  Is: CMP, IsNot: CMP, Isplit: CMP + ' UnaryOperator DisallowedInRestrictedMode', Csplit: CMP + ' UnaryOperator CaseSensitiveOperator DisallowedInRestrictedMode',
  Join: CMP + ' UnaryOperator DisallowedInRestrictedMode', LCurly: INVARIANT, LineContinuation: INVARIANT, LParen: INVARIANT,
  Minus: 'BinaryPrecedenceAdd BinaryOperator UnaryOperator CanConstantFold', MinusEquals: 'AssignmentOperator',
  MinusMinus: 'UnaryOperator DisallowedInRestrictedMode PrefixOrPostfixOperator', Multiply: 'BinaryPrecedenceMultiply BinaryOperator CanConstantFold',
  MultiplyEquals: 'AssignmentOperator', NewLine: INVARIANT, Not: 'UnaryOperator CanConstantFold',
  Or: 'BinaryPrecedenceLogical BinaryOperator CanConstantFold', OrOr: INVARIANT, Pipe: 'SpecialOperator ParseModeInvariant',
  Plus: 'BinaryPrecedenceAdd BinaryOperator UnaryOperator CanConstantFold', PlusEquals: 'AssignmentOperator',
  PlusPlus: 'UnaryOperator DisallowedInRestrictedMode PrefixOrPostfixOperator', QuestionMark: 'TernaryOperator DisallowedInRestrictedMode',
  QuestionQuestion: 'BinaryPrecedenceCoalesce BinaryOperator', QuestionQuestionEquals: 'AssignmentOperator', RBracket: INVARIANT,
  RCurly: INVARIANT, Redirection: 'DisallowedInRestrictedMode', Rem: 'BinaryPrecedenceMultiply BinaryOperator CanConstantFold',
  RemainderEquals: 'AssignmentOperator', RParen: INVARIANT, Semi: INVARIANT, Shl: CMP + ' CanConstantFold', Shr: CMP + ' CanConstantFold',
  StringExpandable: INVARIANT, StringLiteral: INVARIANT, Xor: 'BinaryPrecedenceLogical BinaryOperator CanConstantFold',
  QuestionDot: 'SpecialOperator DisallowedInRestrictedMode', QuestionLBracket: '',
  Begin: KW_BLOCK, Process: KW_BLOCK, End: KW_BLOCK, Dynamicparam: KW_BLOCK, Clean: KW_BLOCK,
  Break: KW_STMT, Continue: KW_STMT, Data: KW_STMT, Do: KW_STMT, Exit: KW_STMT, Filter: KW_STMT, For: KW_STMT, Foreach: KW_STMT,
  Function: KW_STMT, If: KW_STMT, Return: KW_STMT, Switch: KW_STMT, Throw: KW_STMT, Trap: KW_STMT, Try: KW_STMT, Using: KW_STMT,
  While: KW_STMT, Workflow: KW_STMT, Configuration: KW_STMT,
};
const DISALLOWED = new Set(['Imatch', 'Inotmatch', 'Ireplace', 'Cmatch', 'Cnotmatch', 'Creplace']);
const COMPARISONS = 'eq ne ge gt lt le like notlike match notmatch replace contains notcontains in notin'.split(' ');
for (const c of COMPARISONS) {
  const i = 'I' + c;
  const k = 'C' + c;
  KIND_FLAGS[i] = CMP + (DISALLOWED.has(i) ? ' DisallowedInRestrictedMode' : '');
  KIND_FLAGS[k] = CMP + ' CaseSensitiveOperator' + (DISALLOWED.has(k) ? ' DisallowedInRestrictedMode' : '');
}

const KEYWORDS = new Map(
  'Begin Break Catch Class Continue Data Define Do Dynamicparam Else ElseIf End Exit Filter Finally For Foreach From Function If In Param Process Return Switch Throw Trap Try Until Using Var While Workflow Parallel Sequence InlineScript Configuration Public Private Static Interface Enum Namespace Module Type Assembly Command Hidden Base Default Clean'
    .split(' ')
    .map((k) => [k.toLowerCase(), k]),
);
for (const k of KEYWORDS.values()) KIND_FLAGS[k] ??= KW;

const DASH_OPERATORS: Record<string, string> = {
  and: 'And', or: 'Or', xor: 'Xor', not: 'Not', band: 'Band', bor: 'Bor', bxor: 'Bxor', bnot: 'Bnot', shl: 'Shl', shr: 'Shr',
  f: 'Format', join: 'Join', is: 'Is', isnot: 'IsNot', as: 'As', split: 'Isplit', isplit: 'Isplit', csplit: 'Csplit',
};
for (const c of COMPARISONS) {
  DASH_OPERATORS[c] = 'I' + c;
  DASH_OPERATORS['i' + c] = 'I' + c;
  DASH_OPERATORS['c' + c] = 'C' + c;
}

// Punctuation, longest first.
const PUNCTUATION: Array<[string, string]> = [
  ['??=', 'QuestionQuestionEquals'], ['::', 'ColonColon'], ['..', 'DotDot'], ['++', 'PlusPlus'], ['--', 'MinusMinus'],
  ['+=', 'PlusEquals'], ['-=', 'MinusEquals'], ['*=', 'MultiplyEquals'], ['/=', 'DivideEquals'], ['%=', 'RemainderEquals'],
  ['??', 'QuestionQuestion'], ['?.', 'QuestionDot'], ['?[', 'QuestionLBracket'], ['&&', 'AndAnd'], ['||', 'OrOr'],
  ['@(', 'AtParen'], ['@{', 'AtCurly'], ['$(', 'DollarParen'], ['(', 'LParen'], [')', 'RParen'], ['{', 'LCurly'], ['}', 'RCurly'],
  ['[', 'LBracket'], [']', 'RBracket'], [';', 'Semi'], [',', 'Comma'], ['|', 'Pipe'], ['&', 'Ampersand'], ['.', 'Dot'],
  ['!', 'Exclaim'], ['=', 'Equals'], ['+', 'Plus'], ['-', 'Minus'], ['*', 'Multiply'], ['/', 'Divide'], ['%', 'Rem'],
  ['?', 'QuestionMark'], [':', 'Colon'],
];

export type TokenClass = 'Token' | 'StringLiteralToken' | 'StringExpandableToken' | 'NumberToken' | 'VariableToken' | 'ParameterToken' | 'LabelToken' | 'FileRedirectionToken' | 'MergingRedirectionToken';

export class TokenObject {
  constructor(
    readonly tokenClass: TokenClass,
    readonly kind: string,
    readonly extent: ScriptExtent,
    readonly flags: string[],
    /** Class-specific values: Value, Name, ParameterName, ... */
    readonly extra: Record<string, unknown> = {},
  ) {}
  get text(): string {
    return this.extent.text;
  }
  toString(): string {
    return this.text;
  }
}

function flagsValue(names: string[]): EnumValue {
  const set = FLAG_BITS.filter(([n]) => names.includes(n));
  const value = set.reduce((v, [, b]) => v | b, 0);
  return new EnumValue(NS + 'TokenFlags', set.length ? set.map(([n]) => n).join(', ') : 'None', value);
}

interface Hint {
  end: number;
  make(start: number, end: number): TokenObject;
}

/** The tokens of a parsed text: tree-provided spans first, the rest scanned in expression mode. */
export function tokenize(source: SourceText, root: A.Ast | undefined): TokenObject[] {
  const text = source.text;
  const ext = (s: number, e: number) => new ScriptExtent(source, s, e);
  const tok = (cls: TokenClass, kind: string, s: number, e: number, extraFlags: string[] = [], extra?: Record<string, unknown>) =>
    new (tokenClasses.get(cls)!)(cls, kind, ext(s, e), [...(KIND_FLAGS[kind] ?? '').split(' ').filter(Boolean), ...extraFlags], extra);
  const hints = new Map<number, Hint>();
  const bareword = (flag: string[]) => (s: number, e: number) => {
    const word = text.slice(s, e);
    return /^[\p{L}\p{N}_]+$/u.test(word) ? tok('Token', 'Identifier', s, e, flag) : tok('StringLiteralToken', 'Generic', s, e, flag, { Value: word });
  };
  const hint = (s: number, e: number, make: Hint['make']) => hints.set(s, { end: e, make });
  const typeHint = (t: A.ITypeName, flag: string[]) => {
    if (t.type === 'TypeName') hint(t.extent.start, t.extent.end, (s, e) => tok('Token', 'Identifier', s, e, flag));
    else if (t.type === 'ArrayTypeName') typeHint(t.elementType, flag);
    else {
      typeHint(t.typeName, flag);
      for (const g of t.genericArguments) typeHint(g, ['TypeName']);
    }
  };
  const visit = (n: A.Ast) => {
    switch (n.type) {
      case 'CommandAst':
        n.commandElements.forEach((el, i) => {
          if (el.type === 'StringConstantExpressionAst' && el.stringConstantType === 'BareWord') {
            hint(el.extent.start, el.extent.end, bareword(i === 0 && n.invocationOperator === 'Unknown' ? ['CommandName'] : []));
          }
        });
        break;
      case 'FunctionDefinitionAst': {
        // The name after the keyword is scanned in command mode: one word up to a blank, `{` or `(`.
        const m = /^[a-z]+[ \t]+([^\s{(]+)/i.exec(text.slice(n.extent.start, n.extent.end));
        if (m) {
          const s = n.extent.start + m[0].length - m[1].length;
          hint(s, s + m[1].length, bareword([]));
        }
        break;
      }
      case 'CommandParameterAst': {
        const e = n.extent.start + 1 + n.parameterName.length + (n.hasColon ? 1 : 0);
        hint(n.extent.start, e, (s) => tok('ParameterToken', 'Parameter', s, e, [], { ParameterName: n.parameterName, UsedColon: n.hasColon }));
        break;
      }
      case 'MemberExpressionAst':
      case 'InvokeMemberExpressionAst':
        if (n.member.type === 'StringConstantExpressionAst' && n.member.stringConstantType === 'BareWord') {
          hint(n.member.extent.start, n.member.extent.end, (s, e) => tok('Token', 'Identifier', s, e, ['MemberName']));
        } else if (n.member.type === 'ConstantExpressionAst') {
          hint(n.member.extent.start, n.member.extent.end, (s, e) => tok('NumberToken', 'Number', s, e));
        }
        break;
      case 'HashtableAst':
        for (const p of n.keyValuePairs) {
          if (p.key.type === 'StringConstantExpressionAst' && p.key.stringConstantType === 'BareWord') {
            hint(p.key.extent.start, p.key.extent.end, (s, e) => tok('Token', 'Identifier', s, e, ['MemberName']));
          }
        }
        break;
      case 'BreakStatementAst':
      case 'ContinueStatementAst':
        if (n.label?.type === 'StringConstantExpressionAst' && n.label.stringConstantType === 'BareWord') {
          hint(n.label.extent.start, n.label.extent.end, (s, e) => tok('Token', 'Identifier', s, e, ['MemberName']));
        }
        break;
      case 'TypeConstraintAst':
      case 'TypeExpressionAst':
        typeHint(n.typeName, ['TypeName']);
        break;
      case 'AttributeAst':
        typeHint(n.typeName, ['TypeName', 'AttributeName']);
        break;
    }
    forEachChild(n, visit);
  };
  if (root) visit(root);

  const out: TokenObject[] = [];
  let i = 0;
  const n = text.length;
  const atStatementStart = () => {
    const last = out[out.length - 1];
    return !last || ['NewLine', 'Semi', 'LCurly'].includes(last.kind);
  };
  while (i < n) {
    const h = hints.get(i);
    if (h) {
      out.push(h.make(i, h.end));
      i = h.end;
      continue;
    }
    const c = text[i];
    const rest = text.slice(i);
    let m: RegExpExecArray | null;
    if (c === ' ' || c === '\t' || c === '\f' || c === '\v' || c === '\u00a0') {
      i++;
    } else if ((m = /^(\r\n|\n|\r)/.exec(rest))) {
      out.push(tok('Token', 'NewLine', i, i + m[1].length));
      i += m[1].length;
    } else if ((m = /^`(\r\n|\n|\r)/.exec(rest))) {
      out.push(tok('Token', 'LineContinuation', i, i + m[0].length));
      i += m[0].length;
    } else if (rest.startsWith('<#')) {
      const close = text.indexOf('#>', i + 2);
      const e = close < 0 ? n : close + 2;
      out.push(tok('Token', 'Comment', i, e));
      i = e;
    } else if (c === '#') {
      let e = i;
      while (e < n && text[e] !== '\n' && text[e] !== '\r') e++;
      out.push(tok('Token', 'Comment', i, e));
      i = e;
    } else if ((m = /^@(['"])[ \t]*\r?\n[\s\S]*?\r?\n\1@/.exec(rest))) {
      const literal = m[1] === "'";
      const value = m[0].replace(/^@['"][ \t]*\r?\n/, '').replace(/\r?\n['"]@$/, '');
      out.push(tok(literal ? 'StringLiteralToken' : 'StringExpandableToken', literal ? 'HereStringLiteral' : 'HereStringExpandable', i, i + m[0].length, [], { Value: value }));
      i += m[0].length;
    } else if (c === "'" || c === '"') {
      const e = stringEnd(text, i);
      const literal = c === "'";
      const body = text.slice(i + 1, e - 1);
      const value = literal ? body.replace(/''/g, "'") : body;
      out.push(tok(literal ? 'StringLiteralToken' : 'StringExpandableToken', literal ? 'StringLiteral' : 'StringExpandable', i, e, [], { Value: value }));
      i = e;
    } else if ((m = /^\$\{([^}]*)\}/.exec(rest))) {
      out.push(variable(false, m[1], i, i + m[0].length));
      i += m[0].length;
    } else if ((m = /^[$@]((?:[\p{L}\p{N}_]+:)?[\p{L}\p{N}_?]+|[$?^_])/u.exec(rest)) && !rest.startsWith('$(') && !rest.startsWith('@(') && !rest.startsWith('@{')) {
      out.push(variable(c === '@', m[1], i, i + m[0].length));
      i += m[0].length;
    } else if ((m = /^(?:0x[0-9a-f]+|0b[01]+|(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?)(?:ul|us|uy|[lduysn])?(?:kb|mb|gb|tb|pb)?(?![\p{L}\p{N}_])/iu.exec(rest)) && (/\d/.test(c) || (c === '.' && /\d/.test(text[i + 1]) && !hints.has(i + 1)))) {
      out.push(tok('NumberToken', 'Number', i, i + m[0].length));
      i += m[0].length;
    } else if ((m = /^[-\u2013\u2014\u2015]([a-z]+)(?![\p{L}\p{N}_])/iu.exec(rest)) && DASH_OPERATORS[m[1].toLowerCase()]) {
      out.push(tok('Token', DASH_OPERATORS[m[1].toLowerCase()], i, i + m[0].length));
      i += m[0].length;
    } else if ((m = /^(?:[*1-6]?>&[1-6]|[*1-6]?>>?)/.exec(rest))) {
      const merging = m[0].includes('&');
      out.push(tok(merging ? 'MergingRedirectionToken' : 'FileRedirectionToken', 'Redirection', i, i + m[0].length));
      i += m[0].length;
    } else if ((m = /^:([\p{L}\p{N}_]+)/u.exec(rest)) && atStatementStart()) {
      out.push(tok('LabelToken', 'Label', i, i + m[0].length, [], { LabelText: m[1] }));
      i += m[0].length;
    } else if ((m = /^[\p{L}\p{N}_]+/u.exec(rest))) {
      const keyword = KEYWORDS.get(m[0].toLowerCase());
      out.push(keyword ? tok('Token', keyword, i, i + m[0].length) : tok('Token', 'Identifier', i, i + m[0].length));
      i += m[0].length;
    } else {
      const p = PUNCTUATION.find(([s]) => rest.startsWith(s));
      const len = p ? p[0].length : 1;
      out.push(tok('Token', p ? p[1] : 'Unknown', i, i + len));
      i += len;
    }
  }
  out.push(tok('Token', 'EndOfInput', n + 1, n + 1));
  return out;

  function variable(splatted: boolean, userPath: string, s: number, e: number): TokenObject {
    const colon = userPath.indexOf(':');
    const scope = colon > 0 ? userPath.slice(0, colon).toLowerCase() : undefined;
    const scoped = scope && ['global', 'script', 'local', 'private', 'using', 'workflow'].includes(scope);
    const path: A.VariablePath = {
      userPath,
      unqualifiedPath: colon > 0 ? userPath.slice(colon + 1) : userPath,
      scope: scoped ? (scope as A.VariableScope) : undefined,
      driveName: colon > 0 && !scoped ? userPath.slice(0, colon) : undefined,
    };
    return tok('VariableToken', splatted ? 'SplattedVariable' : 'Variable', s, e, [], { Name: path.unqualifiedPath, VariablePath: new VariablePathObject(path) });
  }
}

/** The end of a quoted string starting at `i` (doubled quotes and backtick escapes stay inside). */
function stringEnd(text: string, i: number): number {
  const q = text[i];
  let j = i + 1;
  while (j < text.length) {
    const ch = text[j];
    if (q === '"' && ch === '`') j += 2;
    else if (ch === q && text[j + 1] === q) j += 2;
    else if (ch === q) return j + 1;
    else j++;
  }
  return text.length;
}

// --- type registration --------------------------------------------------------------------------------------------

const common: PropertyAdapter<TokenObject>[] = [
  { name: 'Text', type: 'string', get: (t) => t.text },
  { name: 'TokenFlags', type: NS + 'TokenFlags', get: (t) => flagsValue(t.flags) },
  { name: 'Kind', type: NS + 'TokenKind', get: (t) => tokenKind(t.kind) },
  { name: 'HasError', type: 'bool', get: () => false },
  { name: 'Extent', type: NS + 'IScriptExtent', get: (t) => t.extent },
];
const extraProperty = (name: string, type: string): PropertyAdapter<TokenObject> => ({ name, type, get: (t) => t.extra[name] ?? null });
const numberValue = (t: TokenObject): unknown => parseNumberString(t.text) ?? null;

const TOKEN_CLASSES: Array<[TokenClass, string, PropertyAdapter<TokenObject>[]]> = [
  ['Token', '', []],
  ['NumberToken', 'Token', [{ name: 'Value', type: 'System.Object', get: numberValue }]],
  ['ParameterToken', 'Token', [extraProperty('ParameterName', 'string'), extraProperty('UsedColon', 'bool')]],
  ['VariableToken', 'Token', [extraProperty('Name', 'string'), extraProperty('VariablePath', 'System.Management.Automation.VariablePath')]],
  ['StringLiteralToken', 'StringToken', [extraProperty('Value', 'string')]],
  ['StringExpandableToken', 'StringToken', [{ name: 'NestedTokens', get: () => null }, extraProperty('Value', 'string')]],
  ['LabelToken', 'Token', [extraProperty('LabelText', 'string')]],
  ['FileRedirectionToken', 'RedirectionToken', []],
  ['MergingRedirectionToken', 'RedirectionToken', []],
];

const tokenClasses = new Map<TokenClass, new (...a: ConstructorParameters<typeof TokenObject>) => TokenObject>();
for (const [name, base, props] of TOKEN_CLASSES) {
  const cls = name === 'Token' ? TokenObject : { [name]: class extends TokenObject {} }[name];
  tokenClasses.set(name, cls);
  const bases = base === 'Token' ? [NS + 'Token'] : base ? [NS + base, NS + 'Token'] : [];
  registerType({ fullName: NS + name, baseTypes: bases, jsClass: cls, properties: [...props, ...common] });
}
