// The completion engine (pwsh's CommandCompletion.CompleteInput): given the input and the cursor, find what the
// cursor is in (./input) and complete it — a command name, a parameter name or value, an operator, a variable, a
// member, or a provider path — returning the matches and the span of input they replace. Loaded only when completion is first asked for
// (TabExpansion2 or Tab in the REPL); the host reaches it through Runspace.complete / the 'completion' service.

import type { SessionHandle } from '../../runtime/command-types';
import { errorRecord } from '../../runtime/error-factory';
import { Msg, fmt } from '../../runtime/messages';
import { PSError } from '../../runtime/values';
import { CompletionMsg } from './messages';
import { contextAt, CursorContext, Token } from './input';
import { CommandCompletion, CompletionResult } from './results';
import { completeCommandName } from './commands';
import { completeParameterName } from './parameters';
import { completeVariable } from './variables';
import { completePath } from './paths';
import { completeMember } from './members';
import { commandDefinition, tokenValue, typedArguments } from './command-line';
import { completeParameterValue } from './parameter-values';
import { commandParameters, nextPositional, resolveParameter } from './command-parameters';
import { argumentCompleter } from './argument-completers';
import { completeOperator } from './operators';
import { variablesFromInput } from './script-variables';
import type { PathWord } from './paths';

export { CommandCompletion, CompletionResult } from './results';

/** Whether the command gets pipeline input (it follows a '|'). */
function fromPipeline(ctx: CursorContext): boolean {
  return ctx.tokens[ctx.command - 1]?.text === '|';
}

function completeParameter(ctx: CursorContext, token: Token, session: SessionHandle): CompletionResult[] {
  if (ctx.command < 0) return completeOperator(token.text);
  const def = commandDefinition(ctx.tokens[ctx.command].text, session);
  if (!def) return [];
  return completeParameterName(token.text, def, typedArguments(ctx.tokens, ctx.command, def, token), session, fromPipeline(ctx));
}

/** The parameter token right before the word at the cursor, when the word is that parameter's value. */
function valueOf(ctx: CursorContext): Token | undefined {
  const before = ctx.tokens[ctx.tokens.length - (ctx.token ? 2 : 1)];
  if (!before || before.kind !== 'parameter' || ctx.command < 0 || before.command !== ctx.command) return undefined;
  return before;
}

/** Commands whose path argument can only be a container. */
const CONTAINER_COMMANDS = new Set(['set-location', 'push-location']);

/**
 * An argument: for the parameter it binds to (named just before it, or by position), what pwsh's completer for
 * that parameter gives, or its fixed set of values; else a path — escaped for wildcards unless it goes to
 * -LiteralPath or to a native command (pwsh 7.6.9).
 */
function completeArgument(ctx: CursorContext, word: PathWord, session: SessionHandle): CompletionResult[] {
  const def = ctx.command >= 0 ? commandDefinition(ctx.tokens[ctx.command].text, session) : undefined;
  if (!def) return completePath(word, session);
  const parameterToken = valueOf(ctx);
  const typed = typedArguments(ctx.tokens, ctx.command, def, ctx.token);
  const parameters = commandParameters(def, typed, session);
  const named = parameterToken && resolveParameter(parameters, parameterToken.text.slice(1).replace(/:$/, ''));
  const takesValue = named && (parameterToken!.text.endsWith(':') || !named.isSwitch);
  const parameter = takesValue ? named : parameterToken && !named ? undefined : nextPositional(def, parameters, typed);
  if (parameter) {
    const values = argumentCompleter(def.name, parameter.name)?.(word.value, word, session) ?? completeParameterValue(parameter, word.value, word);
    if (values) return values;
  }
  return completePath({
    ...word,
    wildcards: parameter?.name !== 'LiteralPath',
    containersOnly: CONTAINER_COMMANDS.has(def.name.toLowerCase()),
  }, session);
}

/** The tokens of the input before `end`. */
function tokensBefore(input: string, end: number): Token[] {
  return contextAt(input.slice(0, end), end).tokens;
}

/** Inside a double-quoted string: a `$(` still open completes as script of its own, a `$name` as a variable. */
function completeInString(input: string, cursor: number, token: Token, session: SessionHandle): CommandCompletion | undefined {
  const bodyStart = token.start + 1;
  const body = input.slice(bodyStart, cursor);
  let depth = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    if (body[i] === ')') depth++;
    else if (body[i] === '(' && depth > 0) depth--;
    else if (body[i] === '(' && body[i - 1] === '$') {
      const start = bodyStart + i + 1;
      const inner = completeAt(input.slice(start, cursor), cursor - start, session);
      return new CommandCompletion(inner.replacementIndex + start, inner.replacementLength, inner.matches);
    }
  }
  const variable = /\$\{?[\w:]*$/.exec(body);
  if (!variable) return undefined;
  const start = bodyStart + variable.index;
  const end = cursor + (/^[\w:]*/.exec(input.slice(cursor))?.[0].length ?? 0);
  return new CommandCompletion(start, end - start, completeVariable(input.slice(start, cursor), session, variablesFromInput(tokensBefore(input, start))));
}

function matchesFor(ctx: CursorContext, session: SessionHandle): CompletionResult[] {
  const token = ctx.token;
  if (!token) return ctx.commandPosition ? [] : completeArgument(ctx, { value: '', commandPosition: false }, session);
  switch (token.kind) {
    case 'variable':
      return completeVariable(token.text, session, variablesFromInput(ctx.tokens.slice(0, -1)));
    case 'member':
      return completeMember([...ctx.tokens.slice(0, -1), token], session);
    case 'parameter':
      return completeParameter(ctx, token, session);
    case 'word':
    case 'string': {
      const word = { value: tokenValue(token), quote: token.quote, commandPosition: ctx.commandPosition };
      if (ctx.commandPosition && token.kind === 'word') {
        const commands = completeCommandName(word.value, session);
        if (commands.length) return commands;
        return completePath(word, session);
      }
      return completeArgument(ctx, word, session);
    }
    default:
      return [];
  }
}

/** pwsh's error for a cursor outside the input (CompleteInput's argument check, seen through TabExpansion2). */
function cursorError(cursor: number): PSError {
  const reason = cursor < 0 ? CompletionMsg.IndexOutOfRange : CompletionMsg.CursorIndexInvalid;
  const message = fmt(Msg.MethodInvocationException, 'CompleteInput', 3, reason);
  return new PSError(errorRecord('PSArgumentException', message, 'NotSpecified', 'System.Management.Automation.MethodInvocationException'));
}

/** Right after a closing bracket there is nothing to complete (pwsh answers -1, -1). */
const CLOSERS = new Set([')', '}', ']']);

function completeAt(input: string, cursor: number, session: SessionHandle): CommandCompletion {
  if (input === '') return CommandCompletion.none();
  const ctx = contextAt(input, cursor);
  const last = ctx.tokens[ctx.tokens.length - 1];
  if (!ctx.token && last && last.end === cursor && CLOSERS.has(last.text)) return CommandCompletion.none();
  if (ctx.token?.kind === 'string' && ctx.token.quote === '"') {
    const inString = completeInString(input, cursor, ctx.token, session);
    if (inString) return inString;
  }
  const matches = matchesFor(ctx, session);
  const length = ctx.token ? ctx.token.end - ctx.token.start : 0;
  return new CommandCompletion(ctx.start, length, matches);
}

/** Completes `input` at `cursor` (a column in the input, 0-based), as pwsh's TabExpansion2 does. */
export function completeInput(input: string, cursor: number, session: SessionHandle): CommandCompletion {
  if (cursor < 0 || cursor > input.length) throw cursorError(cursor);
  return completeAt(input, cursor, session);
}
