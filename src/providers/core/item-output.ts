// Wraps a provider's item in a PSObject carrying the PS* note properties every provider item has
// (CmdletProvider.WrapOutputInPSObject): PSPath, PSParentPath and PSChildName (navigation providers only),
// PSDrive, PSProvider, PSIsContainer — in that order.

import { PSObject } from '../../runtime/values/psobject';
import type { Location, SessionProvidersState } from './session-providers';

/** Splits a provider path into its parent path and child name ('/tmp/x' → '/tmp', 'x'; '/' → no child). */
export function splitProviderPath(providerPath: string): { parent: string; child: string } | undefined {
  const trimmed = providerPath.replace(/\/+$/, '');
  const cut = trimmed.lastIndexOf('/');
  const child = trimmed.slice(cut + 1);
  if (child === '') return undefined;
  return { parent: cut < 0 ? '' : trimmed.slice(0, cut) || '/', child };
}

export function wrapItem(state: SessionProvidersState, loc: Location, item: unknown, isContainer: boolean): PSObject {
  const info = loc.providerInfo;
  const sep = info.provider.separator;
  const out = item instanceof PSObject ? item : new PSObject(item);
  const prefix = `${info}::`;
  const qualify = (providerPath: string) => prefix + (sep === '/' ? providerPath : providerPath.split('/').join(sep));
  const providerPath = state.providerPathOf(loc);
  out.setNote('PSPath', qualify(providerPath));
  if (info.provider.isNavigation) {
    const split = splitProviderPath(providerPath);
    out.setNote('PSParentPath', split ? qualify(split.parent) : '');
    out.setNote('PSChildName', split ? split.child : '');
  }
  out.setNote('PSDrive', loc.qualifier === undefined ? loc.drive : null);
  out.setNote('PSProvider', info);
  out.setNote('PSIsContainer', isContainer);
  return out;
}
