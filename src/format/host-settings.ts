// What formatting needs from the host and the session: the screen width (pwsh lays out in buffer width - 1; with no
// terminal the buffer is 80 wide), the culture's word-wrap rule, $FormatEnumerationLimit and $ErrorView.

import { EnumValue, isInt32 } from '../runtime/values';
import { DEFAULT_ENUMERATION_LIMIT } from './values/field-text';
import { wordWrapFor } from './text/line-breaking';

/** ConsoleHostRawUserInterface's size when there is no terminal. */
export const DEFAULT_BUFFER_WIDTH = 80;

/** The buffer width for a stream: the terminal's columns when it is one, else pwsh's 80. */
export function bufferWidth(stream: { isTTY?: boolean; columns?: number }): number {
  return stream.isTTY && stream.columns && stream.columns > 0 ? stream.columns : DEFAULT_BUFFER_WIDTH;
}

/** The two-letter language of the culture .NET derives from the locale variables ('iv' for C / POSIX / unset). */
export function cultureLanguage(env: NodeJS.ProcessEnv): string {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const language = /^([a-z]{2,3})(?:[_.@-]|$)/i.exec(locale)?.[1]?.toLowerCase();
  return !language || locale === 'C' || locale.startsWith('C.') || locale === 'POSIX' ? 'iv' : language;
}

export function wordWrapForEnvironment(env: NodeJS.ProcessEnv): boolean {
  return wordWrapFor(cultureLanguage(env));
}

/** NumberFormatInfo.NumberDecimalDigits, the digits of the "F" format: 2 in the invariant culture, 3 in ICU's cultures. */
export function decimalDigitsForEnvironment(env: NodeJS.ProcessEnv): number {
  return cultureLanguage(env) === 'iv' ? 2 : 3;
}

/** The session variables formatting reads. */
export interface FormatVariables {
  getVariable(name: string): unknown;
}

/** $global:FormatEnumerationLimit; pwsh uses the default unless it is an int. */
export function enumerationLimit(vars: FormatVariables | undefined): number {
  // the variable always exists globally, so no value means the session cannot resolve scope-qualified names
  const value = vars?.getVariable('global:FormatEnumerationLimit') ?? vars?.getVariable('FormatEnumerationLimit');
  return isInt32(value) ? value : DEFAULT_ENUMERATION_LIMIT;
}

export type ErrorViewName = 'ConciseView' | 'NormalView' | 'CategoryView' | 'DetailedView';

export function errorView(vars: FormatVariables | undefined): ErrorViewName {
  const value = vars?.getVariable('ErrorView');
  const name = value instanceof EnumValue ? value.name : typeof value === 'string' ? value : 'ConciseView';
  const known: ErrorViewName[] = ['ConciseView', 'NormalView', 'CategoryView', 'DetailedView'];
  return known.find((k) => k.toLowerCase() === name.toLowerCase()) ?? 'ConciseView';
}
