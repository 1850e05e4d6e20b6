// The format-view database: views register beside the types they format; Out-Default and Format-* ask for the first
// view matching an object's type names (most derived first), optionally of a given shape.

import type { ViewDefinition, ViewShape } from './view-types';

const views: ViewDefinition[] = [];

export function registerViews(...definitions: ViewDefinition[]): void {
  views.push(...definitions);
}

/** The first view for the most derived type name that has one (database order among equals), like GetDefaultView. */
export function findView(typeNames: readonly string[], shape?: ViewShape): ViewDefinition | undefined {
  for (const typeName of typeNames) {
    const view = views.find((v) => (shape === undefined || v.kind === shape) && v.typeNames.includes(typeName));
    if (view) return view;
  }
  return undefined;
}
