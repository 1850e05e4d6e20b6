// Turns what the generated parser throws into pwsh-style ParseErrors: the grammar raises ParseFailure (pwsh's error
// id at pwsh's position); any other syntax error becomes "Unexpected token" at the token where parsing stopped.
import type { Extent, ParseError, SourceText } from './ast';
import { parseMessage } from './messages';

/** Thrown by the grammar's `fail()`. */
export class ParseFailure {
  constructor(
    readonly errorId: string,
    readonly detail: string | null,
    readonly at: number | Extent,
    /** Where parsing was when it failed (decides whether the input merely ended early). */
    readonly position: number = typeof at === 'number' ? at : at.end,
  ) {}
}

const WHITESPACE = /[ \t\f\v\r\n\u00a0\ufeff]/;
// Where pwsh ends a token for "Unexpected token '...'": one punctuation character, else up to a delimiter.
const PUNCTUATION = /[(){}[\];,|&]/;
const TOKEN_END = /[\s(){}[\];,|&'"]/;

export function failureToError(failure: ParseFailure, source: SourceText): ParseError {
  let start: number;
  let end: number;
  if (typeof failure.at === 'number') {
    start = end = failure.at;
  } else {
    start = failure.at.start;
    end = failure.at.end;
  }
  let detail = failure.detail ?? undefined;
  if (failure.errorId === 'UnexpectedToken') {
    end = tokenEnd(source.text, start);
    detail = source.text.slice(start, end);
  } else if (start === end && start === source.text.length && atNextToken(failure)) {
    // pwsh reports these at the next token; at the end of the input that token sits one past the last character.
    start = end = start + 1;
  } else if (start === end) {
    // pwsh reports a missing piece right after the previous token, not after the whitespace that follows it.
    while (start > 0 && WHITESPACE.test(source.text[start - 1])) start--;
    end = start;
  }
  return {
    errorId: failure.errorId,
    message: parseMessage(failure.errorId, detail),
    extent: { source, start, end },
    incompleteInput: isIncomplete(failure.errorId, source.text, Math.max(end, failure.position)),
  };
}

/** A peggy syntax error without a pwsh-specific failure: report the token where parsing stopped. */
export function syntaxErrorToError(offset: number, source: SourceText): ParseError {
  const text = source.text;
  let start = offset;
  while (start < text.length && WHITESPACE.test(text[start])) start++;
  if (start >= text.length) {
    return failureToError(new ParseFailure('MissingEndCurlyBrace', null, offset), source);
  }
  return failureToError(new ParseFailure('UnexpectedToken', null, start), source);
}

export function tooComplex(source: SourceText): ParseError {
  return {
    errorId: 'ScriptTooComplicated',
    message: parseMessage('ScriptTooComplicated'),
    extent: { source, start: 0, end: 0 },
    incompleteInput: false,
  };
}

function tokenEnd(text: string, start: number): number {
  if (start >= text.length) return start;
  if (PUNCTUATION.test(text[start])) return start + 1;
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, start + 1);
    return close < 0 ? text.length : close + 1;
  }
  let end = start + 1;
  while (end < text.length && !TOKEN_END.test(text[end])) end++;
  return end;
}

const AT_NEXT_TOKEN = new Set(['MissingEndParenthesisAfterStatement', 'MissingEndParenthesisInSubexpression',
  'MissingColonInTernaryExpression']);

// (Of the statements, only `if` reports its missing ')' at the next token.)
function atNextToken(failure: ParseFailure): boolean {
  if (failure.errorId === 'MissingEndParenthesisAfterStatement') return failure.detail === 'if';
  return AT_NEXT_TOKEN.has(failure.errorId);
}

const NEVER_INCOMPLETE = new Set(['UnexpectedToken', 'MissingEqualsInHashLiteral', 'RedirectionNotSupported',
  'MissingFileSpecification', 'InvalidVariableReferenceWithDrive', 'EndSquareBracketExpectedAtEndOfAttribute',
  'MissingInInForeach', 'MissingForeachExpression', 'MissingExpression']);

/** The input ended early when nothing but whitespace follows the error position. */
function isIncomplete(errorId: string, text: string, end: number): boolean {
  if (NEVER_INCOMPLETE.has(errorId)) return false;
  return /^\s*$/.test(text.slice(end));
}
