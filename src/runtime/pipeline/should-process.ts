// ShouldProcess and ShouldContinue as pwsh's command runtime answers them, for cmdlets and advanced functions alike:
// -WhatIf ($WhatIfPreference) writes the "What if:" line to the host and declines; a ConfirmImpact at or above
// $ConfirmPreference (-Confirm makes it Low) asks, which psnode's host refuses as pwsh -NonInteractive does;
// otherwise it goes ahead, announced on the verbose stream when the command itself was given -Verbose.

import { EnumValue, SwitchParameter } from '../values';
import { dotnetError } from '../error-factory';
import { Msg, BinderMsg, fmt } from '../messages';
import { toStr, toBool } from '../convert';
import type { ExecContext } from '../compiler/context';
import type { BindState } from '../binder/bind';
import type { CommandDefinition } from '../command-types';

const IMPACT: Record<string, number> = { none: 0, low: 1, medium: 2, high: 3 };
const IMPACT_NAMES = ['None', 'Low', 'Medium', 'High'];

type ConfirmImpact = NonNullable<CommandDefinition['confirmImpact']>;

/** What decides a ShouldProcess call: the command's declaration and the effective preferences. */
export interface ShouldProcessSettings {
  supportsShouldProcess: boolean;
  confirmImpact: ConfirmImpact | undefined;
  whatIf: boolean;
  /** $ConfirmPreference as text ('High', 'None', ...). */
  confirmPreference: string;
  /** The command's own -Verbose (pwsh announces the operation only then, not for an inherited $VerbosePreference). */
  verbose: boolean;
}

/** The "Performing the operation" text of ShouldProcess(target) and ShouldProcess(target, action). */
export function operationDescription(action: string, target: string): string {
  return fmt(Msg.ShouldProcessMessage, action, target);
}

/** The host's refusal to prompt, as the exception ShouldProcess/ShouldContinue raise. */
export function promptRefused() {
  return dotnetError('System.Management.Automation.PSInvalidOperationException', BinderMsg.NonInteractive);
}

/** True when the operation may go ahead. Throws when it must ask. */
export function shouldProcess(ctx: ExecContext, s: ShouldProcessSettings, description: string): boolean {
  if (s.whatIf) {
    ctx.engine.host.write(`What if: ${description}\n`);
    return false;
  }
  if (s.supportsShouldProcess && mustConfirm(s.confirmImpact ?? 'Medium', s.confirmPreference)) throw promptRefused();
  if (s.verbose) ctx.streams.verbose(description);
  return true;
}

function mustConfirm(impact: string, preference: string): boolean {
  const i = IMPACT[impact.toLowerCase()] ?? 2;
  const p = IMPACT[preference.toLowerCase()] ?? 3;
  return i !== 0 && p !== 0 && i >= p;
}

/** The preference variables -WhatIf and -Confirm set in an advanced function's scope. */
export function shouldProcessOverrides(state: BindState): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  const whatIf = state.bound.get('whatif');
  if (whatIf instanceof SwitchParameter) out.push(['WhatIfPreference', whatIf.IsPresent]);
  const confirm = state.bound.get('confirm');
  if (confirm instanceof SwitchParameter) out.push(['ConfirmPreference', confirmImpactValue(confirm.IsPresent ? 'Low' : 'None')]);
  return out;
}

export function confirmImpactValue(name: string): EnumValue {
  return new EnumValue('System.Management.Automation.ConfirmImpact', name, IMPACT_NAMES.indexOf(name));
}

/** The effective settings: the command's -WhatIf/-Confirm/-Verbose, else the preference variables visible in `ctx`. */
export function shouldProcessSettings(ctx: ExecContext, state: BindState, command: CommandDefinition): ShouldProcessSettings {
  const whatIf = ctx.scope.lookup('whatifpreference')?.value;
  const confirm = ctx.scope.lookup('confirmpreference')?.value;
  const verbose = state.bound.get('verbose');
  const settings: ShouldProcessSettings = {
    supportsShouldProcess: !!command.supportsShouldProcess,
    confirmImpact: command.confirmImpact,
    whatIf: whatIf != null && toBool(whatIf),
    confirmPreference: confirm == null ? 'High' : toStr(confirm),
    verbose: verbose instanceof SwitchParameter && verbose.IsPresent,
  };
  for (const [name, value] of shouldProcessOverrides(state)) {
    if (name === 'WhatIfPreference') settings.whatIf = value as boolean;
    else settings.confirmPreference = String(value);
  }
  return settings;
}
