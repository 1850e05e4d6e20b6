// The validation attributes' checks (ValidateSet, ValidateRange, ...), shared by the parameter binder and by
// attributed variables (`[ValidateRange(0, 10)][int]$n = 5`): each check answers pwsh's failure text, or undefined.

import { Hashtable, ListValue, isNull, toDisplayString } from '../values';
import { canonicalTypeName, toStr } from '../convert';
import { BinderMsg, fmt } from '../messages';
import { netRegex } from '../operators/regex';
import { compare } from '../operators/comparison';
import type { ValidationRule } from '../command-types';

function isCollection(v: unknown): boolean {
  return Array.isArray(v) || v instanceof ListValue;
}

function elements(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (v instanceof ListValue) return v.items;
  return [v];
}

/** pwsh's failure text when `v` breaks the rule (the value's declared type decides how collections are seen). */
export function ruleFailure(rule: ValidationRule, v: unknown, typeName: string): string | undefined {
  switch (rule.kind) {
    case 'NotNull':
      if (isNull(v)) return BinderMsg.ValidateNotNullFailure;
      if (isCollection(v) && elements(v).some(isNull)) return BinderMsg.ValidateNotNullCollectionFailure;
      return undefined;
    case 'NotNullOrEmpty': {
      if (isNull(v) || v === '') return BinderMsg.ValidateNotNullOrEmptyFailure;
      if (v instanceof Hashtable && v.count === 0) return BinderMsg.ValidateNotNullOrEmptyCollectionFailure;
      if (!isCollection(v)) return undefined;
      // A PSObject[] parameter's elements are wrapped, so an empty string element is not empty to pwsh.
      const wrapped = canonicalTypeName(typeName) === 'System.Management.Automation.PSObject[]';
      const items = elements(v);
      if (items.length === 0 || items.some((x) => isNull(x) || (x === '' && !wrapped))) return BinderMsg.ValidateNotNullOrEmptyCollectionFailure;
      return undefined;
    }
    case 'Set':
      for (const x of elements(v)) {
        const s = toStr(x);
        const ok = rule.values.some((allowed) => (rule.ignoreCase === false ? allowed === s : allowed.toLowerCase() === s.toLowerCase()));
        if (!ok) return fmt(BinderMsg.ValidateSetFailure, s, rule.values.join(','));
      }
      return undefined;
    case 'Range':
      for (const x of elements(v)) {
        if (compare(x, rule.max) > 0) return fmt(BinderMsg.ValidateRangeTooBig, toDisplayString(x), rule.max);
        if (compare(x, rule.min) < 0) return fmt(BinderMsg.ValidateRangeTooSmall, toDisplayString(x), rule.min);
      }
      return undefined;
    case 'Pattern':
      for (const x of elements(v)) {
        const re = netRegex(rule.pattern, true);
        re.lastIndex = 0;
        const ok = re.test(toStr(x));
        re.lastIndex = 0;
        if (!ok) return fmt(BinderMsg.ValidatePatternFailure, toStr(x), rule.pattern);
      }
      return undefined;
    case 'Count': {
      const n = elements(v).length;
      if (n < rule.min || n > rule.max) return fmt(BinderMsg.ValidateCountFailure, rule.min, rule.max, n);
      return undefined;
    }
    case 'Length':
      for (const x of elements(v)) {
        const s = toStr(x);
        if (s.length > rule.max) return fmt(BinderMsg.ValidateLengthMaxFailure, s.length, rule.max);
        if (s.length < rule.min) return fmt(BinderMsg.ValidateLengthMinFailure, s.length, rule.min);
      }
      return undefined;
  }
}
