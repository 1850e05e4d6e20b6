// Start-up stays lean: the completion engine loads on the first completion (Tab or TabExpansion2), never while a
// runspace is created or runs a script.

// A global, not a module variable: the mock factory may run while the imports below are still being evaluated.
const LOADED = '__psnodeCompletionEngineLoaded';
jest.mock('../../src/host/completion', () => {
  (globalThis as Record<string, unknown>)['__psnodeCompletionEngineLoaded'] = true;
  return jest.requireActual('../../src/host/completion');
});
const engineLoaded = () => (globalThis as Record<string, unknown>)[LOADED] === true;

import { createRunspace } from '../../src/host';

test('running a script does not load the completion engine; the first completion does', () => {
  const rs = createRunspace({ write: () => undefined, writeErrorLine: () => undefined });
  rs.runScript('$x = 1 + 1; Get-Command Get-ChildItem | Out-Null');
  expect(engineLoaded()).toBe(false);
  expect(rs.complete('Get-ChildI', 10).matches.map((m) => m.completionText)).toEqual(['Get-ChildItem']);
  expect(engineLoaded()).toBe(true);
});

test('TabExpansion2 loads it too', () => {
  const rs = createRunspace({ write: () => undefined, writeErrorLine: () => undefined });
  const [result] = rs.invoke("(TabExpansion2 'Get-ChildI').CompletionMatches[0].CompletionText");
  expect(result).toBe('Get-ChildItem');
});
