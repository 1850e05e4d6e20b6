// The sandbox's own OData $filter: lexer → parser → evaluator, on plain objects.
import { parseFilter, FilterSyntaxError } from '../../src/sandbox/graph/odata/filter-parser';
import { matchesFilter } from '../../src/sandbox/graph/odata/filter-evaluator';
import { filterUse } from '../../src/sandbox/graph/odata/filter-check';

const adele = { displayName: 'Adele Vance', department: 'Retail', accountEnabled: true, age: 30, groupTypes: ['Unified'], manager: { displayName: "O'Brien" } };

const matches = (filter: string, item: Record<string, unknown> = adele) => matchesFilter(parseFilter(filter), item);

test('parses precedence: and binds tighter than or, not tighter than and', () => {
  expect(parseFilter("a eq 1 or b eq 2 and not c eq 3")).toEqual({
    kind: 'or',
    left: { kind: 'compare', operator: 'eq', path: 'a', value: 1 },
    right: { kind: 'and', left: { kind: 'compare', operator: 'eq', path: 'b', value: 2 }, right: { kind: 'not', operand: { kind: 'compare', operator: 'eq', path: 'c', value: 3 } } },
  });
});

test.each([
  ["displayName eq 'adele vance'", true],
  ["DisplayName eq 'Adele Vance'", true],
  ["displayName ne 'Adele Vance'", false],
  ["startswith(displayName,'ade')", true],
  ["endswith(displayName,'VANCE')", true],
  ["department in ('Sales', 'Retail')", true],
  ["department in ('Sales')", false],
  ['accountEnabled eq true', true],
  ['age ge 30 and age lt 31', true],
  ['age gt 30', false],
  ["(department eq 'Sales' or department eq 'Retail') and accountEnabled eq true", true],
  ["groupTypes/any(c:c eq 'unified')", true],
  ["groupTypes/any(t:t eq 'DynamicMembership')", false],
  ["manager/displayName eq 'O''Brien'", true],
  ['manager eq null', false],
])('%s → %s', (filter, expected) => {
  expect(matches(filter)).toBe(expected);
});

test.each([
  "displayName eq",
  "displayName eq 'open",
  "displayName like 'x'",
  "startswith(displayName)",
  "(displayName eq 'x'",
  "displayName eq 'x' extra",
  '1 eq 1',
])('syntax error: %s', (filter) => {
  expect(() => parseFilter(filter)).toThrow(FilterSyntaxError);
});

test('a property the object lacks does not match (the schema check rejects unknown names before the run)', () => {
  expect(matches("nosuch eq 'x'")).toBe(false);
  expect(matches("displayName/any(c:c eq 'x')")).toBe(false);
  expect(filterUse(parseFilter("nosuch eq 'x' or groupTypes/any(c:startswith(c,'U')) and endswith(displayName,'e')"))).toEqual({
    properties: ['nosuch', 'groupTypes', 'displayName'],
    functions: ['startswith', 'endswith'],
  });
});
