// The execution context a compiled closure runs with: the current scope, the runspace-wide state (Engine) and the
// streams where non-output records go. A new context is made for each scope (function call, & invocation) and for
// each redirected statement.

import type { Scope } from '../session/scope';
import type { ErrorRecord, InvocationInfo } from '../values';
import type { Engine } from '../engine';
import type { SessionHandle } from '../command-types';

export type Sink = (value: unknown) => void;

/** Where the non-output streams go (redirections swap these). */
export interface Streams {
  error(record: ErrorRecord): void;
  warning(message: string): void;
  verbose(message: string): void;
  debug(message: string): void;
  information(data: unknown): void;
  /** Errors go straight to the console (no redirection): a native command's stderr is then left alone. */
  errorToHost?: boolean;
  /** `2>&1` is in effect: errors join the output stream. */
  errorMergedIntoOutput?: boolean;
  /** Sees every error and warning written, shown or not (-ErrorVariable / -WarningVariable of a function). */
  capture?(kind: 'error' | 'warning', value: unknown): void;
}

/** What $MyInvocation and error records say about the running command or script. */
export interface FrameInfo {
  invocation: InvocationInfo;
  /** Full path of the script file running this code ('' for -Command). */
  scriptPath: string;
  /** Preference overrides from common parameters (-ErrorAction etc.), by variable name (lower case). */
  commandName?: string;
}

export class ExecContext {
  /** The SessionHandle cmdlets running in this context see (made on first use by Engine.sessionHandle). */
  sessionHandle?: SessionHandle;

  constructor(
    readonly engine: Engine,
    public scope: Scope,
    public streams: Streams,
    public frame: FrameInfo,
  ) {}

  withScope(scope: Scope, frame?: FrameInfo): ExecContext {
    return new ExecContext(this.engine, scope, this.streams, frame ?? this.frame);
  }

  withStreams(streams: Streams): ExecContext {
    return new ExecContext(this.engine, this.scope, streams, this.frame);
  }
}

export type Expr = (ctx: ExecContext) => unknown;
export type Stmt = (ctx: ExecContext, out: Sink) => void;
