// Hashtable methods that are void in .NET write nothing to the pipeline (pwsh: @($h.Remove('a')).Count is 0).

import { lines } from './helpers';

test('Hashtable.Remove and Clear write no output', () => {
  expect(lines(`$h = @{ a = 1; b = 2 }; @($h.Remove('a')).Count; $h.Count; @($h.Clear()).Count; $h.Count`)).toEqual(['0', '1', '0', '0']);
});
