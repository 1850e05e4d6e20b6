// One formatting pipeline: a Formatter feeding a LineOutputter. Out-Default (one per host pipeline, so errors and
// output stay in order), Out-Host and Out-String are each one of these with a different sink and width.

import type { ErrorRecord } from '../runtime/values';
import { LineOutputter, type LineSink } from './engine/line-outputter';
import { Formatter, type FormatRequest } from './engine/formatter';
import { renderError } from './errors/error-view';
import { enumerationLimit, errorView, type FormatVariables } from './host-settings';
import { PLAIN, type Styler } from './style';

export interface PipelineOptions {
  sink: LineSink;
  /** Usable layout columns. */
  columns: number;
  /** Width error display wraps its message at ($Host.UI.RawUI.WindowSize.Width); default: `columns`. */
  windowWidth?: number;
  /** Word-wrap long values (en, fr, de, it, pt, es cultures); default: off, as the invariant culture. */
  wordWrap?: boolean;
  /** The culture's NumberDecimalDigits (2, the invariant culture's, when absent). */
  decimalDigits?: number;
  /** ANSI styling; default: plain text. */
  style?: Styler;
  /** Styling of error text when it differs from the output's (stderr may be a terminal when stdout is not). */
  errorStyle?: Styler;
  variables?: FormatVariables;
  termProgram?: string;
  now?: () => number;
  request?: FormatRequest;
  /** The host sends error-stream records to processError(); an ErrorRecord in process() is then output data. */
  separateErrorStream?: boolean;
}

export class OutputPipeline {
  private readonly formatter: Formatter;
  private readonly outputter: LineOutputter;

  constructor(options: PipelineOptions) {
    const style = options.style ?? PLAIN;
    this.outputter = new LineOutputter(options.sink, {
      columns: options.columns,
      wordWrap: options.wordWrap ?? false,
      style,
      now: options.now,
    });
    this.formatter = new Formatter(options.request ?? {}, {
      enumerationLimit: () => enumerationLimit(options.variables),
      decimalDigits: options.decimalDigits,
      separateErrorStream: options.separateErrorStream,
      renderError: (record: ErrorRecord, asData: boolean) =>
        renderError(record, {
          view: errorView(options.variables),
          style: asData ? style : options.errorStyle ?? style,
          windowWidth: options.windowWidth ?? options.columns,
          termProgram: options.termProgram,
          asData,
        }),
      emit: (record) => this.outputter.consume(record),
    });
  }

  /** Output: objects, and ErrorRecords written as data when the error stream comes through processError(). */
  process(value: unknown): void {
    this.formatter.process(value);
  }

  /** An error-stream record (non-terminating error, or the error that ended the script). */
  processError(record: ErrorRecord): void {
    this.formatter.processError(record);
  }

  end(): void {
    this.formatter.end();
    this.outputter.flush();
  }
}

/** Formats values to text lines, as Out-String does (width = -Width, else the host's buffer width). */
export function formatToLines(values: Iterable<unknown>, options: Omit<PipelineOptions, 'sink'>): string[] {
  const lines: string[] = [];
  const pipeline = new OutputPipeline({
    ...options,
    sink: { writeLine: (t) => lines.push(...t.split('\n')), writeErrorLine: (t) => lines.push(...t.split('\n')) },
  });
  for (const value of values) pipeline.process(value);
  pipeline.end();
  return lines;
}
