// Fitting table columns into the screen as pwsh's ColumnWidthManager does: unset (0) widths share the spare room
// round-robin; when the table is too wide the last visible column shrinks, or is hidden (-1) if it would drop below 1.

const MINIMUM_COLUMN_WIDTH = 1;
const SEPARATOR_WIDTH = 1;

/** Returns the widths to lay out with; a hidden column gets -1. */
export function calculateColumnWidths(requested: readonly number[], tableWidth: number): number[] {
  const widths = [...requested];
  if (!assignUnsetWidths(widths, tableWidth)) trimToFit(widths, tableWidth);
  return widths;
}

function tableWidthOf(widths: readonly number[]): number {
  const visible = widths.filter((w) => w > 0);
  return visible.reduce((a, b) => a + b, 0) + SEPARATOR_WIDTH * (visible.length - 1);
}

/** True when the columns fit without trimming. */
function assignUnsetWidths(widths: number[], tableWidth: number): boolean {
  if (widths.every((w) => w > 0)) return tableWidthOf(widths) <= tableWidth;
  const fixed = widths.map((w) => w > 0);
  for (let k = 0; k < widths.length; k++) if (widths[k] === 0) widths[k] = MINIMUM_COLUMN_WIDTH;
  let available = tableWidth - tableWidthOf(widths);
  if (available < 0) return false;
  while (available > 0) {
    for (let k = 0; k < widths.length && available > 0; k++) {
      if (fixed[k]) continue;
      widths[k]++;
      available--;
    }
  }
  return true;
}

function trimToFit(widths: number[], tableWidth: number): void {
  for (;;) {
    const excess = tableWidthOf(widths) - tableWidth;
    if (excess <= 0) return;
    const firstHidden = widths.findIndex((w) => w < 0);
    const last = firstHidden < 0 ? widths.length - 1 : firstHidden - 1;
    if (last < 0) return;
    const shrunk = widths[last] - excess;
    widths[last] = shrunk < MINIMUM_COLUMN_WIDTH ? -1 : shrunk;
  }
}
