// Parse errors: pwsh's error id, message, extent and IncompleteInput for each input, as
// [System.Management.Automation.Language.Parser]::ParseInput reports them in pwsh 7.6.9 (its first error).
import { parse } from '../../src/parser';
import type { ParseError } from '../../src/parser';

type Case = [input: string, errorId: string, message: string, lineColumns: [number, number, number, number], offsets: [number, number], incomplete: boolean];

const PWSH_ERRORS: Case[] = [
  ["if (1) {", "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", [1, 8, 1, 9], [7, 8], true],
  ["{", "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", [1, 1, 1, 2], [0, 1], true],
  ["'abc", "TerminatorExpectedAtEndOfString", "The string is missing the terminator: '.", [1, 1, 1, 5], [0, 4], true],
  ["\"abc", "TerminatorExpectedAtEndOfString", "The string is missing the terminator: \".", [1, 1, 1, 5], [0, 4], true],
  ["@\"\nabc", "TerminatorExpectedAtEndOfString", "The string is missing the terminator: \"@.", [1, 1, 2, 4], [0, 6], true],
  ["@'\nabc", "TerminatorExpectedAtEndOfString", "The string is missing the terminator: '@.", [1, 1, 2, 4], [0, 6], true],
  ["1 +", "ExpectedValueExpression", "You must provide a value expression following the '+' operator.", [1, 4, 1, 4], [3, 3], true],
  ["1 -and", "ExpectedValueExpression", "You must provide a value expression following the '-and' operator.", [1, 7, 1, 7], [6, 6], true],
  ["1 2", "UnexpectedToken", "Unexpected token '2' in expression or statement.", [1, 3, 1, 4], [2, 3], false],
  ["(1", "MissingEndParenthesisInExpression", "Missing closing ')' in expression.", [1, 3, 1, 3], [2, 2], true],
  // Located at the farthest token the grammar tried (numbers, keywords and names are scanned in plain code).
  ["1 + 0b2", "ExpectedValueExpression", "You must provide a value expression following the '+' operator.", [1, 4, 1, 4], [3, 3], false],
  ["foreach ($x in 1) { 1 } x }", "UnexpectedToken", "Unexpected token '}' in expression or statement.", [1, 27, 1, 28], [26, 27], false],
  ["function f { 1 } }", "UnexpectedToken", "Unexpected token '}' in expression or statement.", [1, 18, 1, 19], [17, 18], false],
  ["[int][0]", "MissingTypename", "Missing type name after '['.", [1, 7, 1, 7], [6, 6], false],
  ["[int[]] [0]", "MissingTypename", "Missing type name after '['.", [1, 10, 1, 10], [9, 9], false],
  ["[int", "EndSquareBracketExpectedAtEndOfAttribute", "Missing ] at end of attribute or type literal.", [1, 5, 1, 5], [4, 4], false],
  ["[int]::", "MissingPropertyName", "Missing property name after reference operator.", [1, 8, 1, 8], [7, 7], true],
  ["if", "MissingOpenParenthesisInIfStatement", "Missing '(' after 'if' in if statement.", [1, 3, 1, 3], [2, 2], true],
  ["if (1)", "MissingStatementBlock", "Missing statement block after if ( condition ).", [1, 6, 1, 7], [5, 6], true],
  ["if ($x", "MissingEndParenthesisAfterStatement", "Missing closing ')' after expression in 'if' statement.", [1, 8, 1, 8], [7, 7], true],
  ["while", "MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'while'.", [1, 6, 1, 6], [5, 5], true],
  ["while (1)", "MissingLoopStatement", "Missing statement body in while loop.", [1, 10, 1, 10], [9, 9], true],
  ["a |", "EmptyPipeElement", "An empty pipe element is not allowed.", [1, 4, 1, 4], [3, 3], true],
  ["a | | b", "EmptyPipeElement", "An empty pipe element is not allowed.", [1, 4, 1, 4], [3, 3], false],
  ["1,", "MissingExpressionAfterToken", "Missing expression after ','.", [1, 3, 1, 3], [2, 2], true],
  ["@{a=1", "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", [1, 3, 1, 3], [2, 2], true],
  ["@{a", "MissingEqualsInHashLiteral", "Missing '=' operator after key in hash literal.", [1, 4, 1, 4], [3, 3], false],
  ["@{a=", "MissingStatementInHashLiteral", "Missing statement after '=' in hash literal.", [1, 5, 1, 5], [4, 4], true],
  ["$x = ", "ExpectedValueExpression", "You must provide a value expression following the '=' operator.", [1, 5, 1, 5], [4, 4], true],
  ["$a[1", "MissingEndSquareBracket", "Missing ']' after array index expression.", [1, 5, 1, 5], [4, 4], true],
  ["()", "ExpectedExpression", "An expression was expected after '('.", [1, 2, 1, 2], [1, 1], false],
  ["$x.", "MissingPropertyName", "Missing property name after reference operator.", [1, 4, 1, 4], [3, 3], true],
  ["a <b", "RedirectionNotSupported", "The '<' operator is reserved for future use.", [1, 3, 1, 4], [2, 3], false],
  ["<# x", "MissingTerminatorMultiLineComment", "The terminator '#>' is missing from the multiline comment.", [1, 1, 1, 5], [0, 4], true],
  ["function", "MissingNameAfterKeyword", "Missing name after function keyword.", [1, 9, 1, 9], [8, 8], true],
  ["function f", "MissingFunctionBody", "Missing function body in function declaration.", [1, 11, 1, 11], [10, 10], true],
  ["foreach", "MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'foreach'.", [1, 8, 1, 8], [7, 7], true],
  ["for (", "MissingEndParenthesisAfterStatement", "Missing closing ')' after expression in 'for' statement.", [1, 6, 1, 6], [5, 5], true],
  ["try {}", "MissingCatchOrFinally", "The Try statement is missing its Catch or Finally block.", [1, 7, 1, 7], [6, 6], true],
  ["try", "MissingTryStatementBlock", "The Try statement is missing its statement block.", [1, 4, 1, 4], [3, 3], true],
  ["switch ($x)", "MissingCurlyBraceInSwitchStatement", "Missing '{' in switch statement.", [1, 12, 1, 12], [11, 11], true],
  ["switch ($x) {", "MissingSwitchConditionExpression", "Missing condition in switch statement clause.", [1, 14, 1, 14], [13, 13], true],
  ["do {} ", "MissingWhileOrUntilInDoWhile", "Missing while or until keyword in do loop.", [1, 6, 1, 6], [5, 5], true],
  ["do {} while", "MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'while'.", [1, 12, 1, 12], [11, 11], true],
  ["param(", "MissingEndParenthesisInFunctionParameterList", "Missing ')' in function parameter list.", [1, 7, 1, 7], [6, 6], true],
  ["$x.M(1,", "MissingExpressionAfterToken", "Missing expression after ','.", [1, 8, 1, 8], [7, 7], true],
  ["$x.M(1", "MissingEndParenthesisInMethodCall", "Missing ')' in method call.", [1, 7, 1, 7], [6, 6], true],
  ["-not", "MissingExpressionAfterOperator", "Missing expression after unary operator '-not'.", [1, 5, 1, 5], [4, 4], true],
  ["!", "MissingExpressionAfterOperator", "Missing expression after unary operator '!'.", [1, 2, 1, 2], [1, 1], true],
  ["[int]$x,", "MissingExpressionAfterToken", "Missing expression after ','.", [1, 9, 1, 9], [8, 8], true],
  ["$(", "MissingEndParenthesisInSubexpression", "Missing closing ')' in subexpression.", [1, 4, 1, 4], [3, 3], true],
  ["@(", "MissingEndParenthesisInSubexpression", "Missing closing ')' in subexpression.", [1, 4, 1, 4], [3, 3], true],
  ["a >", "MissingFileSpecification", "Missing file specification after redirection operator.", [1, 4, 1, 4], [3, 3], false],
  ["\"$a: x\"", "InvalidVariableReferenceWithDrive", "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.", [1, 2, 1, 5], [1, 4], false],
  ["1 )", "UnexpectedToken", "Unexpected token ')' in expression or statement.", [1, 3, 1, 4], [2, 3], false],
  ["}", "UnexpectedToken", "Unexpected token '}' in expression or statement.", [1, 1, 1, 2], [0, 1], false],
  ["& ", "MissingExpression", "Missing expression after '&' in pipeline element.", [1, 1, 1, 2], [0, 1], false],
  ["a -x:", "ParameterRequiresArgument", "Parameter -x: requires an argument.", [1, 6, 1, 6], [5, 5], false],
  ["[Parameter(]", "MissingEndParenthesisInExpression", "Missing closing ')' in expression.", [1, 12, 1, 12], [11, 11], false],
  ["[a.b[c]", "EndSquareBracketExpectedAtEndOfAttribute", "Missing ] at end of attribute or type literal.", [1, 8, 1, 8], [7, 7], false],
  ["function f { param($a, $a) }", "DuplicateFormalParameter", "Duplicate parameter $a in parameter list.", [1, 24, 1, 26], [23, 25], false],
  ["1 = 2", "InvalidLeftHandSide", "The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.", [1, 1, 1, 2], [0, 1], false],
  ["$x++ = 2", "InvalidLeftHandSide", "The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.", [1, 1, 1, 5], [0, 4], false],
  ["exit 1 2", "UnexpectedToken", "Unexpected token '2' in expression or statement.", [1, 8, 1, 9], [7, 8], false],
  [",", "MissingExpressionAfterOperator", "Missing expression after unary operator ','.", [1, 2, 1, 2], [1, 1], true],
  ["1 ??", "ExpectedValueExpression", "You must provide a value expression following the '??' operator.", [1, 5, 1, 5], [4, 4], true],
  ["$a ? 1", "MissingColonInTernaryExpression", "Missing ':' in the ternary expression.", [1, 8, 1, 8], [7, 7], true],
  ["$a ? 1 :", "ExpectedValueExpression", "You must provide a value expression following the ':' operator.", [1, 9, 1, 9], [8, 8], true],
  ["@{a=1;a=2}", "DuplicateKeyInHashLiteral", "Duplicate keys 'a' are not allowed in hash literals.", [1, 7, 1, 8], [6, 7], false],
  ["$x = @{\na = 1\nb\n}", "MissingEqualsInHashLiteral", "Missing '=' operator after key in hash literal.", [3, 2, 3, 2], [15, 15], false],
  ["\"a\" | \"b\"", "ExpressionsMustBeFirstInPipeline", "Expressions are only allowed as the first element of a pipeline.", [1, 7, 1, 10], [6, 9], false],
  ["a && ", "EmptyPipelineChainElement", "A pipeline chain operator must be followed by a pipeline.", [1, 5, 1, 5], [4, 4], true],
  ["a ||", "EmptyPipelineChainElement", "A pipeline chain operator must be followed by a pipeline.", [1, 5, 1, 5], [4, 4], true],
  ["Get-Item -Path )", "UnexpectedToken", "Unexpected token ')' in expression or statement.", [1, 16, 1, 17], [15, 16], false],
  ["$x = )", "ExpectedValueExpression", "You must provide a value expression following the '=' operator.", [1, 5, 1, 5], [4, 4], false],
  ["if ($x) { } else", "MissingStatementBlockAfterElse", "Missing statement block after 'else' keyword.", [1, 17, 1, 17], [16, 16], true],
  ["function f {\n  if ($a) {\n", "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", [2, 11, 2, 12], [23, 24], true],
  ["$a = @(1, 2", "MissingEndParenthesisInSubexpression", "Missing closing ')' in subexpression.", [1, 13, 1, 13], [12, 12], true],
  ["[int]$x = ", "ExpectedValueExpression", "You must provide a value expression following the '=' operator.", [1, 10, 1, 10], [9, 9], true],
  ["$x.Method(", "MissingEndParenthesisInMethodCall", "Missing ')' in method call.", [1, 11, 1, 11], [10, 10], true],
  ["1..", "ExpectedValueExpression", "You must provide a value expression following the '..' operator.", [1, 4, 1, 4], [3, 3], true],
  ["$x[", "MissingArrayIndexExpression", "Array index expression is missing or not valid.", [1, 4, 1, 4], [3, 3], true],
  ["{ param( }", "MissingEndParenthesisInFunctionParameterList", "Missing ')' in function parameter list.", [1, 9, 1, 9], [8, 8], false],
  ["Get-Item |", "EmptyPipeElement", "An empty pipe element is not allowed.", [1, 11, 1, 11], [10, 10], true],
  ["$x = 1 +", "ExpectedValueExpression", "You must provide a value expression following the '+' operator.", [1, 9, 1, 9], [8, 8], true],
  ["@{ a = 1; b }", "MissingEqualsInHashLiteral", "Missing '=' operator after key in hash literal.", [1, 12, 1, 12], [11, 11], false],
  ["@{ a = }", "MissingStatementInHashLiteral", "Missing statement after '=' in hash literal.", [1, 7, 1, 7], [6, 6], false],
  ["for ($i = 0; $i -lt 3; $i++)", "MissingLoopStatement", "Missing statement body in for loop.", [1, 29, 1, 29], [28, 28], true],
  ["while ($x", "MissingEndParenthesisAfterStatement", "Missing closing ')' after expression in 'while' statement.", [1, 10, 1, 10], [9, 9], true],
  ["switch ($x) { a }", "MissingSwitchStatementClause", "Missing statement block in switch statement clause.", [1, 16, 1, 16], [15, 15], false],
  ["try { } catch", "MissingCatchHandlerBlock", "The Catch block is missing its statement block.", [1, 14, 1, 14], [13, 13], true],
  ["try { } finally", "MissingFinallyStatementBlock", "The Finally block is missing its statement block.", [1, 16, 1, 16], [15, 15], true],
  ["$a = [", "MissingTypename", "Missing type name after '['.", [1, 7, 1, 7], [6, 6], true],
  ["Write-Host \"unterminated", "TerminatorExpectedAtEndOfString", "The string is missing the terminator: \".", [1, 12, 1, 25], [11, 24], true],
  ["$x = @'\nabc\n", "TerminatorExpectedAtEndOfString", "The string is missing the terminator: '@.", [1, 6, 3, 1], [5, 12], true],
  ["1 -", "ExpectedValueExpression", "You must provide a value expression following the '-' operator.", [1, 4, 1, 4], [3, 3], true],
  ["1 -eq", "ExpectedValueExpression", "You must provide a value expression following the '-eq' operator.", [1, 6, 1, 6], [5, 5], true],
  ["1 *", "ExpectedValueExpression", "You must provide a value expression following the '*' operator.", [1, 4, 1, 4], [3, 3], true],
  ["echo (", "ExpectedExpression", "An expression was expected after '('.", [1, 7, 1, 7], [6, 6], true],
  ["echo $(", "MissingEndParenthesisInSubexpression", "Missing closing ')' in subexpression.", [1, 9, 1, 9], [8, 8], true],
  ["echo @{", "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", [1, 8, 1, 8], [7, 7], true],
  ["echo {", "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", [1, 6, 1, 7], [5, 6], true],
  ["1 2 3", "UnexpectedToken", "Unexpected token '2' in expression or statement.", [1, 3, 1, 4], [2, 3], false],
  ["$x $y", "UnexpectedToken", "Unexpected token '$y' in expression or statement.", [1, 4, 1, 6], [3, 5], false],
  ["\"a\" \"b\"", "UnexpectedToken", "Unexpected token '\"b\"' in expression or statement.", [1, 5, 1, 8], [4, 7], false],
  ["function { }", "MissingNameAfterKeyword", "Missing name after function keyword.", [1, 9, 1, 9], [8, 8], false],
  ["param(", "MissingEndParenthesisInFunctionParameterList", "Missing ')' in function parameter list.", [1, 7, 1, 7], [6, 6], true],
  [")", "UnexpectedToken", "Unexpected token ')' in expression or statement.", [1, 1, 1, 2], [0, 1], false],
  ["}}", "UnexpectedToken", "Unexpected token '}' in expression or statement.", [1, 1, 1, 2], [0, 1], false],
  ["Get-Item -Path:", "ParameterRequiresArgument", "Parameter -Path: requires an argument.", [1, 16, 1, 16], [15, 15], false],
  ["a -b: | c", "ParameterRequiresArgument", "Parameter -b: requires an argument.", [1, 6, 1, 6], [5, 5], false],
  ["if () { 'x' }", "IfStatementMissingCondition", "Missing condition in if statement after 'if ('.", [1, 5, 1, 5], [4, 4], false],
  ["while () { }", "MissingExpressionAfterKeyword", "Missing expression after 'while' in loop.", [1, 8, 1, 8], [7, 7], false],
];

function firstError(text: string): ParseError {
  const result = parse(text);
  expect(result.ast).toBeUndefined();
  expect(result.errors.length).toBeGreaterThan(0);
  return result.errors[0];
}

describe('parse errors match pwsh', () => {
  it.each(PWSH_ERRORS)('%j', (input, errorId, message, [line, column, endLine, endColumn], [start, end], incomplete) => {
    const error = firstError(input);
    const from = error.extent.source.position(error.extent.start);
    const to = error.extent.source.position(error.extent.end);
    expect({ errorId: error.errorId, message: error.message, from: [from.line, from.column], to: [to.line, to.column] }).toEqual({
      errorId,
      message,
      from: [line, column],
      to: [endLine, endColumn],
    });
    expect([error.extent.start, error.extent.end]).toEqual([start, end]);
    expect(error.incompleteInput).toBe(incomplete);
  });

  it('reports multi-line foreach messages with pwsh text', () => {
    expect(firstError('foreach ($x in)').message).toBe('Missing expression in foreach loop.\nThe correct form is: foreach ($a in $b) {...}');
    expect(firstError('foreach ($x)').message).toBe("Missing 'in' after variable in foreach loop.\nThe correct form is: foreach ($a in $b) {...}");
    expect(firstError('foreach ($i in 1..3) ').message).toBe('Missing statement body in foreach loop.\nThe correct form is: foreach ($a in $b) {...}');
  });

  it('reports the file name and line text of an error in a multi-line script', () => {
    const result = parse('$a = 1\nif ($a) {\n  "x"\n', 'bad.ps1');
    const error = result.errors[0];
    expect(error.errorId).toBe('MissingEndCurlyBrace');
    expect(error.extent.source.fileName).toBe('bad.ps1');
    expect(error.extent.source.position(error.extent.start)).toEqual({ offset: 15, line: 2, column: 9 });
    expect(error.extent.source.lineText(2)).toBe('if ($a) {');
  });

  it('reports a stray closing brace as an unexpected token', () => {
    const error = firstError('Get-Item x }');
    expect(error.message).toBe("Unexpected token '}' in expression or statement.");
    expect(error.extent.start).toBe(11);
  });
});

// Inputs pwsh rejects: a PEG without cuts could silently re-read them another way (e.g. a broken expression as a
// command), so each must stay an error.
const MUST_FAIL = [
  '$x.M(1,',
  '$x.M(1',
  '$x.',
  '$a[0',
  '"$a: x"',
  '1 2',
  '1 -foo 2',
  '$x.y (1)',
  'a | 1',
  'a | $x',
  '"a" | "b"',
  '@{a-b=1}',
  '@{a=1;a=2}',
  '1 = 2',
  '$x++ = 2',
  'function f { param($a, $a) }',
  'a -x:',
  '[int',
  '[Parameter(]',
  '()',
  'a <b',
  'if ($true) {',
  'while ($x) ',
  'try { }',
  'do { } ',
  'switch ($x) {',
  '& ',
  'a && ',
  '"unterminated',
  "'unterminated",
  '<# open comment',
  '@"\nno end',
];

describe('inputs that must fail to parse', () => {
  it.each(MUST_FAIL)('%j is a parse error', (input) => {
    const result = parse(input);
    expect(result.ast).toBeUndefined();
    expect(result.errors[0].message).toMatch(/\S/);
  });
});
