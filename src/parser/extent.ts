// Source positions: every AST node carries offsets only; lines and columns are computed on demand from one line table
// per source (peggy's `location()` on every node costs ~13% of parse time).

/** The text of one parsed input, with a lazily built table of line starts. */
export class SourceText {
  private lineStarts: number[] | undefined;
  /** The tree `parse` built from this text, so a tool holding any node can find its ancestors. */
  root?: unknown;

  constructor(readonly text: string, readonly fileName?: string) {}

  /** 1-based line and column of an offset, as pwsh reports them. */
  position(offset: number): SourcePosition {
    const starts = this.lines();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { offset, line: lo + 1, column: offset - starts[lo] + 1 };
  }

  /** The full text of a 1-based line, without its line terminator. */
  lineText(line: number): string {
    const starts = this.lines();
    const start = starts[line - 1] ?? this.text.length;
    let end = line < starts.length ? starts[line] : this.text.length;
    while (end > start && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    return this.text.slice(start, end);
  }

  private lines(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    this.lineStarts = starts;
    return starts;
  }
}

export interface SourcePosition {
  readonly offset: number;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

/** Where a node is: [start, end) offsets into `source.text` (the object peggy's `range()` returns). */
export interface Extent {
  readonly source: SourceText;
  readonly start: number;
  readonly end: number;
}

export function extentText(extent: Extent): string {
  return extent.source.text.slice(extent.start, extent.end);
}

export function extentStart(extent: Extent): SourcePosition {
  return extent.source.position(extent.start);
}

export function extentEnd(extent: Extent): SourcePosition {
  return extent.source.position(extent.end);
}
