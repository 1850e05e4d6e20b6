// The format-view database: views register beside the types they format; Out-Default and Format-* ask for the first
// view matching an object's type names (most derived first), optionally of a given shape.

import type { ViewDefinition, ViewShape } from './view-types';

const views: ViewDefinition[] = [];
/** Lookups by shape and type-name list; cleared when views are added. */
const lookups = new Map<string, ViewDefinition | null>();

export function registerViews(...definitions: ViewDefinition[]): void {
  views.push(...definitions);
  lookups.clear();
}

/** The first view for the most derived type name that has one (database order among equals), like GetDefaultView. */
export function findView(typeNames: readonly string[], shape?: ViewShape): ViewDefinition | undefined {
  const key = `${shape ?? ''}|${typeNames.join('|')}`;
  let found = lookups.get(key);
  if (found === undefined) {
    found = null;
    for (const typeName of typeNames) {
      const view = views.find((v) => (shape === undefined || v.kind === shape) && v.typeNames.includes(typeName));
      if (view) {
        found = view;
        break;
      }
    }
    lookups.set(key, found);
  }
  return found ?? undefined;
}
