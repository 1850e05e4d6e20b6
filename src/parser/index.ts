// The parser's entry points: `parse(text)` gives a ScriptBlockAst or pwsh-style ParseErrors. The grammar is
// grammar/powershell.peggy, compiled by `npm run build` into ./generated (CommonJS, every rule a start rule).
import type { ExpressionAst, ParseError, ParseResult, ScriptBlockAst } from './ast';
import { SourceText } from './extent';
import { ParseFailure, failureToError, syntaxErrorToError, tooComplex } from './errors';
import { numberLiteral } from './numbers';
import { checkScript } from './checks';
import * as chars from './chars';

export type { ParseError, ParseResult } from './ast';
export * from './ast';

interface GeneratedParser {
  parse(text: string, options: Record<string, unknown>): unknown;
  SyntaxError: new (...args: never[]) => Error & { location: { start: { offset: number } } };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const generated: GeneratedParser = require('./generated/powershell-parser.js');

function failure(id: string, detail: string | null, at: ParseFailure['at'], position: number): ParseFailure {
  return new ParseFailure(id, detail, at, position);
}

function run<T>(startRule: string, text: string, fileName?: string): { value?: T; errors: ParseError[]; checksNeeded: boolean } {
  const source = new SourceText(text, fileName);
  const checks = { needed: false };
  // Peggy's failure bookkeeping (which alternatives were expected where) is most of its cost, and pwsh-specific errors
  // do not need it: parse silently first, and only re-parse with bookkeeping to locate a generic syntax error.
  const options = { startRule, grammarSource: source, numberLiteral, chars, failure, checks, peg$silentFails: 1 };
  try {
    return { value: generated.parse(text, options) as T, errors: [], checksNeeded: checks.needed };
  } catch (e) {
    if (!(e instanceof generated.SyntaxError)) return { errors: [toParseError(e, source)], checksNeeded: false };
  }
  try {
    generated.parse(text, { ...options, peg$silentFails: 0 });
    throw new Error('the parser accepted input it rejected before');
  } catch (e) {
    return { errors: [toParseError(e, source)], checksNeeded: false };
  }
}

function toParseError(e: unknown, source: SourceText): ParseError {
  if (e instanceof ParseFailure) return failureToError(e, source);
  if (e instanceof generated.SyntaxError) return syntaxErrorToError(e.location.start.offset, source);
  if (e instanceof RangeError) return tooComplex(source);
  throw e;
}

/** Parses a whole script (a file, `-Command` text, a REPL entry, Invoke-Expression input). */
export function parse(text: string, fileName?: string): ParseResult {
  const { value, errors, checksNeeded } = run<ScriptBlockAst>('Script', text, fileName);
  if (!value) return { errors };
  value.extent.source.root = value;
  const checkErrors = checksNeeded ? checkScript(value) : [];
  return checkErrors.length ? { errors: checkErrors } : { ast: value, errors: [] };
}

/** Parses a single expression (tests, tools); the whole text must be the expression. */
export function parseExpression(text: string): { ast?: ExpressionAst; errors: ParseError[] } {
  const { value, errors } = run<ExpressionAst>('ExpressionInput', text);
  return value ? { ast: value, errors: [] } : { errors };
}
