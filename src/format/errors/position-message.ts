// InvocationInfo.PositionMessage as pwsh builds it (PositionUtilities.VerboseMessage): "At file:line char:col", the
// source line (cut to 69 characters around the error with `…`) and a line of tildes under the extent.

import type { InvocationLike } from './error-record';

const MAX_LINE_LENGTH = 69;
/** ParserStrings.TextForWordLine: the file name shown for input that did not come from a file. */
const TEXT_FOR_WORD_LINE = 'line';

export interface SourceMarker {
  /** The source line as shown (tabs expanded, maybe cut). */
  line: string;
  /** Spaces before the tildes, then the tildes. */
  highlight: string;
}

/** The source line and tilde line, or undefined when the extent has no source text. */
export function sourceMarker(inv: InvocationLike): SourceMarker | undefined {
  let source = inv.lineText.replace(/\r?\n$/, '').trimEnd();
  if (source === '') return undefined;
  let before = inv.column - 1;
  let length =
    inv.line === inv.endLine && inv.endColumn <= source.length + 1 ? inv.endColumn - inv.column : source.length - inv.column + 1;
  if (source.includes('\t')) {
    const head = source.slice(0, before).replace(/\t/g, '    ');
    const error = source.slice(before, before + length).replace(/\t/g, '    ');
    source = head + error + source.slice(before + length).replace(/\t/g, '    ');
    before = head.length;
    length = error.length;
  }
  let prefixDots = false;
  let suffixDots = false;
  if (source.length > MAX_LINE_LENGTH) {
    const totalPrefix = before;
    let prefix = Math.min(totalPrefix, 12);
    const totalSuffix = source.length - length - before;
    let suffix = Math.min(totalSuffix, 8);
    let candidate = prefix + length + suffix;
    if (candidate >= MAX_LINE_LENGTH) {
      if (prefix + length >= MAX_LINE_LENGTH) length = MAX_LINE_LENGTH - prefix;
      suffixDots = true;
    } else {
      const prefixAvailable = totalPrefix - prefix;
      if (prefixAvailable > 0) {
        prefix += Math.min(prefixAvailable, MAX_LINE_LENGTH - candidate);
        candidate = prefix + length + suffix;
      }
      if (candidate < MAX_LINE_LENGTH && totalSuffix > 0) suffix += Math.min(totalSuffix, MAX_LINE_LENGTH - candidate);
      suffixDots = suffix < totalSuffix;
    }
    prefixDots = prefix < totalPrefix;
    const start = Math.max(before - prefix, 0);
    source = source.substr(start, MAX_LINE_LENGTH);
    before = Math.min(before, prefix);
    length = Math.min(length, MAX_LINE_LENGTH - before);
  }
  const line = (prefixDots ? '\u2026 ' : '') + source + (suffixDots ? ' \u2026' : '');
  const highlight = ' '.repeat(before + (prefixDots ? 2 : 0)) + '~'.repeat(length > 0 ? length : 1);
  return { line, highlight };
}

/** The whole PositionMessage text ('' when the invocation has no position). */
export function positionMessage(inv: InvocationLike): string {
  if (inv.line <= 0) return '';
  const marker = sourceMarker(inv);
  const file = inv.scriptName || TEXT_FOR_WORD_LINE;
  const head = `At ${file}:${inv.line} char:${inv.column}`;
  return marker ? `${head}\n+ ${marker.line}\n+ ${marker.highlight}` : `${head}\n+ `;
}
