// What the Format-* and Out-* cmdlets share: turning their -Property / -GroupBy selectors into property requests,
// and building a formatter or an output pipeline over the session the command runs in.

import type { CommandContext, CommandDefinition, SessionHandle } from '../runtime/command-types';
import { getPropertyValue, type ErrorRecord, type ScriptBlock } from '../runtime/values';
import type { Alignment } from './layout/table-writer';
import { Formatter, type FormatRequest } from './engine/formatter';
import type { FormatRecord } from './engine/format-records';
import type { PropertyRequest } from './engine/property-specs';
import { renderError } from './errors/error-view';
import { decimalDigitsForEnvironment, enumerationLimit, errorView, wordWrapForEnvironment } from './host-settings';
import { OutputPipeline } from './output-pipeline';
import { createOutDefault } from './out-default';
import { styler } from './style';

/** A parsed -Property item (the shape of the Utility module's calculated-property selector). */
export interface SelectorLike {
  name: string;
  expression: string | ScriptBlock;
  isWildcard: boolean;
  /** Width, Alignment, ... when the calculated property gave them. */
  extras: Record<string, unknown>;
}

function alignmentOf(value: unknown): Alignment | undefined {
  const text = String(value ?? '').toLowerCase();
  return text === 'left' || text === 'right' || text === 'center' ? text : undefined;
}

/** A selector as a formatter property: names stay names (wildcards expand later), expressions become accessors. */
export function propertyRequest(selector: SelectorLike): PropertyRequest {
  const { expression, extras } = selector;
  const hasExtras = extras.Width !== undefined || extras.Alignment !== undefined;
  if (typeof expression === 'string' && (selector.isWildcard || (!hasExtras && selector.name === expression))) return expression;
  const get =
    typeof expression === 'string'
      ? (target: unknown) => getPropertyValue(target, expression)
      : (target: unknown) => {
          const out = expression.invoke([], target);
          return out.length === 0 ? null : out.length === 1 ? out[0] : out;
        };
  const width = Number(extras.Width);
  return {
    label: selector.name,
    get,
    alignment: alignmentOf(extras.Alignment),
    width: Number.isInteger(width) && width > 0 ? width : undefined,
  };
}

function errorRenderer(session: SessionHandle): (record: ErrorRecord, asData: boolean) => string {
  const host = session.host;
  return (record, asData) =>
    renderError(record, {
      view: errorView(session),
      style: styler(host.supportsColor),
      windowWidth: host.width,
      termProgram: process.env.TERM_PROGRAM,
      asData,
    });
}

/** A formatter whose records go down the command's pipeline (Format-Table, Format-List, Format-Wide). */
function formatterFor(ctx: CommandContext<any>, request: FormatRequest): Formatter {
  const session = ctx.session;
  return new Formatter(request, {
    enumerationLimit: () => enumerationLimit(session),
    decimalDigits: decimalDigitsForEnvironment(process.env),
    renderError: errorRenderer(session),
    emit: (record: FormatRecord) => ctx.writeObject(record, false),
  });
}

/** An output pipeline writing to the session's host (Out-Default, Out-Host). */
function hostPipelineFor(session: SessionHandle): OutputPipeline {
  return createOutDefault({ host: session.host, variables: session });
}

/** An output pipeline collecting lines (Out-String): `width` columns, or the host's buffer width. */
export function stringPipelineFor(session: SessionHandle, width: number | undefined, onLine: (line: string) => void): OutputPipeline {
  const sink = (text: string) => text.split('\n').forEach(onLine);
  return new OutputPipeline({
    sink: { writeLine: sink, writeErrorLine: sink },
    columns: width ?? session.host.width,
    windowWidth: session.host.width,
    wordWrap: wordWrapForEnvironment(process.env),
    decimalDigits: decimalDigitsForEnvironment(process.env),
    style: styler(false),
    variables: session,
    termProgram: process.env.TERM_PROGRAM,
  });
}

type Handlers<P> = Pick<CommandDefinition<P>, 'begin' | 'process' | 'end'>;

/** begin/process/end of a command that feeds its input to one per-invocation consumer and ends it at the end. */
export function streamingHandlers<P extends { InputObject?: unknown }>(
  create: (ctx: CommandContext<P>) => { process(value: unknown): void; end(): void },
): Handlers<P> {
  const consumers = new WeakMap<object, { process(value: unknown): void; end(): void }>();
  const of = (ctx: CommandContext<P>) => {
    let c = consumers.get(ctx);
    if (!c) {
      c = create(ctx);
      consumers.set(ctx, c);
    }
    return c;
  };
  return {
    begin: (ctx) => void of(ctx),
    process: (ctx) => {
      if (ctx.boundParameterNames.has('InputObject')) of(ctx).process(ctx.params.InputObject);
    },
    end: (ctx) => of(ctx).end(),
  };
}

/** Format-Table / Format-List / Format-Wide: input → format records down the pipeline. */
export function formatCommandHandlers<P extends { InputObject?: unknown }>(
  request: (ctx: CommandContext<P>) => FormatRequest,
): Handlers<P> {
  return streamingHandlers((ctx) => formatterFor(ctx, request(ctx)));
}

/** Out-Default / Out-Host: input → formatted text on the host. */
export function hostOutputHandlers<P extends { InputObject?: unknown }>(): Handlers<P> {
  return streamingHandlers((ctx) => hostPipelineFor(ctx.session));
}
