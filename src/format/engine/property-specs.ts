// The columns or list items a formatter shows: property names (with wildcards, expanded against an object) or
// calculated properties (label plus a function), as Format-Table/Format-List -Property and default views need them.

import { getProperties, getPropertyValue } from '../../runtime/values';
import type { Alignment } from '../layout/table-writer';

export interface PropertySpec {
  label: string;
  get(target: unknown): unknown;
  alignment?: Alignment;
  width?: number;
}

/** A -Property argument: a name or wildcard pattern, or an already built calculated property. */
export type PropertyRequest = string | PropertySpec;

function wildcardRegExp(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

export function byName(name: string): PropertySpec {
  return { label: name, get: (target) => getPropertyValue(target, name) };
}

/** Resolves requests against an object: a wildcard becomes every matching property, in the object's order. */
export function expandProperties(requests: readonly PropertyRequest[], target: unknown): PropertySpec[] {
  const names = getProperties(target).map((p) => p.name);
  const out: PropertySpec[] = [];
  for (const request of requests) {
    if (typeof request !== 'string') out.push(request);
    else if (/[*?]/.test(request)) {
      const re = wildcardRegExp(request);
      for (const name of names) if (re.test(name) && !out.some((s) => s.label === name)) out.push(byName(name));
    } else {
      out.push(byName(names.find((n) => n.toLowerCase() === request.toLowerCase()) ?? request));
    }
  }
  return out;
}

/** Every display property of an object. */
export function allProperties(target: unknown): PropertySpec[] {
  return getProperties(target).map((p) => byName(p.name));
}
