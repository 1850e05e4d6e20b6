// External programs, as pwsh's NativeCommandProcessor runs them. A program alone at the end of a pipeline whose
// output and errors go to the console writes straight to psnode's own descriptors; otherwise the process worker
// runs it: pipeline input becomes lines on its stdin, its stdout lines stream on as strings while it runs, stderr
// lines become NativeCommandError records where the error stream is redirected, and a native command feeding
// another one hands it its bytes unchanged. The exit code goes to $LASTEXITCODE and $?.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CommandArgument } from '../binder/bind';
import type { ExecContext, Sink } from '../compiler/context';
import { toStr } from '../convert';
import { setVariableIn } from '../compiler/variables';
import { errorRecord } from '../error-factory';
import { EnumValue, ErrorRecord, InvocationInfo, PSError, TypedNumber, toDisplayString } from '../values';
import { fmt, Msg } from '../messages';
import { consoleEncoding, EncodingValue } from '../types/system';
import { nativeArguments, usesLegacyPassing, type ArgumentPassingStyle } from '../native/arguments';
import { LineDecoder } from '../native/line-decoder';
import type { ProcessEvent, StreamMode } from '../native/process-protocol';
import { positionMessage } from '../types';
import { NO_INPUT, Processor } from './processor';
import { checkStopAfterChild, ensureStopWatcher } from '../interrupt';
import type { OutputFile } from './redirections';

/** The process worker's bridge, loaded with worker_threads when a script first runs a program. */
const processBridge = () => (require('../native/process-bridge') as typeof import('../native/process-bridge')).processBridge();

export function findApplication(name: string): string | undefined {
  if (/[\\/]/.test(name)) return undefined;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const full = path.join(dir, name);
    try {
      if (fs.statSync(full).isFile()) {
        fs.accessSync(full, fs.constants.X_OK);
        return full;
      }
    } catch {
      // not here
    }
  }
  return undefined;
}

export interface NativeCommandOptions {
  /** The name it was invoked by (error texts use it). */
  name: string;
  invocation: InvocationInfo;
  expectingInput: boolean;
}

/** pwsh's exit code for a child killed by a signal: 128 + the signal's number. */
function exitCodeOf(code: number | null, signal: string | null): number {
  if (code !== null) return code;
  const number = signal ? (os.constants.signals as Record<string, number>)[signal] : undefined;
  return number === undefined ? 1 : 128 + number;
}

export class NativeProcessor implements Processor {
  /** The native command this one's stdout feeds byte for byte, and the one feeding this one's stdin. */
  downstreamNative?: NativeProcessor;
  upstreamNative?: NativeProcessor;
  /** Set by `> file` / `>> file`: the program writes its bytes there unchanged (pwsh 7.4+). */
  stdoutFile?: OutputFile;
  private stdoutFd?: number;
  private child?: number;
  private stdout?: LineDecoder;
  private stderr?: LineDecoder;
  private firstError = true;
  private exited = false;

  constructor(
    private readonly ctx: ExecContext,
    private readonly file: string,
    private readonly args: CommandArgument[],
    private readonly out: Sink,
    private readonly options: NativeCommandOptions,
  ) {}

  bind(): void {}

  get native(): NativeProcessor {
    return this;
  }

  /** Whether this command may pass its raw stdout on to another native command (not when stderr joins it). */
  get canFeedBytes(): boolean {
    return !this.ctx.streams.errorMergedIntoOutput;
  }

  private argv(): string[] {
    const legacy = usesLegacyPassing(this.passingStyle(), this.file);
    const glob = (pattern: string) => this.ctx.engine.hooks.location?.fileWildcard?.(pattern) ?? [];
    return nativeArguments(this.args, legacy, process.env.HOME ?? os.homedir(), glob, this.ctx.engine.currentLocation());
  }

  private passingStyle(): ArgumentPassingStyle {
    const v = this.ctx.scope.lookup('psnativecommandargumentpassing')?.value;
    const name = v instanceof EnumValue ? v.name : toStr(v ?? 'Standard');
    // A value that is none of the styles means Legacy (NativeCommandParameterBinder's fallback).
    return (['Legacy', 'Standard', 'Windows'] as const).find((s) => s.toLowerCase() === name.toLowerCase()) ?? 'Legacy';
  }

  begin(): void {
    if (this.stdoutFile) this.stdoutFd = fs.openSync(this.stdoutFile.path, this.stdoutFile.append ? 'a' : 'w');
    const stdout: StreamMode | number = this.stdoutFd ?? (this.downstreamNative || this.out !== this.ctx.engine.hostOutput ? 'pipe' : 'inherit');
    const stderr: StreamMode = this.ctx.streams.errorToHost ? 'inherit' : 'pipe';
    const stdin: StreamMode = this.options.expectingInput ? 'pipe' : 'inherit';
    // Alone and unredirected (pwsh's "standalone"): it runs in end() with psnode's own descriptors.
    if (stdin === 'inherit' && stdout === 'inherit' && stderr === 'inherit') return;
    this.stdout = new LineDecoder(consoleEncoding().name);
    this.stderr = new LineDecoder(consoleEncoding().name);
    // Ctrl+C reaches the child through the terminal's process group; the engine stops once it has exited.
    ensureStopWatcher();
    this.child = processBridge().spawn({
      file: this.file,
      args: this.argv(),
      cwd: this.ctx.engine.currentLocation(),
      env: { ...process.env } as Record<string, string>,
      stdin,
      stdout,
      stderr,
      stdinFrom: this.upstreamNative?.child,
      stdoutToChild: !!this.downstreamNative,
    });
  }

  process(input: unknown): void {
    if (this.child === undefined) return;
    if (input !== NO_INPUT && !this.upstreamNative) processBridge().write(this.child, this.inputBytes(input));
    this.consume(0);
  }

  end(): void {
    if (this.child === undefined) return this.runStandalone();
    if (this.options.expectingInput && !this.upstreamNative) processBridge().closeInput(this.child);
    this.consume(undefined);
  }

  /** Stops the program (the pipeline is stopping): it is killed and its exit is awaited. */
  stop(): void {
    if (this.child === undefined || this.exited) return;
    processBridge().kill(this.child);
    while (!this.exited) this.handle(processBridge().next(this.child)!, true);
  }

  /** An input object as pwsh's ProcessInputWriter writes it: bytes as they are, anything else as a line of text. */
  private inputBytes(input: unknown): Uint8Array {
    if (input instanceof TypedNumber && input.type === 'System.Byte') return Uint8Array.of(Number(input.value));
    const encoding = this.ctx.scope.lookup('outputencoding')?.value;
    return Buffer.from(toDisplayString(input) + '\n', encoding instanceof EncodingValue ? encoding.name : 'utf8');
  }

  /** Handles the child's events until it exits (timeout undefined) or none is waiting (timeout 0). */
  private consume(timeoutMs: number | undefined): void {
    while (!this.exited) {
      const event = processBridge().next(this.child!, timeoutMs);
      if (!event) return;
      this.handle(event, false);
    }
  }

  private handle(event: ProcessEvent, stopping: boolean): void {
    switch (event.kind) {
      case 'stdout':
        if (!stopping) for (const line of this.stdout!.push(event.data)) this.out(line);
        return;
      case 'stderr':
        if (!stopping) for (const line of this.stderr!.push(event.data)) this.writeStderrLine(line);
        return;
      case 'exit':
        this.exited = true;
        if (this.stdoutFd !== undefined) fs.closeSync(this.stdoutFd);
        if (stopping) return;
        for (const line of this.stdout!.end()) this.out(line);
        for (const line of this.stderr!.end()) this.writeStderrLine(line);
        this.finish(exitCodeOf(event.code, event.signal));
        checkStopAfterChild(event.signal === 'SIGINT');
        return;
      case 'spawnError':
        this.exited = true;
        if (this.stdoutFd !== undefined) fs.closeSync(this.stdoutFd);
        throw this.failedToRun(event.message);
    }
  }

  private runStandalone(): void {
    const { spawnSync } = require('child_process') as typeof import('child_process');
    ensureStopWatcher();
    const r = spawnSync(this.file, this.argv(), { stdio: 'inherit', cwd: this.ctx.engine.currentLocation() });
    if (r.error) throw this.failedToRun(r.error.message);
    this.finish(exitCodeOf(r.status, r.signal));
    checkStopAfterChild(r.signal === 'SIGINT');
  }

  /** A stderr line as pwsh records it: the first as NativeCommandError, the rest as NativeCommandErrorMessage. */
  private writeStderrLine(line: string): void {
    const first = this.firstError;
    this.firstError = false;
    const rec = errorRecord(first ? 'NativeCommandError' : 'NativeCommandErrorMessage', line, 'NotSpecified', 'System.Management.Automation.RemoteException', first ? line : null);
    rec.invocationInfo = this.options.invocation;
    // Native stderr is shown or redirected, but never counts as a failure or lands in $Error.
    this.ctx.streams.error(rec);
  }

  private finish(code: number): void {
    setVariableIn(this.ctx.scope.global, 'LASTEXITCODE', code);
    if (code === 0) return;
    this.ctx.engine.pipelineFailed = true;
    if (this.ctx.scope.lookup('psnativecommanduseerroractionpreference')?.value !== true) return;
    const message = fmt(Msg.ProgramExitedWithNonZeroCode, this.options.name, code, '0x' + (code >>> 0).toString(16).toUpperCase().padStart(2, '0'));
    const rec: ErrorRecord = errorRecord('ProgramExitedWithNonZeroCode', message, 'NotSpecified', 'System.Management.Automation.NativeCommandExitException', this.file);
    Object.assign(rec.exception.data, { Path: this.file, ExitCode: code, ProcessId: 0 });
    const action = toStr(this.ctx.scope.lookup('erroractionpreference')?.value ?? 'Continue').toLowerCase();
    this.ctx.engine.writeNonTerminatingError(this.ctx, rec, action);
  }

  private failedToRun(reason: string): PSError {
    const start = `An error occurred trying to start process '${this.file}' with working directory '${this.ctx.engine.currentLocation()}'. ${reason}`;
    const rec = errorRecord('NativeCommandFailed', fmt(Msg.ProgramFailedToExecute, path.basename(this.options.name), start, positionMessage(this.options.invocation)), 'ResourceUnavailable', 'System.Management.Automation.ApplicationFailedException', null);
    rec.invocationInfo = this.options.invocation;
    return new PSError(rec);
  }
}

/** Connects neighbouring native commands so bytes flow between them directly (pwsh 7.4+). */
export function linkNativeCommands(processors: Processor[]): void {
  for (let i = 0; i + 1 < processors.length; i++) {
    const a = processors[i].native;
    const b = processors[i + 1].native;
    if (!a || !b || !a.canFeedBytes) continue;
    a.downstreamNative = b;
    b.upstreamNative = a;
  }
}
