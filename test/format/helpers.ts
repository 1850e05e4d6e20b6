// Builds values and renders them through the formatting pipeline the way pwsh lays out without a terminal
// (80-column buffer, 79 usable columns, invariant culture, plain text).

import { PSObject } from '../../src/runtime/values';
import { formatToLines, type PipelineOptions } from '../../src/format/output-pipeline';
import { PLAIN } from '../../src/format/style';

/** [pscustomobject] with these properties in order. */
export function obj(...entries: Array<[string, unknown]>): PSObject {
  return PSObject.fromEntries(entries);
}

/** The text Out-Default writes for these values, each line ending in a newline. */
export function render(values: unknown[], options: Partial<Omit<PipelineOptions, 'sink'>> = {}): string {
  // a fixed clock: the 300 ms table cache must not depend on how busy the machine is
  const lines = formatToLines(values, { columns: 79, windowWidth: 80, wordWrap: false, style: PLAIN, now: () => 0, ...options });
  return lines.map((l) => l + '\n').join('');
}
