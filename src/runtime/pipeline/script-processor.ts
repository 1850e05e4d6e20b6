// Runs a script block or function as a pipeline command: binds arguments to its parameters in a new scope
// (dot-sourcing runs in the caller's scope), sets $args/$input/$_/$PSBoundParameters/$MyInvocation, and runs
// begin once, process per input object, end once, streaming output downstream.

import { Hashtable, SwitchParameter, AutomationNull, InvocationInfo, registerType, ErrorRecord, PSError } from '../values';
import { Scope } from '../session/scope';
import { setVariableIn } from '../compiler/variables';
import { ConversionError } from '../convert';
import { ExecContext, Sink, FrameInfo } from '../compiler/context';
import type { CompiledScriptBlock } from '../compiler/scriptblocks';
import { ReturnSignal } from '../compiler/signals';
import { binderMetadata } from '../binder/metadata';
import { bindArguments, resolveParameterSet, missingMandatory, missingMandatoryError, BindState, CommandArgument, BindingError } from '../binder/bind';
import { startPipelineInput, bindPipelineObject } from '../binder/pipeline-input';
import { NO_INPUT, Processor } from './processor';
import { applyCommonParameters, captureVariable } from './common-parameters';
import { checkStop } from '../interrupt';
import { invocationValue } from '../types/core-objects';
import type { PSModuleInfo } from '../modules/module-info';

export interface ScriptInvocation {
  /** Command name ('' for an anonymous script block). */
  name: string;
  dotSource: boolean;
  isFilter: boolean;
  invocation: InvocationInfo;
  /** Whether pipeline input will arrive (this command is not first in its pipeline). */
  expectingInput: boolean;
  /** A script file run as a command: its own script scope. */
  isScriptFile?: boolean;
  /** The module whose session state the code belongs to (undefined: the global session state). */
  module?: PSModuleInfo;
  /** What the host feeds the script as $input (stdin for pwsh -File / -Command); no process block sees it. */
  hostInput?: Iterable<unknown>;
}

export class ScriptProcessor implements Processor {
  private ctx!: ExecContext;
  private state!: BindState;
  private set = '__AllParameterSets';
  private readonly inputs: unknown[] = [];
  private useProcessBlock: boolean;
  private finished = false;
  /** Called from another session state: the caller's scope is that state's current scope while this runs. */
  private crossesSessionState = false;
  private bound = false;

  constructor(
    private readonly caller: ExecContext,
    private readonly block: CompiledScriptBlock,
    private readonly args: CommandArgument[],
    private out: Sink,
    private readonly info: ScriptInvocation,
  ) {
    this.useProcessBlock = !!block.process || info.isFilter;
  }

  bind(): void {
    this.bound = true;
    try {
      this.bindCommandLine();
    } catch (e) {
      throw e instanceof BindingError ? this.caller.engine.bindingError(e, this.info.name, this.info.invocation) : e;
    }
  }

  begin(): void {
    if (!this.bound) this.bind();
    if (this.block.begin) this.run(this.block.begin);
  }

  private bindCommandLine(): void {
    const caller = this.caller;
    const params = this.block.params();
    const meta = binderMetadata(params.definition, params.isAdvanced);
    this.state = bindArguments(meta, this.args, true, this.info.expectingInput);
    this.set = resolveParameterSet(this.state, this.info.expectingInput);
    const missing = missingMandatory(this.state, this.set, this.info.expectingInput);
    if (missing.length) {
      throw missingMandatoryError(missing);
    }
    if (this.state.deferred) throw this.state.deferred;
    if (this.info.expectingInput) startPipelineInput(this.state);
    const parent = caller.engine.sessionParentScope(caller, this.info.module);
    this.crossesSessionState = parent !== caller.scope;
    const scope = this.info.dotSource ? parent : new Scope(parent, this.info.isScriptFile ? 'script' : 'local');
    const frame: FrameInfo = { invocation: this.info.invocation, scriptPath: this.block.fileName || caller.frame.scriptPath, commandName: this.info.name };
    this.ctx = caller.withScope(scope, frame);
    this.setParameterVariables();
    if (params.isAdvanced) {
      applyCommonParameters(this.ctx, this.state, caller);
      this.captureStreams();
    }
  }

  /** -ErrorVariable / -WarningVariable / -OutVariable of an advanced function, created in the caller's scope. */
  private captureStreams(): void {
    const ev = captureVariable(this.caller, this.state.bound.get('errorvariable'));
    const wv = captureVariable(this.caller, this.state.bound.get('warningvariable'));
    const ov = captureVariable(this.caller, this.state.bound.get('outvariable'));
    if (ev || wv) {
      const parent = this.ctx.streams;
      this.ctx = this.ctx.withStreams({
        ...parent,
        capture: (kind, value) => {
          (kind === 'error' ? ev : wv)?.items.push(value);
          parent.capture?.(kind, value);
        },
      });
    }
    if (ov) {
      const out = this.out;
      this.out = (v) => {
        ov.items.push(v);
        out(v);
      };
    }
  }

  private setParameterVariables(): void {
    const scope = this.ctx.scope;
    const params = this.block.params();
    const bound = new Hashtable();
    for (const p of params.parameters) {
      const lname = p.name.toLowerCase();
      if (this.state.bound.has(lname)) {
        const v = this.state.bound.get(lname);
        setVariableIn(scope, p.name, v, constraintOf(p.typeName));
        bound.set(p.name, v);
      } else {
        this.setDefault(lname);
      }
    }
    for (const name of this.state.boundByArgs) {
      const p = this.state.meta.parameters.find((x) => x.name.toLowerCase() === name);
      if (p?.isCommon) bound.set(p.name, this.state.bound.get(name));
    }
    setVariableIn(scope, 'PSBoundParameters', bound);
    setVariableIn(scope, 'args', this.state.remaining);
    setVariableIn(scope, 'MyInvocation', invocationValue(this.info.invocation));
    if (this.block.fileName) {
      setVariableIn(scope, 'PSCommandPath', this.block.fileName);
      setVariableIn(scope, 'PSScriptRoot', this.block.fileName.replace(/[\\/][^\\/]*$/, ''));
    }
    if (params.isAdvanced) setVariableIn(scope, 'PSCmdlet', new PSCmdletInfo(this.set, this.state, this.ctx));
  }

  process(input: unknown): void {
    if (input === NO_INPUT) {
      if (this.useProcessBlock) this.runProcess(null, false);
      return;
    }
    if (!this.useProcessBlock) {
      this.inputs.push(input);
      return;
    }
    this.runProcess(input, true);
  }

  private runProcess(input: unknown, hasInput: boolean): void {
    if (hasInput && this.state.meta.parameters.some((p) => p.sets.some((s) => s.valueFromPipeline || s.valueFromPipelineByPropertyName))) {
      if (!this.bindInput(input)) return;
    }
    setVariableIn(this.ctx.scope, '_', hasInput ? input : null);
    const body = this.block.process ?? (this.info.isFilter ? this.block.end : undefined);
    if (body) this.run(body);
  }

  /** Binds an input object to the parameters; the ones the previous object bound get their default values back
   * ($PSBoundParameters keeps their names, as in pwsh). False when it did not bind (the error is written). */
  private bindInput(input: unknown): boolean {
    const previous = this.state.pipelineBound ?? [];
    let bound: string[];
    try {
      const binding = bindPipelineObject(this.state, input);
      bound = binding.bound;
      this.set = binding.set;
    } catch (e) {
      if (!(e instanceof BindingError)) throw e;
      this.restoreDefaults(previous);
      const engine = this.caller.engine;
      engine.writeNonTerminatingError(this.caller, engine.bindingErrorRecord(e, this.info.name, this.info.name, this.info.invocation, input), 'continue');
      return false;
    }
    this.restoreDefaults(previous.filter((k) => !bound.includes(k)));
    const scope = this.ctx.scope;
    for (const k of bound) {
      const p = this.parameter(k);
      setVariableIn(scope, p.name, this.state.bound.get(k), constraintOf(p.typeName));
      (scope.vars.get('psboundparameters')!.value as Hashtable).set(p.name, this.state.bound.get(k));
    }
    const psCmdlet = scope.vars.get('pscmdlet')?.value;
    if (psCmdlet instanceof PSCmdletInfo) psCmdlet.ParameterSetName = this.set;
    return true;
  }

  private restoreDefaults(keys: string[]): void {
    for (const k of keys) this.setDefault(k);
  }

  /** Sets an unbound parameter's variable to its default value (a switch: not present). */
  private setDefault(lowerName: string): void {
    const p = this.parameter(lowerName);
    const d = this.block.defaults().get(lowerName);
    let v: unknown = d ? d(this.ctx) : p.typeName && isSwitchType(p.typeName) ? new SwitchParameter(false) : null;
    if (v === AutomationNull) v = null;
    try {
      setVariableIn(this.ctx.scope, p.name, v, constraintOf(p.typeName));
    } catch (e) {
      if (d || !(e instanceof ConversionError)) throw e;
      // a type null does not convert to ([guid], [datetime]) leaves the unbound parameter $null, still constrained
      this.ctx.scope.vars.get(p.name.toLowerCase())!.value = null;
    }
  }

  private parameter(lowerName: string) {
    return this.block.params().parameters.find((x) => x.name.toLowerCase() === lowerName)!;
  }

  end(): void {
    if (this.finished) return;
    this.finished = true;
    if (this.info.isFilter && !this.block.process) return;
    if (!this.block.end) return;
    setVariableIn(this.ctx.scope, 'input', this.info.hostInput ?? (this.useProcessBlock ? [] : this.inputs));
    if (!this.useProcessBlock && this.inputs.length === 0) setVariableIn(this.ctx.scope, '_', null);
    this.run(this.block.end);
  }

  private run(body: (ctx: ExecContext, out: Sink) => void): void {
    checkStop();
    const engine = this.ctx.engine;
    engine.activeSink = this.out;
    const callerModule = this.crossesSessionState ? this.caller.scope.module : undefined;
    const saved = !this.crossesSessionState ? undefined : callerModule ? callerModule.activeScope : engine.globalActiveScope;
    if (this.crossesSessionState) {
      if (callerModule) callerModule.activeScope = this.caller.scope;
      else engine.globalActiveScope = this.caller.scope;
    }
    try {
      body(this.ctx, this.out);
    } catch (e) {
      if (e instanceof ReturnSignal) return;
      throw e;
    } finally {
      if (this.crossesSessionState) {
        if (callerModule) callerModule.activeScope = saved;
        else engine.globalActiveScope = saved;
      }
    }
  }
}

/** The type constraint a parameter's variable carries (none for a switch). */
function constraintOf(typeName: string | undefined): string | undefined {
  return typeName && !isSwitchType(typeName) ? typeName : undefined;
}

function isSwitchType(t: string): boolean {
  const l = t.toLowerCase();
  return l === 'switch' || l.endsWith('switchparameter');
}

/** $PSCmdlet for advanced functions: ParameterSetName, WriteObject, WriteError, ThrowTerminatingError, ShouldProcess. */
export class PSCmdletInfo {
  constructor(public ParameterSetName: string, readonly state: BindState, readonly ctx: ExecContext) {}
}

const cmdlet = (v: unknown) => v as PSCmdletInfo;
registerType({
  fullName: 'System.Management.Automation.PSScriptCmdlet',
  baseTypes: ['System.Management.Automation.PSCmdlet', 'System.Management.Automation.Cmdlet'],
  jsClass: PSCmdletInfo,
  properties: [
    { name: 'ParameterSetName', type: 'string', get: (c) => cmdlet(c).ParameterSetName },
    { name: 'MyInvocation', type: 'System.Management.Automation.InvocationInfo', get: (c) => cmdlet(c).ctx.scope.lookup('myinvocation')?.value ?? null },
    { name: 'SessionState', type: 'System.Management.Automation.SessionState', get: () => null },
  ],
  methods: [
    { name: 'WriteObject', invoke: (c, a) => void cmdlet(c).ctx.engine.activeSink?.(a[0]) },
    { name: 'WriteVerbose', invoke: (c, a) => void cmdlet(c).ctx.streams.verbose(String(a[0])) },
    { name: 'WriteWarning', invoke: (c, a) => void cmdlet(c).ctx.streams.warning(String(a[0])) },
    { name: 'WriteError', invoke: (c, a) => void cmdlet(c).ctx.engine.writeNonTerminatingError(cmdlet(c).ctx, a[0] as ErrorRecord, 'continue') },
    { name: 'ThrowTerminatingError', invoke: (_c, a) => { throw new PSError(a[0] as ErrorRecord); } },
    { name: 'ShouldProcess', invoke: () => true },
    { name: 'ShouldContinue', invoke: () => true },
  ],
});

