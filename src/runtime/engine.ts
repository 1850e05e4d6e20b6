// The engine: runspace-wide state ($?, $Error, try depth, the global scope), command resolution and processor
// creation, error reporting, and running script text. The host supplies the output side (HostOutput, Out-Default)
// through EngineHooks; the runtime never imports src/format or src/providers.

import * as fs from 'fs';
import * as pathMod from 'path';
import { parse } from '../parser';
import type { Extent, ParseError, ParseResult } from '../parser/ast';
import { prepareScript } from './classes/prepare';
import type { CommandDefinition, HostOutput, SessionHandle, CommandInfo } from './command-types';
import {
  ErrorRecord, PSError, ScriptTextParseError, ScriptBlock, ListValue, InvocationInfo, AutomationNull, DotNetException, setScriptBlockInvoker,
  toDisplayString, HostInformationMessage, setStrictPropertyAccess,
} from './values';
import { errorRecord } from './error-factory';
import { Scope } from './session/scope';
import type { CompiledFunction } from './session/function-info';
import { ExecContext, Sink, Streams, FrameInfo } from './compiler/context';
import { compileScriptBlockAst, CompiledScriptBlock } from './compiler/scriptblocks';
import { collect, unwrapOutput } from './compiler/collect';
import { setVariableIn, withVariablesIn, withUnderAndArgs } from './compiler/variables';
import { ExitSignal, ReturnSignal, BreakSignal, ContinueSignal, PipelineStoppedSignal } from './compiler/signals';
import { checkStop } from './interrupt';
import { toPSError } from './compiler/errors';
import { BindingError, CommandArgument } from './binder/bind';
import { ScriptProcessor } from './pipeline/script-processor';
import { CmdletProcessor } from './pipeline/cmdlet-processor';
import { NativeProcessor, findApplication } from './pipeline/native-processor';
import { Processor, NO_INPUT } from './pipeline/processor';
import { invocationFromExtent } from './pipeline/invocation-info';
import { PipelineReader } from './pipeline/pipeline-reader';
import { CommandRegistry } from './commands/registry';
import { initializeSessionVariables } from './session/automatic';
import { variableScopeHandle, aliasScopeHandle } from './session/variable-scopes';
import { Msg, fmt } from './messages';
import { toStr } from './convert';
import './types';
import { positionMessage, setScriptBlockFactory } from './types';
import type { SessionModules } from './modules/session-modules';
import { PSModuleInfo } from './modules/module-info';
import { BUILT_IN_MODULE_VERSIONS } from './modules/built-in-versions';

/** Output-side services the host plugs in. */
export interface EngineHooks {
  /** Formats objects as Out-String would (file redirection); default: one ToString line per object. */
  outString?(items: unknown[]): string;
  /** Current location and drive items ($PWD, ${env:...} is built in). */
  location?: {
    current(): string;
    pathInfo(): unknown;
    readItem?(drive: string, name: string): unknown;
    writeItem?(drive: string, name: string, value: unknown): void;
  };
}

export interface EngineOptions {
  host: HostOutput;
  registry: CommandRegistry;
  settings?: Record<string, string | undefined>;
  hooks?: EngineHooks;
}

export interface CreateProcessorOptions {
  dotSource: boolean;
  invocation: () => InvocationInfo;
  expectingInput: boolean;
  extent?: Extent;
  /** Where the command name is (CommandNotFound points there). */
  nameInvocation?: () => InvocationInfo;
}

export interface RunResult {
  /** Set when the script ran `exit N`. */
  exitCode?: number;
  /** True when a script-terminating error ended the run (already reported). */
  terminated: boolean;
  /** $? after the last statement. */
  lastStatus: boolean;
  /** Output objects (when run without an output sink). */
  output: unknown[];
  /** Ctrl+C stopped the run (nothing was reported; $? is False). */
  stopped?: boolean;
}

export class Engine {
  readonly globalScope = new Scope(undefined, 'global');
  readonly registry: CommandRegistry;
  readonly host: HostOutput;
  readonly settings: Record<string, string | undefined>;
  hooks: EngineHooks;
  lastStatus = true;
  /** Set-StrictMode version (0 = off). */
  private strict = 0;
  pipelineFailed = false;
  tryDepth = 0;
  readonly errors = new ListValue('System.Collections.ArrayList', undefined, []);
  /** The context of the statement running now (script blocks invoked from adapters run under it). */
  activeCtx?: ExecContext;
  /** The output sink of the script block running now ($PSCmdlet.WriteObject). */
  activeSink?: Sink;
  /** The console's output and error sinks (Out-Default) while a console run is going: a native command writing to
   * them writes to psnode's own stdout / stderr instead. */
  hostOutput?: Sink;
  private hostErrors?: Sink;
  private readonly services = new Map<string, unknown>();
  /** Built-in modules removed with Remove-Module: their cmdlets are hidden until imported again. */
  readonly shadowedModules = new Set<string>();
  /** Built-in modules whose commands have run (Get-Module lists them as pwsh lists auto-loaded modules). */
  readonly usedBuiltInModules = new Set<string>();
  private moduleTable?: SessionModules;
  /** The scope global-session-state code was running in when a module function was called from it. */
  globalActiveScope?: Scope;

  /** The session's modules (the loader is required on first use, so start-up never pays for it). */
  get modules(): SessionModules {
    if (!this.moduleTable) {
      const { SessionModules } = require('./modules/session-modules') as typeof import('./modules/session-modules');
      this.moduleTable = new SessionModules((name) => BUILT_IN_MODULE_VERSIONS[name]);
    }
    return this.moduleTable;
  }

  /** The scope a new scope of code bound to `module`'s session state (undefined: global) hangs under, called from ctx:
   * the caller's own scope within the same session state, else that session state's current scope. */
  sessionParentScope(ctx: ExecContext, module: PSModuleInfo | undefined): Scope {
    if (ctx.scope.module === module) return ctx.scope;
    return module ? module.activeScope ?? module.scope ?? this.globalScope : this.globalActiveScope ?? this.globalScope;
  }

  constructor(options: EngineOptions) {
    this.host = options.host;
    this.registry = options.registry;
    this.settings = options.settings ?? {};
    this.hooks = options.hooks ?? {};
    initializeSessionVariables(this);
    setScriptBlockFactory((text) => this.createScriptBlock(text));
    setScriptBlockInvoker({
      invoke: (sb, args, dollarUnder, thisValue, input, out) => this.invokeScriptBlock(this.activeCtx ?? this.topContext(), sb, args, dollarUnder, thisValue, input, out),
      invokeInCallerScope: (sb, args, dollarUnder) => {
        const ctx = this.activeCtx ?? this.topContext();
        const compiled = sb.compiled as CompiledScriptBlock;
        // A param block binds in a scope of its own (pwsh leaves no parameter variable behind).
        if (compiled.ast.paramBlock) return this.invokeScriptBlock(ctx, sb, args, dollarUnder);
        return this.invokeDotSourced(ctx, compiled, args, dollarUnder);
      },
    });
  }

  get strictVersion(): number {
    return this.strict;
  }

  /** Set-StrictMode: 1 flags unset variables, 2 and later also missing properties. */
  setStrictMode(version: number): void {
    this.strict = version;
    setStrictPropertyAccess(version >= 2);
  }

  // -------------------------------------------------------------------------------------------------------------------
  // Running scripts

  /** A context at global scope writing error-stream records to the given sink. */
  topContext(errorOut?: Sink, scriptPath = ''): ExecContext {
    const streams = this.defaultStreams(errorOut);
    return new ExecContext(this, this.globalScope, streams, { invocation: emptyInvocation(), scriptPath });
  }

  defaultStreams(out?: Sink): Streams {
    return {
      errorToHost: out !== undefined && out === this.hostErrors,
      error: (rec) => (out ? out(rec) : this.host.writeErrorLine(toDisplayString(rec))),
      warning: (m) => this.hostStream('warning', m),
      verbose: (m) => this.hostStream('verbose', m),
      debug: (m) => this.hostStream('debug', m),
      information: (d) => this.hostInformation(d),
    };
  }

  /** Write-Host's text on the host (the host replaces this with console colours). */
  hostInformation: (data: unknown) => void = (d) => {
    this.host.write(d instanceof HostInformationMessage && d.NoNewLine ? d.Message : toStr(d) + '\n');
  };

  /** Host lines for warning/verbose/debug (the host replaces this with the formatter's rendering). */
  hostStream: (kind: 'warning' | 'verbose' | 'debug', message: string) => void = (kind, message) => {
    this.host.write(`${kind.toUpperCase()}: ${message}\n`);
  };

  /**
   * Parses and runs script text. `fileName` makes it a script file (own script scope, $PSScriptRoot); `out`
   * receives output and error records in order (the host's Out-Default); without it output is collected.
   */
  run(text: string, options: RunOptions = {}): RunResult {
    const output: unknown[] = [];
    const out: Sink = options.out ?? ((v) => output.push(v));
    const errorOut: Sink = options.errorOut ?? out;
    if (options.console) {
      this.hostOutput = out;
      this.hostErrors = errorOut;
    }
    const parsed = this.parseScript(text, options.fileName);
    if (!parsed.ast) {
      const silent = options.quietIncompleteInput && parsed.errors.every((e) => e.incompleteInput);
      if (!silent) errorOut(parseErrorRecord(parsed.errors));
      this.lastStatus = false;
      return { terminated: true, lastStatus: false, output };
    }
    const ctx = this.topContext(errorOut, options.fileName ?? '');
    const compiled = compileScriptBlockAst(parsed.ast);
    const args: CommandArgument[] = (options.args ?? []).map((v) => argumentFromCli(v));
    try {
      const name = options.fileName ? pathMod.basename(options.fileName) : '';
      const proc = new ScriptProcessor(ctx, compiled, args, out, {
        name,
        dotSource: !options.fileName,
        isFilter: false,
        invocation: options.fileName ? { ...emptyInvocation(), commandName: name, commandType: 'ExternalScript', commandPath: options.fileName } : emptyInvocation(),
        expectingInput: false,
        isScriptFile: !!options.fileName,
        hostInput: options.input && new PipelineReader(options.input),
      });
      proc.begin();
      proc.process(NO_INPUT);
      proc.end();
      return { terminated: false, lastStatus: this.lastStatus, output };
    } catch (e) {
      if (e instanceof ExitSignal) return { exitCode: e.code, terminated: false, lastStatus: this.lastStatus, output };
      if (e instanceof PipelineStoppedSignal) {
        this.lastStatus = false;
        return { terminated: false, lastStatus: false, output, stopped: true };
      }
      if (e instanceof ReturnSignal || e instanceof BreakSignal || e instanceof ContinueSignal) {
        return { terminated: false, lastStatus: this.lastStatus, output };
      }
      const err = e instanceof BindingError ? this.bindingError(e, options.fileName ?? '', emptyInvocation()) : toPSError(ctx, e);
      this.recordError(err.record);
      errorOut(err.record);
      this.lastStatus = false;
      return { terminated: true, lastStatus: false, output };
    }
  }

  // -------------------------------------------------------------------------------------------------------------------
  // Commands

  /** Resolves a command name: alias, then function, then cmdlet, then script file / application. */
  resolveCommand(ctx: ExecContext, name: string): ResolvedCommand | undefined {
    const lname = name.toLowerCase();
    const alias = ctx.scope.lookupAlias(lname) ?? this.registry.aliasTarget(lname);
    if (alias) {
      const r = this.resolveCommand(ctx, alias);
      return r;
    }
    const fn = ctx.scope.lookupFunction(lname);
    if (fn) return { kind: 'function', name: fn.name, fn };
    const def = this.shadowedModules.size && this.shadowedModules.has(this.registry.moduleOf(lname)?.toLowerCase() ?? '') ? undefined : this.registry.get(lname);
    if (def) {
      this.usedBuiltInModules.add(def.module);
      return { kind: 'cmdlet', name: def.name, def };
    }
    const slash = name.lastIndexOf('\\');
    if (slash > 0 && !/^[.~\\/]|\.ps1$/i.test(name)) {
      const q = this.modules.qualified(ctx, name.slice(0, slash), name.slice(slash + 1));
      if (q?.fn) return { kind: 'function', name: q.fn.name, fn: q.fn };
      const qdef = q?.cmdlet ? this.registry.get(q.cmdlet) : undefined;
      if (qdef) return { kind: 'cmdlet', name: qdef.name, def: qdef };
    }
    if (/[\\/]/.test(name) || name.toLowerCase().endsWith('.ps1')) {
      const full = this.resolvePath(name);
      if (fs.existsSync(full) && fs.statSync(full).isFile()) {
        if (full.toLowerCase().endsWith('.ps1')) return { kind: 'script', name: pathMod.basename(full), path: full };
        return { kind: 'application', name, path: full };
      }
    }
    const app = findApplication(name);
    if (app) return { kind: 'application', name, path: app };
    return undefined;
  }

  createProcessor(ctx: ExecContext, target: unknown, args: CommandArgument[], out: Sink, opts: CreateProcessorOptions): Processor {
    this.activeCtx = ctx;
    if (target instanceof PSModuleInfo && args[0]?.kind === 'value' && args[0].value instanceof ScriptBlock) {
      // `& $module { ... }`: the block runs in the module's session state.
      target = new ScriptBlock(args[0].value.text, args[0].value.compiled, target);
      args = args.slice(1);
    }
    if (target instanceof ScriptBlock) {
      return new ScriptProcessor(ctx, target.compiled as CompiledScriptBlock, args, out, {
        name: '',
        dotSource: opts.dotSource,
        isFilter: false,
        invocation: opts.invocation(),
        expectingInput: opts.expectingInput,
        module: target.sessionState as PSModuleInfo | undefined,
      });
    }
    if (target && typeof target === 'object' && 'commandType' in target && 'name' in target) target = (target as CommandInfo).name;
    const name = toStr(target);
    const resolved = this.resolveCommand(ctx, name) ?? this.autoLoad(ctx, name);
    if (!resolved) throw this.commandNotFound(name, opts);
    switch (resolved.kind) {
      case 'function': {
        const fn = resolved.fn;
        const inv = { ...opts.invocation(), commandName: fn.name, commandType: fn.isFilter ? 'Filter' : 'Function', commandResolves: true };
        return new ScriptProcessor(ctx, fn.body.compiled as CompiledScriptBlock, args, out, {
          name: fn.name,
          dotSource: opts.dotSource,
          isFilter: fn.isFilter,
          invocation: inv,
          expectingInput: opts.expectingInput,
          module: fn.module,
        });
      }
      case 'cmdlet': {
        const inv = { ...opts.invocation(), commandName: resolved.def.name, commandType: 'Cmdlet', commandResolves: true };
        return new CmdletProcessor(ctx, resolved.def, args, out, inv, opts.expectingInput);
      }
      case 'script': {
        const compiled = this.compileFile(resolved.path);
        const inv = { ...opts.invocation(), commandName: resolved.name, commandType: 'ExternalScript', commandPath: resolved.path, commandResolves: true };
        return new ScriptProcessor(ctx, compiled, args, out, {
          name: resolved.name,
          dotSource: opts.dotSource,
          isFilter: false,
          invocation: inv,
          expectingInput: opts.expectingInput,
          isScriptFile: !opts.dotSource,
          module: ctx.scope.module,
        });
      }
      case 'application': {
        const invocation = { ...opts.invocation(), commandName: resolved.name, commandType: 'Application', commandPath: resolved.path, commandResolves: true };
        return new NativeProcessor(ctx, resolved.path, args, out, { name: resolved.name, invocation, expectingInput: opts.expectingInput });
      }
    }
  }

  /** [scriptblock]::Create: text that does not parse throws pwsh's ParseException. */
  createScriptBlock(text: string): ScriptBlock {
    const parsed = this.parseScript(text);
    if (!parsed.ast) throw (require('./language/parse-errors') as typeof import('./language/parse-errors')).parseException(parsed.errors);
    return new ScriptBlock(text, compileScriptBlockAst(parsed.ast));
  }

  /** Parses script text and prepares it to run (using statements, its classes and enums), as pwsh compiles it. */
  parseScript(text: string, fileName?: string): ParseResult {
    const parsed = parse(text, fileName);
    if (!parsed.ast) return parsed;
    const errors = prepareScript(parsed.ast, this);
    return errors.length ? { errors } : parsed;
  }

  /** Imports the module under PSModulePath that exports a command not found otherwise ($PSModuleAutoLoadingPreference). */
  private autoLoad(ctx: ExecContext, name: string): ResolvedCommand | undefined {
    const pref = ctx.scope.lookup('psmoduleautoloadingpreference')?.value;
    if (pref !== undefined && pref !== null && /^none$/i.test(toStr(pref))) return undefined;
    if (/[\\/]/.test(name) || !process.env.PSModulePath) return undefined;
    return this.modules.autoLoad(ctx, name) ? this.resolveCommand(ctx, name) : undefined;
  }

  private compileFile(path: string): CompiledScriptBlock {
    const text = fs.readFileSync(path, 'utf8');
    const parsed = this.parseScript(text, path);
    if (!parsed.ast) throw new PSError(parseErrorRecord(parsed.errors));
    return compileScriptBlockAst(parsed.ast);
  }

  private commandNotFound(name: string, opts: CreateProcessorOptions): PSError {
    const rec = errorRecord('CommandNotFoundException', fmt(Msg.CommandNotFound, name), 'ObjectNotFound', 'System.Management.Automation.CommandNotFoundException', name);
    rec.invocationInfo = { ...(opts.nameInvocation ?? opts.invocation)(), commandName: name, commandResolves: false };
    rec.categoryInfo.activity = '';
    return new PSError(rec);
  }

  /** A binding error as a statement-terminating error tied to the command. */
  bindingError(e: BindingError, target: unknown, invocation: InvocationInfo): PSError {
    const name = target instanceof ScriptBlock ? '' : toStr(target);
    const resolved = name ? this.resolveCommand(this.activeCtx ?? this.topContext(), name) : undefined;
    const display = resolved?.kind === 'cmdlet' ? resolved.def.name : resolved?.name ?? name;
    const suffix = resolved?.kind === 'cmdlet' ? resolved.def.implementingType ?? resolved.def.name : display;
    return new PSError(this.bindingErrorRecord(e, display, suffix, invocation, null));
  }

  bindingErrorRecord(e: BindingError, commandName: string, fqSuffix: string, invocation: InvocationInfo, target: unknown): ErrorRecord {
    const rec = errorRecord(e.errorId, e.message, e.category, e.exceptionType, target);
    rec.fullyQualifiedErrorId = `${e.errorId},${fqSuffix}`;
    rec.categoryInfo.activity = commandName;
    const extent = e.extent as Extent | undefined;
    rec.invocationInfo = extent ? { ...invocation, ...invocationFromExtent(extent, commandName), commandType: invocation.commandType, commandResolves: invocation.commandResolves } : invocation;
    return rec;
  }

  // -------------------------------------------------------------------------------------------------------------------
  // Errors

  /** Adds a record to $Error (newest first). */
  recordError(record: ErrorRecord): void {
    // the same record rethrown (`catch { throw }`) is one entry
    if (this.errors.items[0] === record) return;
    this.errors.items.unshift(record);
    if (this.errors.items.length > 256) this.errors.items.length = 256;
  }

  /** Reports a statement-terminating error that was not caught: $Error, $? and the error stream. */
  reportError(ctx: ExecContext, record: ErrorRecord): void {
    this.recordError(record);
    this.pipelineFailed = true;
    ctx.streams.error(record);
  }

  /** WriteError with the effective error action. */
  writeNonTerminatingError(ctx: ExecContext, record: ErrorRecord, action: string): void {
    this.pipelineFailed = true;
    switch (action) {
      case 'stop':
        throw new PSError(record, 'script');
      case 'ignore':
        return;
      case 'silentlycontinue':
        this.recordError(record);
        return;
      default:
        this.recordError(record);
        ctx.streams.error(record);
    }
  }

  /** Fills a thrown error's InvocationInfo from the statement's extent when it has none. */
  attachInvocation(_ctx: ExecContext, err: PSError, extent: Extent): PSError {
    if (!err.record.invocationInfo) err.record.invocationInfo = invocationFromExtent(extent, '');
    return err;
  }

  // -------------------------------------------------------------------------------------------------------------------
  // Script blocks

  /** Runs a compiled block in the current scope with $_ set (switch conditions); returns its output as a value. */
  invokeCompiledInScope(ctx: ExecContext, compiled: CompiledScriptBlock, dollarUnder: unknown): unknown {
    return unwrapOutput(this.invokeDotSourced(ctx, compiled, [], dollarUnder));
  }

  /** Runs a block in the caller's scope with $_ (and $args) set, as ForEach-Object / Where-Object do; with `input`,
   * $input holds it instead and $_ is left alone (Invoke-Command -NoNewScope). Output goes to `sink` as it is
   * written, else it is returned. */
  invokeDotSourced(ctx: ExecContext, compiled: CompiledScriptBlock, args: unknown[], dollarUnder: unknown, input?: unknown[], sink?: Sink): unknown[] {
    const out: unknown[] = [];
    checkStop();
    const write: Sink = sink ?? ((v) => out.push(v));
    const run = () => {
      try {
        if (compiled.begin) compiled.begin(ctx, write);
        if (compiled.process) compiled.process(ctx, write);
        if (compiled.end) compiled.end(ctx, write);
      } catch (e) {
        if (!(e instanceof ReturnSignal)) throw e;
      }
    };
    if (input) withVariablesIn(ctx.scope, { input, args }, run);
    else withUnderAndArgs(ctx.scope, dollarUnder, args, run);
    return out;
  }

  /** `$sb.Invoke(...)` / adapters: runs in a child scope with $args, $_ and $this; with `input`, the block gathers
   * it into $input as pipeline input no parameter binds (Invoke-Command). */
  invokeScriptBlock(ctx: ExecContext, sb: ScriptBlock, args: unknown[], dollarUnder?: unknown, thisValue?: unknown, input?: unknown[], sink?: Sink): unknown[] {
    const compiled = sb.compiled as CompiledScriptBlock;
    const child = ctx.withScope(new Scope(this.sessionParentScope(ctx, sb.sessionState as PSModuleInfo | undefined), 'local'));
    if (thisValue !== undefined) setVariableIn(child.scope, 'this', thisValue);
    const out: unknown[] = [];
    const proc = new ScriptProcessor(child, compiled, args.map((a) => ({ kind: 'value', value: a }) as CommandArgument), sink ?? ((v) => out.push(v)), {
      name: '',
      dotSource: true,
      isFilter: false,
      invocation: emptyInvocation(),
      expectingInput: false,
      module: child.scope.module,
    });
    proc.begin();
    if (dollarUnder !== undefined) {
      // $_ arrives as the block's one input, so neither a process block nor the end block resets it to $null.
      setVariableIn(child.scope, '_', dollarUnder);
      proc.process(dollarUnder);
      setVariableIn(child.scope, '_', dollarUnder);
    } else if (input && !compiled.process) {
      // An end block collects what process() is given into $input without binding it.
      for (const item of input) proc.process(item);
    } else {
      if (input) setVariableIn(child.scope, 'input', input);
      proc.process(NO_INPUT);
    }
    proc.end();
    return out;
  }

  // -------------------------------------------------------------------------------------------------------------------
  // Session services

  service<T>(key: string, create: () => T): T {
    if (!this.services.has(key)) this.services.set(key, create());
    return this.services.get(key) as T;
  }

  /** The session as the cmdlets running in `ctx` see it: one handle per context, made on first use. */
  sessionHandle(ctx: ExecContext): SessionHandle {
    return (ctx.sessionHandle ??= this.createSessionHandle(ctx));
  }

  private createSessionHandle(ctx: ExecContext): SessionHandle {
    const engine = this;
    return {
      getVariable: (name) => {
        const m = /^(global|script|local):(.*)$/i.exec(name);
        const scope = !m ? ctx.scope : m[1].toLowerCase() === 'global' ? ctx.scope.global : m[1].toLowerCase() === 'script' ? ctx.scope.scriptScope : ctx.scope;
        return scope.lookup((m ? m[2] : name).toLowerCase())?.value ?? null;
      },
      setVariable: (name, value) => {
        setVariableIn(ctx.scope, name, value);
      },
      removeVariable: (name) => {
        for (let s: Scope | undefined = ctx.scope; s; s = s.parent) if (s.vars.delete(name.toLowerCase())) return true;
        return false;
      },
      host: this.host,
      invokeScriptBlock: (block, args = [], dollarUnder, input, out) => engine.invokeDotSourced(ctx, block.compiled as CompiledScriptBlock, args, dollarUnder, input, out),
      invokeScript: (text) => {
        const parsed = engine.parseScript(text);
        if (!parsed.ast) throw new ScriptTextParseError(parseExceptionRecord(parsed.errors));
        const compiled = compileScriptBlockAst(parsed.ast);
        return engine.invokeDotSourced(ctx, compiled, [], readUnder(ctx));
      },
      resolveCommand: (name) => engine.commandInfo(ctx, name),
      listCommands: () => engine.listCommands(ctx),
      settings: this.settings,
      service: (key, create) => engine.service(key, create),
      setStrictMode: (version) => engine.setStrictMode(version),
      get location() {
        return engine.currentLocation();
      },
      variables: (scope) => variableScopeHandle(ctx.scope, scope),
      aliases: (scope) => aliasScopeHandle(ctx.scope, scope, engine.registry.listAliases().map((a) => [a.alias, a.target])),
      moduleContext: () => ({ modules: engine.modules, ctx }),
    };
  }

  commandInfo(ctx: ExecContext, name: string): CommandInfo | undefined {
    const lname = name.toLowerCase();
    const alias = ctx.scope.lookupAlias(lname) ?? this.registry.aliasTarget(lname);
    if (alias) return { name: name, commandType: 'Alias', definition: alias, module: '' };
    const r = this.resolveCommand(ctx, name);
    if (!r) return undefined;
    switch (r.kind) {
      case 'function':
        return { name: r.fn.name, commandType: r.fn.isFilter ? 'Filter' : 'Function', definition: r.fn.body.text, module: '', command: r.fn.definition };
      case 'cmdlet':
        return { name: r.def.name, commandType: 'Cmdlet', definition: r.def.name, module: r.def.module, command: r.def };
      case 'script':
        return { name: r.name, commandType: 'ExternalScript', definition: r.path, module: '' };
      case 'application':
        return { name: r.name, commandType: 'Application', definition: r.path, module: '' };
    }
  }

  listCommands(ctx: ExecContext): CommandInfo[] {
    const out: CommandInfo[] = [];
    for (const [name, target] of aliasScopeHandle(ctx.scope, undefined, this.registry.listAliases().map((a) => [a.alias, a.target])).visible()) {
      out.push({ name, commandType: 'Alias', definition: target, module: '' });
    }
    const seen = new Set<string>();
    for (let s: Scope | undefined = ctx.scope; s; s = s.parent) {
      for (const fn of s.functions.values()) {
        if (seen.has(fn.name.toLowerCase())) continue;
        seen.add(fn.name.toLowerCase());
        out.push({ name: fn.name, commandType: fn.isFilter ? 'Filter' : 'Function', definition: fn.body.text, module: '' });
      }
    }
    for (const c of this.registry.list()) out.push({ name: c.name, commandType: 'Cmdlet', definition: c.name, module: c.module });
    return out;
  }

  currentLocation(): string {
    return this.hooks.location?.current() ?? process.cwd();
  }

  currentLocationObject(): unknown {
    return this.hooks.location?.pathInfo() ?? this.currentLocation();
  }

  readDriveItem(drive: string, name: string): unknown {
    return this.hooks.location?.readItem?.(drive, name) ?? null;
  }

  writeDriveItem(drive: string, name: string, value: unknown): void {
    this.hooks.location?.writeItem?.(drive, name, value);
  }

  resolvePath(p: string): string {
    const expanded = p.startsWith('~') ? pathMod.join(process.env.HOME ?? '', p.slice(1)) : p;
    return pathMod.resolve(this.currentLocation(), expanded);
  }

  /** A warning/verbose/... record merged into output (2>&1, 3>&1): errors stay ErrorRecords, messages strings. */
  streamRecord(_kind: string, rec: unknown): unknown {
    return rec;
  }

  writeOutputFile(path: string, items: unknown[], append: boolean): void {
    const text = this.hooks.outString ? this.hooks.outString(items) : items.map((x) => toDisplayString(x) + '\n').join('');
    if (append) fs.appendFileSync(path, text);
    else fs.writeFileSync(path, text);
  }
}

export type ResolvedCommand =
  | { kind: 'function'; name: string; fn: CompiledFunction }
  | { kind: 'cmdlet'; name: string; def: CommandDefinition }
  | { kind: 'script'; name: string; path: string }
  | { kind: 'application'; name: string; path: string };

function readUnder(ctx: ExecContext): unknown {
  return ctx.scope.lookup('_')?.value ?? null;
}

export function emptyInvocation(): InvocationInfo {
  return { commandName: '', scriptName: '', line: 0, column: 0, lineText: '', extentText: '', endLine: 0, endColumn: 0 };
}

/** A CLI argument for a script: `-Name` strings become parameter names, like pwsh -File does. */
function argumentFromCli(v: unknown): CommandArgument {
  if (typeof v === 'string' && /^-[A-Za-z_][\w-]*:?$/.test(v)) {
    const name = v.slice(1).replace(/:$/, '');
    return { kind: 'parameter', name, text: v, hasValue: false };
  }
  return { kind: 'value', value: v, text: toStr(v) };
}

/** The ErrorRecord pwsh reports for a script that does not parse. */
export interface RunOptions {
  fileName?: string;
  args?: unknown[];
  out?: Sink;
  errorOut?: Sink;
  /** `out` and `errorOut` are the console's (native commands may write to psnode's stdout / stderr directly). */
  console?: boolean;
  /** pwsh -Command: text that merely ends too early (`(1`, `1 +`) fails with exit 1 but shows no error. */
  quietIncompleteInput?: boolean;
  /** The script's $input, read as the script enumerates it (the host's redirected stdin). */
  input?: Iterable<unknown>;
}

/** A ParseException for text run by a command: its message carries the position (`At line:1 char:4` ...), the record
 * no invocation (the command that ran the text supplies its own). */
function parseExceptionRecord(errors: ParseError[]): ErrorRecord {
  const first = errors[0];
  const where = positionMessage(invocationFromExtent(first.extent, ''));
  const rec = errorRecord(first.errorId, `${where}\n${first.message}`, 'ParserError', 'System.Management.Automation.ParseException', null);
  (rec.exception.data as Record<string, unknown>).errors = errors;
  return rec;
}

export function parseErrorRecord(errors: ParseError[]): ErrorRecord {
  const first = errors[0];
  const rec = errorRecord(first.errorId, first.message, 'ParserError', 'System.Management.Automation.ParseException', null);
  rec.invocationInfo = invocationFromExtent(first.extent, '');
  (rec.exception.data as Record<string, unknown>).errors = errors;
  return rec;
}

