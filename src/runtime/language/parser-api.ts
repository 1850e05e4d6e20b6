// [System.Management.Automation.Language.Parser]::ParseInput/ParseFile and [System.Management.Automation.PSParser]::
// Tokenize: psnode's parser behind pwsh's static API, with tokens and ParseError objects returned through [ref].

import * as fs from 'fs';
import * as pathMod from 'path';
import { parse } from '../../parser';
import { SourceText, type ParseError } from '../../parser/ast';
import type * as A from '../../parser/ast';
import { forEachChild } from '../../parser/visit';
import { registerType, DotNetException, PSReference, EnumValue, typedArray, type TypeAdapter } from '../values';
import { toStr } from '../convert';
import { astObjectOf, AstObject } from './ast-objects';
import { ParseErrorObject } from './parse-errors';
import { tokenize, TokenObject } from './tokens';
import { ScriptExtent } from './extent';
import { NS } from './ast-shapes';

interface Parsed {
  root: A.Ast | undefined;
  ast: AstObject;
  tokens: TokenObject[];
  errors: ParseErrorObject[];
}

/** Parses text as pwsh's Parser does: a tree even for text with errors (psnode's then holds no statements). */
function parseText(text: string, fileName: string | undefined): Parsed {
  const result = parse(text, fileName);
  const root = result.ast ?? emptyScript(text, fileName);
  const ast = astObjectOf(root);
  return { root: result.ast, ast, tokens: tokenize(root.extent.source, result.ast), errors: result.errors.map((e: ParseError) => new ParseErrorObject(e)) };
}

function emptyScript(text: string, fileName: string | undefined) {
  const source = new SourceText(text, fileName);
  const extent = { source, start: 0, end: text.length };
  const root = { type: 'ScriptBlockAst' as const, extent, endBlock: { type: 'NamedBlockAst' as const, extent, blockKind: 'End' as const, unnamed: true, statements: [], traps: [] } };
  source.root = root;
  return root;
}

function setRef(target: unknown, value: unknown): void {
  if (target instanceof PSReference) target.value = value;
}

function readFile(name: string): { text: string; full: string } {
  const full = pathMod.resolve(name);
  try {
    return { text: fs.readFileSync(full, 'utf8').replace(/^\uFEFF/, ''), full };
  } catch {
    throw new DotNetException('System.IO.FileNotFoundException', `Could not find file '${full}'.`);
  }
}

function deliver(p: Parsed, tokensRef: unknown, errorsRef: unknown): AstObject {
  setRef(tokensRef, typedArray(p.tokens, NS + 'Token'));
  setRef(errorsRef, typedArray(p.errors, NS + 'ParseError'));
  return p.ast;
}

registerType({
  fullName: NS + 'Parser',
  staticMethods: [
    {
      name: 'ParseInput',
      overloads: [
        'static System.Management.Automation.Language.ScriptBlockAst ParseInput(string input, [ref] System.Management.Automation.Language.Token[] tokens, [ref] System.Management.Automation.Language.ParseError[] errors)',
        'static System.Management.Automation.Language.ScriptBlockAst ParseInput(string input, string fileName, [ref] System.Management.Automation.Language.Token[] tokens, [ref] System.Management.Automation.Language.ParseError[] errors)',
      ],
      invoke: (a) => {
        const withName = a.length >= 4;
        return deliver(parseText(toStr(a[0] ?? ''), withName && a[1] != null ? toStr(a[1]) : undefined), a[withName ? 2 : 1], a[withName ? 3 : 2]);
      },
    },
    {
      name: 'ParseFile',
      overloads: ['static System.Management.Automation.Language.ScriptBlockAst ParseFile(string fileName, [ref] System.Management.Automation.Language.Token[] tokens, [ref] System.Management.Automation.Language.ParseError[] errors)'],
      invoke: (a) => {
        const { text, full } = readFile(toStr(a[0]));
        return deliver(parseText(text, full), a[1], a[2]);
      },
    },
  ],
});

// --- PSParser::Tokenize (the PowerShell 2 API): PSToken with Type, Content, Start, Length, lines and columns ----------

const GROUP_START = new Set(['LParen', 'LCurly', 'AtParen', 'AtCurly', 'DollarParen']);
const GROUP_END = new Set(['RParen', 'RCurly']);

export class PSToken {
  constructor(readonly token: TokenObject, readonly type: string, readonly content: string) {}
  toString(): string {
    return 'System.Management.Automation.PSToken';
  }
}

function psTokenType(t: TokenObject): string {
  const f = t.flags;
  if (f.includes('CommandName')) return 'Command';
  if (f.includes('AttributeName')) return 'Attribute';
  if (f.includes('TypeName')) return 'Type';
  if (f.includes('MemberName')) return 'Member';
  if (f.includes('Keyword')) return 'Keyword';
  switch (t.kind) {
    case 'Parameter':
      return 'CommandParameter';
    case 'Number':
      return 'Number';
    case 'StringLiteral':
    case 'StringExpandable':
    case 'HereStringLiteral':
    case 'HereStringExpandable':
      return 'String';
    case 'Variable':
    case 'SplattedVariable':
      return 'Variable';
    case 'Label':
      return 'LoopLabel';
    case 'Comment':
      return 'Comment';
    case 'NewLine':
      return 'NewLine';
    case 'LineContinuation':
      return 'LineContinuation';
    case 'Semi':
      return 'StatementSeparator';
    case 'Identifier':
    case 'Generic':
      return 'CommandArgument';
  }
  if (GROUP_START.has(t.kind)) return 'GroupStart';
  if (GROUP_END.has(t.kind)) return 'GroupEnd';
  return 'Operator';
}

function psTokenContent(t: TokenObject): string {
  switch (t.kind) {
    case 'StringLiteral':
    case 'StringExpandable':
    case 'HereStringLiteral':
    case 'HereStringExpandable':
      return String(t.extra.Value ?? '');
    case 'Variable':
    case 'SplattedVariable':
      return (t.extra.VariablePath as { path: { userPath: string } }).path.userPath;
    case 'Parameter':
      return t.text.replace(/:$/, '');
    case 'Label':
      return String(t.extra.LabelText);
    case 'NewLine':
      return '\n';
  }
  return t.text;
}

const psTokenTypeValue = (name: string): EnumValue => new EnumValue('System.Management.Automation.PSTokenType', name, PS_TOKEN_TYPES.indexOf(name));
const PS_TOKEN_TYPES = 'Unknown Command CommandParameter CommandArgument Number String Variable Member LoopLabel Attribute Type Operator GroupStart GroupEnd Keyword Comment StatementSeparator NewLine LineContinuation Position'.split(' ');

const pos = (t: PSToken, end: boolean) => (end ? t.token.extent.source.position(t.token.extent.end) : t.token.extent.source.position(t.token.extent.start));

const psTokenAdapter: TypeAdapter<PSToken> = {
  fullName: 'System.Management.Automation.PSToken',
  jsClass: PSToken,
  properties: [
    { name: 'Content', type: 'string', get: (t) => t.content },
    { name: 'Type', type: 'System.Management.Automation.PSTokenType', get: (t) => psTokenTypeValue(t.type) },
    { name: 'Start', type: 'int', get: (t) => t.token.extent.start },
    { name: 'Length', type: 'int', get: (t) => t.token.extent.end - t.token.extent.start },
    { name: 'StartLine', type: 'int', get: (t) => pos(t, false).line },
    { name: 'StartColumn', type: 'int', get: (t) => pos(t, false).column },
    { name: 'EndLine', type: 'int', get: (t) => pos(t, true).line },
    { name: 'EndColumn', type: 'int', get: (t) => pos(t, true).column },
  ],
};
registerType(psTokenAdapter);

/** The tokens PSParser reports: a type literal or constraint (`[int[]]`, brackets included) is one Type token. */
function psTokens(p: Parsed): TokenObject[] {
  const typeSpans = new Map<number, number>();
  const visit = (n: A.Ast) => {
    if (n.type === 'TypeConstraintAst' || n.type === 'TypeExpressionAst') typeSpans.set(n.extent.start, n.extent.end);
    forEachChild(n, visit);
  };
  if (p.root) visit(p.root);
  const out: TokenObject[] = [];
  for (let i = 0; i < p.tokens.length; i++) {
    const t = p.tokens[i];
    if (t.kind === 'EndOfInput') break;
    const end = typeSpans.get(t.extent.start);
    if (end === undefined) {
      out.push(t);
      continue;
    }
    out.push(new TokenObject('Token', 'Identifier', new ScriptExtent(t.extent.source, t.extent.start, end), ['TypeName']));
    while (i + 1 < p.tokens.length && p.tokens[i + 1].extent.start < end) i++;
  }
  return out;
}

registerType({
  fullName: 'System.Management.Automation.PSParser',
  staticMethods: [
    {
      name: 'Tokenize',
      overloads: [
        'static System.Collections.ObjectModel.Collection[System.Management.Automation.PSToken] Tokenize(string script, [ref] System.Collections.ObjectModel.Collection[System.Management.Automation.PSParseError] errors)',
        'static System.Collections.ObjectModel.Collection[System.Management.Automation.PSToken] Tokenize(System.Object[] script, [ref] System.Collections.ObjectModel.Collection[System.Management.Automation.PSParseError] errors)',
      ],
      invoke: (a) => {
        const script = Array.isArray(a[0]) ? a[0].map((l) => toStr(l)).join('\n') : toStr(a[0] ?? '');
        const p = parseText(script, undefined);
        setRef(a[1], []);
        return psTokens(p).map((t) => new PSToken(t, psTokenType(t), psTokenContent(t)));
      },
    },
  ],
});
