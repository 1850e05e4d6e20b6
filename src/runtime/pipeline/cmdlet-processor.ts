// Runs a TypeScript cmdlet (a CommandDefinition) in a pipeline and implements the CommandContext it sees:
// binding, per-object pipeline binding, the output and message streams, error actions and error records tied to
// the command.

import type { CommandContext, CommandDefinition } from '../command-types';
import type { DynamicParameterSource } from '../providers-api';
import { ErrorRecord, PSError, InvocationInfo, ErrorCategory, enumerateValue, Hashtable, AutomationNull, DotNetException } from '../values';
import { errorRecord } from '../error-factory';
import { binderMetadata, BinderParameter } from '../binder/metadata';
import { bindArguments, resolveParameterSet, missingMandatory, missingMandatoryError, BindState, CommandArgument, BindingError } from '../binder/bind';
import { startPipelineInput, bindPipelineObject } from '../binder/pipeline-input';
import type { ExecContext, Sink } from '../compiler/context';
import { commonPreferenceOverrides, captureVariable } from './common-parameters';
import { shouldProcess, shouldProcessSettings, operationDescription } from './should-process';
import { NO_INPUT, Processor, StopUpstreamSignal } from './processor';
import { checkStop } from '../interrupt';
import { toStr } from '../convert';

export class CmdletProcessor implements Processor, CommandContext<Record<string, unknown>> {
  private state!: BindState;
  parameterSetName = '__AllParameterSets';
  inputObject: unknown = undefined;
  private prefs = new Map<string, string>();
  private outVar?: ReturnType<typeof captureVariable>;
  private errVar?: ReturnType<typeof captureVariable>;
  private warnVar?: ReturnType<typeof captureVariable>;
  private boundValues?: Record<string, unknown>;
  private argumentValues?: Record<string, unknown>;
  /** The parameters (lower case) the current input object bound. */
  private pipelineKeys: string[] = [];
  private boundNames?: Set<string>;
  private bound = false;
  private ended = false;
  /** Set once this command has stopped its upstream: more input only repeats the stop. */
  private stopped?: StopUpstreamSignal;

  constructor(
    private readonly ctx: ExecContext,
    private readonly def: CommandDefinition,
    private readonly args: CommandArgument[],
    private readonly out: Sink,
    readonly invocation: InvocationInfo,
    private readonly expectingInput: boolean,
  ) {}

  /** The bound values by parameter name: the command line's, made once, plus what this input object bound. */
  get params(): Record<string, unknown> {
    if (this.boundValues) return this.boundValues;
    this.argumentValues ??= this.valuesOf(this.state.meta.parameters);
    if (!this.pipelineKeys.length) return (this.boundValues = this.argumentValues);
    const o = { ...this.argumentValues };
    for (const k of this.pipelineKeys) o[this.state.meta.byKey.get(k)!.name] = this.state.bound.get(k);
    return (this.boundValues = o);
  }

  private valuesOf(parameters: BinderParameter[]): Record<string, unknown> {
    const o: Record<string, unknown> = {};
    for (const p of parameters) if (this.state.bound.has(p.key)) o[p.name] = this.state.bound.get(p.key);
    return o;
  }

  get boundParameterNames(): ReadonlySet<string> {
    if (this.boundNames) return this.boundNames;
    const names = new Set<string>();
    for (const p of this.state.meta.parameters) if (this.state.bound.has(p.key)) names.add(p.name);
    return (this.boundNames = names);
  }

  /** Forgets what the getters above made from the previous binding (`whole`: the command line's too). */
  private bindingChanged(whole: boolean): void {
    this.boundValues = undefined;
    this.boundNames = undefined;
    if (whole) this.argumentValues = undefined;
  }

  get caller() {
    return { name: this.ctx.frame.commandName ?? '', invocation: this.ctx.frame.invocation };
  }

  get session() {
    return this.ctx.engine.sessionHandle(this.ctx);
  }

  bind(): void {
    this.bound = true;
    try {
      this.bindCommandLine();
    } catch (e) {
      if (e instanceof BindingError) throw new PSError(this.ctx.engine.bindingErrorRecord(e, this.def.name, this.fqSuffix(), this.invocation, null));
      throw e;
    }
  }

  begin(): void {
    if (!this.bound) this.bind();
    this.runCmdlet(this.def.begin);
  }

  private bindCommandLine(): void {
    this.bindingChanged(true);
    this.state = bindArguments(binderMetadata(this.def, true), this.args, false, this.expectingInput);
    this.bindDynamicParameters();
    this.parameterSetName = resolveParameterSet(this.state, this.expectingInput);
    const missing = missingMandatory(this.state, this.parameterSetName, this.expectingInput);
    if (missing.length) throw missingMandatoryError(missing);
    if (this.state.deferred) throw this.state.deferred;
    if (this.expectingInput) startPipelineInput(this.state);
    for (const [name, value] of commonPreferenceOverrides(this.state)) this.prefs.set(name.toLowerCase(), toStr(value).toLowerCase());
    this.outVar = captureVariable(this.ctx, this.state.bound.get('outvariable'));
    this.errVar = captureVariable(this.ctx, this.state.bound.get('errorvariable'));
    this.warnVar = captureVariable(this.ctx, this.state.bound.get('warningvariable'));
  }

  /** A name no static parameter took may belong to the provider behind -Path (Cert:'s -DnsName, -EKU ...): ask the
   * cmdlet for its dynamic parameters given what is bound, and bind again with them, as pwsh does. */
  private bindDynamicParameters(): void {
    const source = this.def as CommandDefinition & DynamicParameterSource;
    if (!this.state.deferred || !source.dynamicParameters) return;
    const extra = source.dynamicParameters(this.params, this.session);
    if (extra.length === 0) return;
    const withDynamic: CommandDefinition = { ...this.def, parameters: [...this.def.parameters, ...extra] };
    this.bindingChanged(true);
    this.state = bindArguments(binderMetadata(withDynamic, true), this.args, false, this.expectingInput);
  }

  process(input: unknown): void {
    if (this.stopped) throw this.stopped;
    if (input === NO_INPUT) {
      this.inputObject = undefined;
      this.runCmdlet(this.def.process);
      return;
    }
    // The command line's values, taken before the first input object binds anything.
    this.argumentValues ??= this.valuesOf(this.state.meta.parameters);
    this.bindingChanged(false);
    this.pipelineKeys = [];
    try {
      const binding = bindPipelineObject(this.state, input);
      this.parameterSetName = binding.set;
      this.pipelineKeys = binding.bound;
    } catch (e) {
      if (e instanceof BindingError) {
        this.writeError(this.ctx.engine.bindingErrorRecord(e, this.def.name, this.fqSuffix(), this.invocation, input));
        return;
      }
      throw e;
    }
    this.inputObject = input;
    this.runCmdlet(this.def.process);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.runCmdlet(this.def.end);
  }

  dispose(): void {
    this.def.dispose?.(this);
  }

  /** Runs one of the cmdlet's blocks; a .NET exception escaping it is a terminating error of this command (pwsh
   * names the command: `Get-Variable: ... The specified wildcard character pattern is not valid: [a`). */
  private runCmdlet(block: ((ctx: this) => void) | undefined): void {
    try {
      block?.(this);
    } catch (e) {
      if (!(e instanceof DotNetException)) throw e;
      const record = e.errorRecord ?? new ErrorRecord(e, escapedExceptionErrorId(e.typeName), 'NotSpecified', null);
      throw new PSError(this.tie(record));
    }
  }

  private fqSuffix(): string {
    return this.def.implementingType ?? this.def.name;
  }

  private preference(name: string): string {
    const own = this.prefs.get(name.toLowerCase());
    if (own) return own;
    return toStr(this.ctx.scope.lookup(name.toLowerCase())?.value ?? 'Continue').toLowerCase();
  }

  writeObject(value: unknown, enumerateCollection = false): void {
    if (value === AutomationNull) return;
    if (enumerateCollection && !(value instanceof Hashtable)) {
      const items = enumerateValue(value);
      if (items) {
        for (const x of items) this.emit(x);
        return;
      }
    }
    this.emit(value);
  }

  private emit(v: unknown): void {
    checkStop();
    this.outVar?.items.push(v);
    this.out(v);
  }

  private tie(record: ErrorRecord): ErrorRecord {
    if (!record.fullyQualifiedErrorId) record.fullyQualifiedErrorId = `${record.errorId},${this.fqSuffix()}`;
    if (!record.invocationInfo) record.invocationInfo = this.invocation;
    if (!record.categoryInfo.activity) record.categoryInfo.activity = this.def.name;
    return record;
  }

  writeError(record: ErrorRecord): void {
    this.tie(record);
    this.errVar?.items.push(record);
    this.ctx.streams.capture?.('error', record);
    const action = this.preference('ErrorActionPreference');
    // Escalated to a terminating error, the record points at this command (pwsh's ActionPreferenceStopException).
    if (action === 'stop') record.invocationInfo = this.invocation;
    this.ctx.engine.writeNonTerminatingError(this.ctx, record, action);
  }

  throwTerminatingError(record: ErrorRecord): never {
    throw new PSError(this.tie(record));
  }

  writeWarning(message: string): void {
    this.warnVar?.items.push(message);
    this.ctx.streams.capture?.('warning', message);
    const p = this.preference('WarningPreference');
    if (p === 'silentlycontinue' || p === 'ignore') return;
    if (p === 'stop') this.ctx.streams.warning(message);
    if (p === 'stop') throw new PSError(this.tie(errorRecord('ActionPreferenceStop', `The running command stopped because the preference variable "WarningPreference" or common parameter is set to Stop: ${message}`, 'OperationStopped', 'System.Management.Automation.ActionPreferenceStopException')), 'script');
    this.ctx.streams.warning(message);
  }

  writeVerbose(message: string): void {
    if (this.preference('VerbosePreference') === 'continue') this.ctx.streams.verbose(message);
  }

  writeDebug(message: string): void {
    if (this.preference('DebugPreference') === 'continue') this.ctx.streams.debug(message);
  }

  writeInformation(messageData: unknown, tags?: string[]): void {
    const forceHost = tags?.includes('PSHOST');
    const p = this.preference('InformationPreference');
    if (!forceHost && p !== 'continue') return;
    if (p === 'ignore') return;
    this.ctx.streams.information(messageData);
  }

  newError(errorId: string, message: string, category: ErrorCategory, targetObject: unknown = null, exceptionType?: string): ErrorRecord {
    return this.tie(errorRecord(errorId, message, category, exceptionType, targetObject));
  }

  /** As pwsh's Select-Object: the command ends itself, then the commands before it are stopped. */
  stopUpstream(): never {
    this.end();
    this.stopped = new StopUpstreamSignal(this);
    throw this.stopped;
  }

  shouldProcess(target: string, action?: string): boolean {
    try {
      return shouldProcess(this.ctx, shouldProcessSettings(this.ctx, this.state, this.def), operationDescription(action ?? this.def.name, target));
    } catch (e) {
      if (!(e instanceof DotNetException)) throw e;
      const refused = new PSError(this.newError('InvalidOperation', e.message, 'InvalidOperation', null, e.typeName));
      refused.stopsCommand = true;
      throw refused;
    }
  }
}

/** pwsh's error id for an exception escaping a cmdlet: its full type name (`System.FormatException`), except for
 * PowerShell's own exceptions, which carry their short name (`RuntimeException`). */
function escapedExceptionErrorId(typeName: string): string {
  const ownNamespace = 'System.Management.Automation.';
  return typeName.startsWith(ownNamespace) ? typeName.slice(typeName.lastIndexOf('.') + 1) : typeName;
}
