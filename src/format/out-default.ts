// Out-Default for the host: everything that reaches the end of a top-level pipeline (objects, and error records
// merged in order) is formatted in (buffer width - 1) columns and written to the host; errors to its error channel.
// Warning, verbose and debug records bypass it and are written at once, as pwsh's host does.

import type { HostOutput } from '../runtime/command-types';
import { OutputPipeline, formatToLines } from './output-pipeline';
import { renderStreamRecord, type StreamRecordKind } from './errors/stream-records';
import { decimalDigitsForEnvironment, wordWrapForEnvironment, type FormatVariables } from './host-settings';
import { PLAIN, stripAnsi, styler } from './style';

export interface OutDefaultOptions {
  host: HostOutput;
  /** Session variables ($FormatEnumerationLimit, $ErrorView). */
  variables?: FormatVariables;
  env?: NodeJS.ProcessEnv;
  /** Colour for error text, when it differs from stdout's (stderr may be a terminal when stdout is not). */
  errorColor?: boolean;
  now?: () => number;
  /** The host sends error-stream records to processError(), so ErrorRecords in process() are output data. */
  separateErrorStream?: boolean;
}

export function createOutDefault(options: OutDefaultOptions): OutputPipeline {
  const env = options.env ?? process.env;
  const host = options.host;
  return new OutputPipeline({
    sink: {
      // unstyled output loses the escape sequences strings carry ($PSStyle.OutputRendering PlainText, TERM=dumb)
      writeLine: (text) => host.write((host.supportsColor ? text : stripAnsi(text)) + '\n'),
      writeErrorLine: (text) => host.writeErrorLine(text),
    },
    columns: host.width - 1,
    windowWidth: host.width,
    wordWrap: wordWrapForEnvironment(env),
    decimalDigits: decimalDigitsForEnvironment(env),
    style: styler(() => host.supportsColor),
    errorStyle: styler(() => options.errorColor ?? host.supportsColor),
    variables: options.variables,
    termProgram: env.TERM_PROGRAM,
    now: options.now,
    separateErrorStream: options.separateErrorStream,
  });
}

/** Values formatted as Out-String (or a `>` redirection) writes them: `width` columns, lines ending in newlines. */
export function outStringText(
  values: Iterable<unknown>,
  options: { width: number; variables?: FormatVariables; env?: NodeJS.ProcessEnv },
): string {
  const env = options.env ?? process.env;
  const lines = formatToLines(values, {
    columns: options.width,
    windowWidth: options.width,
    wordWrap: wordWrapForEnvironment(env),
    decimalDigits: decimalDigitsForEnvironment(env),
    style: PLAIN,
    variables: options.variables,
    termProgram: env.TERM_PROGRAM,
  });
  return lines.map((line) => line + '\n').join('');
}

/** Writes a warning, verbose or debug message as its host line ("WARNING: ..."), on stdout like pwsh. */
export function writeStreamRecord(host: HostOutput, kind: StreamRecordKind, message: string): void {
  host.write(renderStreamRecord(kind, message, styler(host.supportsColor)) + '\n');
}
