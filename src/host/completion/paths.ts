// Provider-path completion for any drive (FileSystem, Env:, Variable:, Alias:, Function:, Temp:, Cert:): the
// children of the container the word points into whose names start with the rest of it (case-insensitive, '*'
// and '?' allowed), sorted by name, containers and items together.
// How a completion is spelt follows pwsh 7.6.9 on Linux (recorded): a relative word completes relative to the
// current location with a './' (or '../') prefix ('fx/a' → './fx/a1.txt'), '~/' stays '~/', a rooted path stays
// rooted, and a drive-qualified word prints the drive's name and the provider's own separator ('env:\HO' →
// 'Env:/HOME'): the separator the user typed is not kept. Cert: is not on Linux pwsh; it is completed the same way
// as the other drive-qualified providers, and prints '\' because the Certificate provider does (as pwsh on
// Windows: 'Cert:\CurrentUser\My'). Quoting as ./quoting says.

import * as pathMod from 'path';
import type { SessionHandle } from '../../runtime/command-types';
import type { ProviderChild } from '../../runtime/providers-api';
import { providerState, Ctx } from '../../providers/cmdlet-support';
import type { Location, SessionProvidersState } from '../../providers/core/session-providers';
import { parsePath, splitSegments } from '../../providers/core/path-syntax';
import { CompletionResult } from './results';
import { prefixPattern } from './matching';
import { sortByName } from './ordering';
import { quoteCompletion, QuoteContext } from './quoting';

export interface PathWord extends QuoteContext {
  /** The word's value (quotes removed). */
  value: string;
  /** The command reads the path as a wildcard pattern (-Path of a cmdlet or function): escape '[' and friends. */
  wildcards?: boolean;
  /** Only containers (Set-Location and Push-Location take nothing else). */
  containersOnly?: boolean;
}

/** Splits 'fx/a' into the container text 'fx/' and the leaf 'a' ('env:HO' → 'env:', 'HO'). */
function splitWord(value: string): { parent: string; leaf: string } {
  const cut = Math.max(value.lastIndexOf('/'), value.lastIndexOf('\\'));
  if (cut >= 0) return { parent: value.slice(0, cut + 1), leaf: value.slice(cut + 1) };
  const drive = /^([^:\\/]+:)(?!:)(.*)$/s.exec(value);
  if (drive) return { parent: drive[1], leaf: drive[2] };
  return { parent: '', leaf: value };
}

/** `.`-relative spelling of a location on the current drive: './a', '../b', with the provider's separator. */
function relativeText(state: SessionProvidersState, loc: Location): string {
  const sep = loc.providerInfo.provider.separator;
  const here = splitSegments(state.currentDrive().currentLocation);
  let common = 0;
  while (common < here.length && common < loc.rel.length && here[common] === loc.rel[common]) common++;
  const ups = here.slice(common).map(() => '..');
  const rest = [...ups, ...loc.rel.slice(common)].join(sep);
  return ups.length ? rest : `.${sep}${rest}`;
}

function spelling(state: SessionProvidersState, loc: Location, kind: ReturnType<typeof parsePath>['kind']): string {
  switch (kind) {
    case 'relative':
      return loc.drive === state.currentDrive() ? relativeText(state, loc) : state.psPathOf(loc);
    case 'home': {
      const home = loc.providerInfo.provider.home?.();
      const full = state.providerPathOf(loc);
      return home !== undefined && full.startsWith(home) ? '~/' + pathMod.posix.relative(home, full) : full;
    }
    case 'root':
      return state.providerPathOf(loc);
    default:
      return state.psPathOf(loc);
  }
}

/** `$HOME/.c` → '/home/me/.c': a leading variable holding a string is expanded, as pwsh does before completing. */
function expandLeadingVariable(value: string, session: SessionHandle): string | undefined {
  const m = /^\$(?:\{([^}]+)\}|([\w:]+))/.exec(value);
  if (!m) return value;
  const variable = session.getVariable(m[1] ?? m[2]);
  return typeof variable === 'string' ? variable + value.slice(m[0].length) : undefined;
}

export function completePath(word: PathWord, session: SessionHandle): CompletionResult[] {
  const state = providerState({ session } as Ctx);
  const value = expandLeadingVariable(word.value, session);
  if (value === undefined) return [];
  const { parent, leaf } = splitWord(value);
  const form = parsePath(parent === '' ? '.' : parent);
  let container: Location;
  let children: ProviderChild[];
  try {
    container = state.parseLocation(parent === '' ? '.' : parent);
    const provider = container.providerInfo.provider;
    const containerPath = state.providerPathOf(container);
    const opts = { force: true, dynamicParameters: {} };
    if (!provider.itemExists(containerPath, opts) || !provider.isContainer(containerPath)) return [];
    children = provider.getChildItems(containerPath, opts);
  } catch {
    return [];
  }
  const pattern = prefixPattern(leaf);
  const isFileSystem = container.providerInfo.provider.name === 'FileSystem';
  const wanted = children.filter((c) => pattern.test(c.name) && (!word.containersOnly || c.isContainer));
  return sortByName(wanted, (c) => c.name).map((child) => {
    const loc: Location = { ...container, rel: [...container.rel, child.name] };
    const text = quoteCompletion(spelling(state, loc, form.kind), word, child.name, word.wildcards);
    const toolTip = isFileSystem ? state.providerPathOf(loc) : state.psPathOf(loc);
    return new CompletionResult(text, child.name, child.isContainer ? 'ProviderContainer' : 'ProviderItem', toolTip);
  });
}
