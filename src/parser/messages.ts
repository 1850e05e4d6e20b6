// Parse error messages, keyed by pwsh's error id. Texts copied from pwsh 7.6.9 (ParserStrings); `{0}` is filled
// with the token or operator the message names.

export const PARSE_MESSAGES: Record<string, string> = {
  MissingEndCurlyBrace: "Missing closing '}' in statement block or type definition.",
  TerminatorExpectedAtEndOfString: 'The string is missing the terminator: {0}.',
  ExpectedValueExpression: "You must provide a value expression following the '{0}' operator.",
  UnexpectedToken: "Unexpected token '{0}' in expression or statement.",
  MissingEndParenthesisInExpression: "Missing closing ')' in expression.",
  EndSquareBracketExpectedAtEndOfAttribute: 'Missing ] at end of attribute or type literal.',
  MissingPropertyName: 'Missing property name after reference operator.',
  MissingOpenParenthesisInIfStatement: "Missing '(' after '{0}' in if statement.",
  MissingStatementBlock: 'Missing statement block after {0} ( condition ).',
  MissingEndParenthesisAfterStatement: "Missing closing ')' after expression in '{0}' statement.",
  MissingOpenParenthesisAfterKeyword: "Missing opening '(' after keyword '{0}'.",
  MissingLoopStatement: 'Missing statement body in {0} loop.',
  EmptyPipeElement: 'An empty pipe element is not allowed.',
  MissingExpressionAfterToken: "Missing expression after '{0}'.",
  MissingEqualsInHashLiteral: "Missing '=' operator after key in hash literal.",
  MissingStatementInHashLiteral: "Missing statement after '=' in hash literal.",
  MissingEndSquareBracket: "Missing ']' after array index expression.",
  ExpectedExpression: "An expression was expected after '('.",
  RedirectionNotSupported: "The '<' operator is reserved for future use.",
  MissingTerminatorMultiLineComment: "The terminator '#>' is missing from the multiline comment.",
  MissingNameAfterKeyword: 'Missing name after {0} keyword.',
  MissingFunctionBody: 'Missing function body in function declaration.',
  MissingForeachExpression: 'Missing expression in foreach loop.\nThe correct form is: foreach ($a in $b) {...}',
  MissingInInForeach: "Missing 'in' after variable in foreach loop.\nThe correct form is: foreach ($a in $b) {...}",
  MissingCatchOrFinally: 'The Try statement is missing its Catch or Finally block.',
  MissingTryStatementBlock: 'The Try statement is missing its statement block.',
  MissingCurlyBraceInSwitchStatement: "Missing '{' in switch statement.",
  MissingSwitchConditionExpression: 'Missing condition in switch statement clause.',
  MissingWhileOrUntilInDoWhile: 'Missing while or until keyword in do loop.',
  MissingEndParenthesisInFunctionParameterList: "Missing ')' in function parameter list.",
  MissingEndParenthesisInMethodCall: "Missing ')' in method call.",
  MissingExpressionAfterOperator: "Missing expression after unary operator '{0}'.",
  MissingEndParenthesisInSubexpression: "Missing closing ')' in subexpression.",
  MissingFileSpecification: 'Missing file specification after redirection operator.',
  InvalidVariableReferenceWithDrive:
    "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
  MissingExpression: "Missing expression after '{0}' in pipeline element.",
  ParameterRequiresArgument: 'Parameter -{0}: requires an argument.',
  DuplicateFormalParameter: 'Duplicate parameter ${0} in parameter list.',
  InvalidLeftHandSide:
    'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.',
  OperatorRequiresVariableOrProperty: "The '{0}' operator works only on variables or on properties.",
  MissingColonInTernaryExpression: "Missing ':' in the ternary expression.",
  DuplicateKeyInHashLiteral: "Duplicate keys '{0}' are not allowed in hash literals.",
  ExpressionsMustBeFirstInPipeline: 'Expressions are only allowed as the first element of a pipeline.',
  EmptyPipelineChainElement: 'A pipeline chain operator must be followed by a pipeline.',
  StreamAlreadyRedirected: 'The {0} for this command is already redirected.',
  SplattingNotPermitted:
    "The splatting operator '@' cannot be used to reference variables in an expression. '@{0}' can be used only as an argument to a command. To reference variables in an expression use '${0}'.",
  MissingStatementBlockAfterElse: "Missing statement block after 'else' keyword.",
  MissingArrayIndexExpression: 'Array index expression is missing or not valid.',
  MissingForeachStatement: 'Missing statement body in foreach loop.\nThe correct form is: foreach ($a in $b) {...}',
  MissingSwitchStatementClause: 'Missing statement block in switch statement clause.',
  MissingCatchHandlerBlock: 'The Catch block is missing its statement block.',
  MissingFinallyStatementBlock: 'The Finally block is missing its statement block.',
  MissingTypename: "Missing type name after '['.",
  IfStatementMissingCondition: "Missing condition in if statement after '{0} ('.",
  MissingExpressionAfterKeyword: "Missing expression after '{0}' in loop.",
  ScriptTooComplicated: 'Processing was stopped because the script is too complex.',
};

export function parseMessage(id: string, detail?: string): string {
  const template = PARSE_MESSAGES[id] ?? PARSE_MESSAGES.UnexpectedToken;
  return template.replaceAll('{0}', detail ?? '');
}
