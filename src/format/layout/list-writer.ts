// Lays out one list entry as pwsh's ListWriter: labels padded to the longest, " : ", values wrapped at the screen
// width with continuation lines indented under the first value character.

import { displayLength, headSplitLength, spaces } from '../text/display-cells';
import { generateLines, splitLines } from '../text/line-breaking';

const SEPARATOR = ' : ';
const MIN_FIELD_WIDTH = 1;
const MIN_LABEL_WIDTH = 1;

export interface ListStyle {
  /** Wraps a padded label with its " : " (FormatAccent on an ANSI host); identity for plain text. */
  label(text: string): string;
}

const PLAIN: ListStyle = { label: (t) => t };

export function listEntryLines(
  labels: readonly string[],
  values: readonly string[],
  screenWidth: number,
  wordWrap = false,
  style: ListStyle = PLAIN,
): string[] {
  if (labels.length === 0 || screenWidth - SEPARATOR.length - MIN_FIELD_WIDTH - MIN_LABEL_WIDTH < 0) return [];
  const maxLabel = screenWidth - SEPARATOR.length - MIN_FIELD_WIDTH;
  const labelWidth = Math.min(maxLabel, Math.max(...labels.map((l) => displayLength(l))));
  const indent = spaces(labelWidth + SEPARATOR.length);
  const fieldWidth = screenWidth - labelWidth - SEPARATOR.length;
  const out: string[] = [];
  labels.forEach((label, k) => {
    const cells = displayLength(label);
    const padded =
      cells < labelWidth ? label + spaces(labelWidth - cells) : cells > labelWidth ? label.slice(0, headSplitLength(label, labelWidth)) : label;
    const prefix = style.label(padded + SEPARATOR);
    splitLines(values[k] ?? '').forEach((line, i) => {
      generateLines(line, fieldWidth, fieldWidth, wordWrap).forEach((part, j) => {
        out.push((i === 0 && j === 0 ? prefix : indent) + part);
      });
    });
  });
  return out;
}
