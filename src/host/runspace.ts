// The composition root: a Runspace wires the engine (src/runtime) with the formatter (src/format), the providers
// (src/providers) and the cmdlet registry (cmdlets/*/manifest.ts). The CLI and embedders both go through it.

import { Engine, RunResult } from '../runtime/engine';
import { CommandRegistry } from '../runtime/commands/registry';
import type { CommandDefinition, HostOutput, SessionHandle } from '../runtime/command-types';
import type { Sink } from '../runtime/compiler/context';
import { HostInformationMessage, type ErrorRecord } from '../runtime/values';
import { toStr } from '../runtime/convert';
import { PSStyleValue } from '../runtime/types/psstyle';
import { MODULE_MANIFESTS } from './manifests';

export interface RunspaceOptions {
  /** Where formatted output goes (default: process.stdout). */
  write?: (text: string) => void;
  /** Where error lines go (default: process.stderr). */
  writeErrorLine?: (text: string) => void;
  /** Layout width; pwsh uses the buffer width (80 without a terminal). */
  width?: number;
  /** ANSI colour on output. */
  color?: boolean;
  /** Colours of the terminal stdout is (Write-Host -ForegroundColor); 0 or unset when it is none. */
  consoleColors?: number;
  nonInteractive?: boolean;
  /** Session settings, e.g. { PSNODE_ENVIRONMENT: 'Sandbox' }. */
  settings?: Record<string, string | undefined>;
  /** Working directory for the FileSystem provider (default: process.cwd()). */
  cwd?: string;
}

export interface ScriptRunOptions {
  /** Full path when running a script file (-File). */
  fileName?: string;
  /** Arguments for the script's param block / $args. */
  args?: unknown[];
  /** As pwsh -Command: input that only ends too early fails without showing a parse error. */
  quietIncompleteInput?: boolean;
  /** The script's $input (psnode passes its redirected stdin's lines). */
  input?: Iterable<unknown>;
}

export class Runspace {
  readonly engine: Engine;
  readonly registry = new CommandRegistry();
  readonly host: HostOutput;
  private providersState: unknown;

  constructor(readonly options: RunspaceOptions = {}) {
    for (const load of MODULE_MANIFESTS) this.registry.addManifest(load());
    const write = options.write ?? ((t: string) => void process.stdout.write(t));
    const writeErrorLine = options.writeErrorLine ?? ((t: string) => void process.stderr.write(t + '\n'));
    const terminalSupportsColor = options.color ?? false;
    const runspace = this;
    this.host = {
      write,
      writeErrorLine,
      width: options.width ?? 80,
      // styled where the terminal supports VT, unless $PSStyle.OutputRendering is PlainText (NO_COLOR starts it so)
      get supportsColor() {
        const style = runspace.engine?.globalScope.lookup('psstyle')?.value;
        return terminalSupportsColor && !(style instanceof PSStyleValue && style.outputRendering === 'PlainText');
      },
      consoleColors: options.consoleColors ?? 0,
      nonInteractive: options.nonInteractive ?? true,
    };
    this.engine = new Engine({ host: this.host, registry: this.registry, settings: { ...(options.settings ?? {}) } });
    this.engine.hooks = {
      location: {
        current: () => this.providers().currentLocation().providerPath,
        pathInfo: () => this.providers().currentLocation(),
        readItem: (drive, name) => this.providers().readItemValue(drive, name),
        writeItem: (drive, name, value) => this.providers().writeItemValue(drive, name, value),
        fileWildcard: (pattern) => this.fileWildcard(pattern),
      },
      outString: (items) => this.outString(items),
    };
    // TabExpansion2 finds the completion engine here; the engine itself loads on the first completion.
    this.engine.service('completion', () => ({ complete: (input: string, cursor: number, session: SessionHandle) => completionEngine().completeInput(input, cursor, session) }));
    if (this.engine.settings.PSNODE_ENVIRONMENT?.toLowerCase() === 'sandbox') this.presetSandbox();
    if (this.host.consoleColors) {
      const colors = this.host.consoleColors;
      this.engine.hostInformation = (d) => {
        const { consoleColoredText } = require('../format/console-colors') as typeof import('../format/console-colors');
        if (!(d instanceof HostInformationMessage)) return this.host.write(toStr(d) + '\n');
        this.host.write(consoleColoredText(d.NoNewLine ? d.Message : d.Message + '\n', d.ForegroundColor, d.BackgroundColor, colors));
      };
    }
    this.engine.hostStream = (kind, message) => {
      const { writeStreamRecord } = require('../format') as typeof import('../format');
      writeStreamRecord(this.host, kind, message);
    };
  }

  /** In the sandbox the demo certificate is in Cert:\CurrentUser\My and $CertThumbprint names it from the start, so
   * the seed page's scripts run in any order (the page expects the reader to have set $CertThumbprint). */
  private presetSandbox(): void {
    const { ensureDemoCertificate, sandboxSessionVariables } = require('../identity') as typeof import('../identity');
    ensureDemoCertificate();
    for (const [name, value] of Object.entries(sandboxSessionVariables())) {
      if (this.variable(name) === null) this.setVariable(name, value);
    }
  }

  /** The session's provider state, created on first use (keeps start-up lean). */
  private providers(): import('../providers').SessionProvidersState {
    if (!this.providersState) {
      const { createSessionProviders } = require('../providers') as typeof import('../providers');
      const { tablesOverHandle } = require('../providers/session/handle-tables') as typeof import('../providers/session/handle-tables');
      const handle = this.engine.sessionHandle(this.engine.topContext());
      this.providersState = this.engine.service('providers', () => createSessionProviders(tablesOverHandle(handle), this.options.cwd));
    }
    return this.providersState as import('../providers').SessionProvidersState;
  }

  /** Native command globbing, as pwsh's ChildItem.Get of the pattern: only from a file-system location, only files. */
  private fileWildcard(pattern: string): string[] {
    const providers = this.providers();
    if (providers.currentLocation().providerInfo.name !== 'FileSystem') return [];
    try {
      const matches = providers.resolveWildcard(pattern, { force: false, dynamicParameters: {} });
      return matches.every((m) => m.providerInfo.name === 'FileSystem') ? matches.map((m) => m.providerPath) : [];
    } catch {
      return [];
    }
  }

  private outString(items: unknown[]): string {
    const { formatToLines } = require('../format') as typeof import('../format');
    const lines: string[] = formatToLines(items, { columns: this.host.width - 1 } as never) as string[];
    return lines.map((l) => l + '\n').join('');
  }

  /** Runs script text with output formatted to the host (Out-Default), as `psnode -Command` / `-File` do. */
  runScript(text: string, options: ScriptRunOptions = {}): RunResult {
    const { createOutDefault } = require('../format') as typeof import('../format');
    // Formatting reads $FormatEnumerationLimit / $ErrorView as the running script sees them (a script-level
    // assignment counts, as in pwsh).
    const variables = { getVariable: (n: string) => this.visibleVariable(n.replace(/^global:/i, '')) };
    const outDefault = createOutDefault({ host: this.host, variables, separateErrorStream: true });
    const sink: Sink = (v) => outDefault.process(v);
    const errorSink: Sink = (v) => outDefault.processError(v as ErrorRecord);
    try {
      return this.engine.run(text, { ...options, out: sink, errorOut: errorSink, console: true });
    } finally {
      outDefault.end();
    }
  }

  /** Runs script text and returns its output objects (errors are returned as ErrorRecord objects too). */
  invoke(text: string, options: ScriptRunOptions = {}): unknown[] {
    return this.engine.run(text, options).output;
  }

  /** Completes input at a cursor column as TabExpansion2 does (the REPL's Tab), seen from the global scope. */
  complete(input: string, cursor: number): import('./completion').CommandCompletion {
    this.providers();
    return completionEngine().completeInput(input, cursor, this.engine.sessionHandle(this.engine.topContext()));
  }

  /** Registers a TypeScript cmdlet (replacing any of the same name). */
  registerCmdlet(def: CommandDefinition, aliases: string[] = []): void {
    this.registry.register(def, aliases);
  }

  /** Reads a variable (scope-qualified names like 'global:x' allowed). */
  variable(name: string): unknown {
    return this.engine.sessionHandle(this.engine.topContext()).getVariable(name);
  }

  /** A variable as the statement running now sees it. */
  private visibleVariable(name: string): unknown {
    const ctx = this.engine.activeCtx ?? this.engine.topContext();
    return this.engine.sessionHandle(ctx).getVariable(name);
  }

  setVariable(name: string, value: unknown): void {
    this.engine.sessionHandle(this.engine.topContext()).setVariable(name, value);
  }
}

/** The completion engine, loaded on first use so -Command and -File start-up never pay for it. */
function completionEngine(): typeof import('./completion') {
  return require('./completion') as typeof import('./completion');
}

export function createRunspace(options: RunspaceOptions = {}): Runspace {
  return new Runspace(options);
}

