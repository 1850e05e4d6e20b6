// Lays out table headers and rows in fixed columns, as pwsh's TableWriter: 1-space separator, the last column never
// right-padded, `…` where a value is cut, labels wrapped onto several lines when their column is narrow.

import { displayLength, headSplitLength, spaces, tailStart } from '../text/display-cells';
import { ELLIPSIS, generateLines, truncateAtNewLine } from '../text/line-breaking';
import { calculateColumnWidths } from './column-widths';

export type Alignment = 'left' | 'right' | 'center';

export interface TableLayoutOptions {
  /** Requested widths; 0 means "share the spare room". */
  widths: readonly number[];
  alignments: readonly Alignment[];
  screenWidth: number;
  hideHeader?: boolean;
  leftIndent?: number;
  wordWrap?: boolean;
  /** Wraps each header piece (TableHeader on an ANSI host); identity for plain text. */
  headerStyle?: (text: string) => string;
}

const ESC = '\u001b';
const RESET = '\u001b[0m';

const MINIMUM_SCREEN_COLUMNS = 5;
const SEPARATOR = ' ';

export class TableWriter {
  private readonly widths: number[];
  private readonly alignments: readonly Alignment[];
  private readonly indent: number;
  private readonly hideHeader: boolean;
  private readonly wordWrap: boolean;
  private readonly headerStyle: (text: string) => string;
  /** Too narrow a screen, or every column hidden: pwsh then writes nothing. */
  private readonly disabled: boolean;

  constructor(options: TableLayoutOptions) {
    this.indent = Math.max(0, options.leftIndent ?? 0);
    this.alignments = options.alignments;
    this.hideHeader = options.hideHeader ?? false;
    this.wordWrap = options.wordWrap ?? false;
    this.headerStyle = options.headerStyle ?? ((t) => t);
    const usable = options.screenWidth - this.indent;
    this.widths = usable < MINIMUM_SCREEN_COLUMNS ? [] : calculateColumnWidths(options.widths, usable);
    this.disabled = !this.widths.some((w) => w >= 1);
  }

  /** The widths after fitting (-1 for a hidden column). */
  get columnWidths(): readonly number[] {
    return this.widths;
  }

  /** Label lines then the dash line; nothing when headers are hidden. */
  header(labels: readonly string[]): string[] {
    if (this.disabled || this.hideHeader) return [];
    const dashes = labels.map((label, k) => {
      const width = this.widths[k];
      if (width <= 0) return '';
      const count = label === '' ? width : Math.min(width, displayLength(label));
      return '-'.repeat(count);
    });
    return [...this.multiLineRow(labels, this.alignments, true), this.singleLineRow(dashes, this.alignments, true)];
  }

  /** One row: a single line (cut at the first newline) or, with `wrap`, as many lines as its cells need. */
  row(values: readonly string[], wrap: boolean, alignments: readonly Alignment[] = this.alignments): string[] {
    if (this.disabled) return [];
    return wrap ? this.multiLineRow(values, alignments) : [this.singleLineRow(values, alignments)];
  }

  private singleLineRow(values: readonly string[], alignments: readonly Alignment[], isHeader = false): string {
    let line = '';
    const last = this.widths.length - 1;
    for (let k = 0; k <= last; k++) {
      const width = this.widths[k];
      if (width <= 0) continue;
      line += k > 0 ? SEPARATOR : spaces(this.indent);
      // pwsh compares against the last column index, so a hidden last column leaves the visible one padded
      const field = fitField(values[k] ?? '', width, alignments[k], k !== last);
      if (isHeader) line += this.headerStyle(field);
      else line += field.includes(ESC) && !field.trimEnd().endsWith(RESET) ? field + RESET : field;
    }
    return line;
  }

  private multiLineRow(values: readonly string[], alignments: readonly Alignment[], isHeader = false): string[] {
    const visible = this.widths.map((w, k) => (w > 0 ? k : -1)).filter((k) => k >= 0);
    const cells = visible.map((column, i) => {
      const width = this.widths[column];
      const alignment = alignments[column];
      const pad = i < visible.length - 1;
      const lines = generateLines(values[column] ?? '', width, width, this.wordWrap).map((line) =>
        (pad || alignment !== 'left') && displayLength(line) < width ? fitField(line, width, alignment, pad) : line,
      );
      const lead = i > 0 ? SEPARATOR : spaces(this.indent);
      return lines.map((line) => lead + line);
    });
    const rowCount = Math.max(...cells.map((c) => c.length));
    const lastWithContent: number[] = [];
    for (let row = 0; row < rowCount; row++) {
      lastWithContent[row] = cells.reduce((found, c, col) => (c.length > row ? col : found), 0);
    }
    cells.forEach((lines, col) => {
      const blanks =
        col < cells.length - 1 ? this.widths[visible[col]] + (col > 0 ? SEPARATOR.length : this.indent) : 0;
      for (let row = lines.length; row < rowCount; row++) {
        lines.push(col > lastWithContent[row] ? '' : spaces(blanks));
      }
    });
    const out: string[] = [];
    for (let row = 0; row < rowCount; row++) {
      let line = '';
      cells.forEach((lines, col) => {
        const piece = col === lastWithContent[row] && rowCount > 1 ? lines[row].trimEnd() : lines[row];
        line += isHeader ? this.headerStyle(piece) : piece;
      });
      out.push(line);
    }
    return out;
  }
}

/** A value fitted to its column: padded per alignment, or cut with `…` (from the head when right-aligned). */
export function fitField(value: string, width: number, alignment: Alignment, padRight: boolean): string {
  let s = truncateAtNewLine(value);
  const length = displayLength(s);
  if (length < width) {
    const pad = width - length;
    if (alignment === 'right') return spaces(pad) + s;
    if (alignment === 'center') {
      const left = Math.floor(pad / 2);
      return spaces(left) + s + (padRight ? spaces(pad - left) : '');
    }
    return padRight ? s + spaces(pad) : s;
  }
  if (length > width) {
    const keep = width - ELLIPSIS.length;
    if (keep > 0) {
      s = alignment === 'right' ? ELLIPSIS + s.slice(tailStart(s, keep)) : s.slice(0, headSplitLength(s, keep)) + ELLIPSIS;
    } else {
      s = alignment === 'right' ? s.slice(tailStart(s, width)) : s.slice(0, headSplitLength(s, width));
    }
  }
  // a cut two-cell character leaves the cell one short
  if (displayLength(s) === width) return s;
  if (alignment === 'right') return ' ' + s;
  return padRight ? s + ' ' : s;
}
