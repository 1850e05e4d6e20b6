// Out-Default for the host: everything that reaches the end of a top-level pipeline (objects, and error records
// merged in order) is formatted in (buffer width - 1) columns and written to the host; errors to its error channel.

import type { HostOutput } from '../runtime/command-types';
import { OutputPipeline } from './output-pipeline';
import { wordWrapForEnvironment, type FormatVariables } from './host-settings';
import { styler } from './style';

export interface OutDefaultOptions {
  host: HostOutput;
  /** Session variables ($FormatEnumerationLimit, $ErrorView). */
  variables?: FormatVariables;
  env?: NodeJS.ProcessEnv;
  /** Colour for error text (stderr may be a terminal when stdout is not). */
  errorColor?: boolean;
  now?: () => number;
}

export function createOutDefault(options: OutDefaultOptions): OutputPipeline {
  const env = options.env ?? process.env;
  const host = options.host;
  const errorStyle = styler(options.errorColor ?? host.supportsColor);
  return new OutputPipeline({
    sink: {
      writeLine: (text) => host.write(text + '\n'),
      writeErrorLine: (text) => host.writeErrorLine(text),
    },
    columns: host.width - 1,
    windowWidth: host.width,
    wordWrap: wordWrapForEnvironment(env),
    style: styler(host.supportsColor),
    errorStyle,
    variables: options.variables,
    termProgram: env.TERM_PROGRAM,
    now: options.now,
  });
}
