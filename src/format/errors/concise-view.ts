// ErrorRecord display in ConciseView, pwsh's default $ErrorView: "<reason>: <message>" on one line for interactive or
// -Command input on its first line, else the block with the script path, the `Line |` gutter, the source line, tildes
// under the command and the message wrapped to the window width.

import { exceptionTypeChain } from '../../runtime/values';
import { PS_STYLE, type Styler } from '../style';
import type { ErrorRecordLike, InvocationLike } from './error-record';
import { sourceMarker } from './position-message';

const NL = '\n';
/** $windowWidth when the host has no RawUI. */
const DEFAULT_WINDOW_WIDTH = 120;

export interface ConciseOptions {
  /** $Host.UI.RawUI.WindowSize.Width (80 with no terminal); undefined when there is no RawUI. */
  windowWidth?: number;
  style: Styler;
  /** $env:TERM_PROGRAM: under 'vscode' the script position is file:line:col. */
  termProgram?: string;
}

export function renderConciseView(err: ErrorRecordLike, options: ConciseOptions): string {
  const s = options.style;
  const errorColor = s.code(PS_STYLE.error);
  const accent = s.code(PS_STYLE.errorAccent);
  const reset = s.code(PS_STYLE.reset);
  const inv = err.invocationInfo;
  // pwsh's test is "a ParserError whose exception is the ParentContainsErrorRecordException the host reports": a
  // ParseException a command throws (Invoke-Expression) names that command as its activity and is not one
  const isParseError = err.categoryInfo.category === 'ParserError' && !err.categoryInfo.activity;
  const showLineDetail = (isParseError || !!inv?.scriptName || (inv?.line ?? 0) > 1) && !/\.psm1$/i.test(inv?.scriptName ?? '');
  const marker = inv && showLineDetail ? sourceMarker(inv) : undefined;

  let posmsg = '';
  let prefix = '';
  let message = '';
  if (inv && showLineDetail) {
    if (inv.scriptName) {
      const where = options.termProgram === 'vscode' ? `${inv.line}:${inv.column}` : `${inv.line}`;
      posmsg = `${reset}${inv.scriptName}:${where}${NL}`;
    } else {
      posmsg = NL;
    }
    const digits = String(inv.line).length;
    const headerPad = ' '.repeat(Math.max(0, digits - 4));
    const linePad = ' '.repeat(Math.max(0, 4 - digits));
    posmsg += `${accent}${headerPad}Line |${NL}`;
    let line = ' ' + (marker?.line ?? '');
    const highlight = marker ? ' ' + marker.highlight : '';
    const offsetLength = highlight.trim().length;
    const offsetInLine = highlight.indexOf('~');
    if (!line.endsWith(NL)) line += NL;
    // pwsh's view script fails on a marker outside the line (String.Insert), as for a position past the script's end,
    // and then shows nothing at all
    if (offsetLength < line.length - 1 && (offsetInLine < 0 || offsetInLine + offsetLength > line.length)) return '';
    // the view leaves the line uncoloured when the extent covers all of it
    if (offsetLength < line.length - 1 && offsetInLine >= 0) {
      line = line.slice(0, offsetInLine) + accent + line.slice(offsetInLine, offsetInLine + offsetLength) + reset + line.slice(offsetInLine + offsetLength);
    }
    posmsg += `${accent}${linePad}${inv.line} | ${reset}${line}`;
    prefix = `${accent}${headerPad}     | ${errorColor}`;
    if (highlight !== '') posmsg += `${prefix}${highlight}${NL}`;
    message = prefix;
  }
  message += messageText(err);
  if ((inv && inv.scriptName) || isParseError) {
    message = wrapMessage(message, prefix, options.windowWidth ?? DEFAULT_WINDOW_WIDTH) + NL;
  }
  posmsg += errorColor + message;
  const recommendation = err.recommendedAction?.trim()
    ? `${NL}${errorColor}  Recommendation: ${err.recommendedAction}${reset}`
    : '';
  return `${errorColor}${reasonOf(err, inv)}: ${posmsg}${reset}` + recommendation;
}

/** ErrorDetails.Message, else the exception's; a parse exception's message carries its own position first. */
function messageText(err: ErrorRecordLike): string {
  if (err.errorDetailsMessage) return err.errorDetailsMessage;
  const text = err.exception.message;
  if (err.categoryInfo.category === 'ParserError' && text.includes(`~${NL}`)) {
    return text.split(`~${NL}`)[1].split(`${NL}${NL}`)[0];
  }
  return text;
}

/**
 * Whether `Get-Command -Name $myinv.MyCommand` finds the command. A script's bare file name never does (pwsh looks
 * scripts up on the PATH only, and runs a script in the current directory only as ./name.ps1).
 */
function commandResolves(inv: InvocationLike): boolean {
  if (/\.ps1$/i.test(inv.commandName) && !/[\\/]/.test(inv.commandName)) return false;
  return inv.commandResolves ?? true;
}

const RUNTIME_EXCEPTION = 'System.Management.Automation.RuntimeException';

/** `$err.Exception.WasThrownFromThrowStatement`: a RuntimeException property, absent on other exception types. */
function wasThrownFromThrowStatement(err: ErrorRecordLike): boolean {
  const { typeName, wasThrownFromThrowStatement } = err.exception;
  return !!wasThrownFromThrowStatement && (typeName === undefined || exceptionTypeChain(typeName).includes(RUNTIME_EXCEPTION));
}

function reasonOf(err: ErrorRecordLike, inv: InvocationLike | undefined): string {
  if (wasThrownFromThrowStatement(err)) return 'Exception';
  if (inv?.commandName && commandResolves(inv)) return inv.commandName;
  if (err.categoryInfo.activity) return err.categoryInfo.activity;
  if (inv?.commandName) return inv.commandName;
  if (inv?.invocationName) return inv.invocationName;
  // NotSpecified is the enum's 0, which the view's `elseif ($err.CategoryInfo.Category)` treats as false
  if (err.categoryInfo.category && err.categoryInfo.category !== 'NotSpecified') return err.categoryInfo.category;
  return err.categoryInfo.reason || 'Error';
}

/** The text up to the last whitespace before `length` (the view's Get-TruncatedString). */
function truncateAtWhitespace(text: string, length: number): string {
  if (text.length <= length) return text;
  const head = text.slice(0, length);
  const parts = head.split(/\s/);
  return parts.length > 1 ? head.slice(0, head.length - parts[parts.length - 1].length - 1) : head;
}

function visibleLength(text: string): number {
  return text.replace(/\u001b\[[0-9;]*m/g, '').length;
}

/** Newlines become spaces; a message wider than the window continues on lines that start with the gutter prefix. */
function wrapMessage(raw: string, prefix: string, windowWidth: number): string {
  const message = raw.replace(/\n/g, ' ').replace(/\t/g, ' ');
  const prefixLength = visibleLength(prefix);
  const prefixVtLength = prefix.length - prefixLength;
  if (windowWidth <= 0 || message.length - prefixVtLength <= windowWidth) return message;
  let out = truncateAtWhitespace(message, windowWidth + prefixVtLength);
  let remaining = message.slice(out.length).trim();
  out += NL;
  while (remaining.length + prefixLength > windowWidth) {
    const piece = truncateAtWhitespace(prefix + remaining, windowWidth + prefixVtLength);
    if (piece.length - prefix.length <= 0) break;
    out += piece + NL;
    remaining = remaining.slice(piece.length - prefix.length).trim();
  }
  return out + prefix + remaining.trim();
}
