// Writes format records as screen lines, as pwsh's OutCommandInner: a blank line before each table or list and
// after each table, list entries each followed by a blank line, group headers, and table column widths taken from
// the rows themselves when the view leaves them open (rows are held until the group ends or 300 ms have passed).

import { TableWriter } from '../layout/table-writer';
import { listEntryLines } from '../layout/list-writer';
import { displayLength } from '../text/display-cells';
import { generateLines, splitLines } from '../text/line-breaking';
import { PS_STYLE, type Styler } from '../style';
import {
  FormatStart,
  GroupStart,
  ListEntryRecord,
  OutOfBand,
  TableRow,
  TextEntry,
  type AnyFormatRecord,
  type FormatRecord,
  type TableHeaderInfo,
} from './format-records';

/** OutCommandInner's group cache timeout. */
export const GROUP_CACHE_MS = 300;

export interface LineSink {
  writeLine(text: string): void;
  /** Error display goes to the host's error channel. */
  writeErrorLine(text: string): void;
}

export interface OutputSettings {
  /** Usable columns: the buffer width - 1 for the console, the -Width for Out-String. */
  columns: number;
  wordWrap: boolean;
  style: Styler;
  /** Milliseconds clock (injectable for tests). */
  now?: () => number;
}

type Cached = TableRow | OutOfBand;

/** TableWriter.ComputeWideViewBestItemsPerRowFit: columns of `width` cells, 1-cell separators, below the screen width. */
function itemsPerRow(width: number, screenColumns: number): number {
  if (width <= 0 || screenColumns < 1 || width >= screenColumns) return 1;
  let columns = 1;
  while (width * (columns + 1) + columns < screenColumns) columns++;
  return columns;
}

export class LineOutputter {
  private shape?: FormatStart;
  private groups = 0;
  private table?: TableWriter;
  private cache?: Cached[];
  private cacheStarted = 0;
  private wideRow: string[] = [];
  private wideColumns = 2;
  /** Items held by Format-Wide -AutoSize until the group ends. */
  private wideCache?: string[];

  constructor(
    private readonly sink: LineSink,
    private readonly settings: OutputSettings,
  ) {}

  private now(): number {
    return (this.settings.now ?? Date.now)();
  }

  consume(record: FormatRecord): void {
    const r = record as AnyFormatRecord;
    if (this.cache && (r instanceof TableRow || r instanceof OutOfBand)) {
      this.cache.push(r);
      const info = this.shape?.table;
      if (!info?.autoSize && this.now() - this.cacheStarted > GROUP_CACHE_MS) this.flushCache();
      return;
    }
    switch (r.kind) {
      case 'formatStart':
        this.sink.writeLine('');
        this.shape = r;
        this.groups = 0;
        return;
      case 'groupStart':
        this.groupStart(r);
        return;
      case 'tableRow':
        this.tableRow(r);
        return;
      case 'listEntry':
        this.writeList(r);
        this.sink.writeLine('');
        return;
      case 'text':
        this.writeText(r);
        return;
      case 'outOfBand':
        this.outOfBand(r);
        return;
      case 'groupEnd':
        this.flush();
        return;
      case 'formatEnd':
        this.flush();
        if (this.shape?.shape !== 'list') this.sink.writeLine('');
        this.shape = undefined;
        this.table = undefined;
        return;
    }
  }

  /** End of input: whatever is still held is written. */
  flush(): void {
    this.flushCache();
    this.flushWideCache();
    this.flushWideRow();
  }

  private groupStart(r: GroupStart): void {
    if (this.groups++ > 0) this.sink.writeLine('');
    if (r.header !== undefined) {
      for (const line of generateLines(r.header, this.settings.columns, this.settings.columns, this.settings.wordWrap)) {
        this.sink.writeLine(line);
      }
      this.sink.writeLine('');
    }
    const info = this.shape?.table;
    if (this.shape?.shape === 'table' && info) {
      if (info.autoSize || info.widths[0] === 0) {
        this.cache = [];
        this.cacheStarted = this.now();
      } else {
        this.startTable(info, info.widths);
      }
    } else if (this.shape?.shape === 'wide') {
      const columns = this.shape.wideColumns ?? 2;
      if (columns > 0) this.startWide(columns);
      else this.wideCache = [];
    }
  }

  private startWide(columns: number): void {
    this.wideColumns = columns;
    this.table = new TableWriter({
      widths: new Array(columns).fill(0),
      alignments: new Array(columns).fill('left'),
      screenWidth: this.settings.columns,
      hideHeader: true,
      wordWrap: this.settings.wordWrap,
    });
  }

  /** Format-Wide -AutoSize: as many columns as items of the widest item's length fit. */
  private flushWideCache(): void {
    const items = this.wideCache;
    if (!items) return;
    this.wideCache = undefined;
    const widest = Math.max(0, ...items.map((item) => displayLength(item)));
    this.startWide(itemsPerRow(widest, this.settings.columns));
    for (const item of items) this.addWideItem(item);
  }

  private startTable(info: TableHeaderInfo, widths: number[]): void {
    const style = this.settings.style;
    this.table = new TableWriter({
      widths,
      alignments: info.alignments,
      screenWidth: this.settings.columns,
      hideHeader: info.hideHeader,
      wordWrap: this.settings.wordWrap,
      headerStyle: style.ansi ? (text) => PS_STYLE.tableHeader + text + PS_STYLE.reset : undefined,
    });
    for (const line of this.table.header(info.labels)) this.sink.writeLine(line);
  }

  private flushCache(): void {
    const cached = this.cache;
    const info = this.shape?.table;
    if (!cached || !info) return;
    this.cache = undefined;
    const rows = cached.filter((c): c is TableRow => c instanceof TableRow);
    const widths = info.labels.map((label, k) =>
      Math.max(displayLength(label), ...rows.map((row) => displayLength(row.cells[k] ?? ''))),
    );
    this.startTable(info, widths);
    for (const item of cached) {
      if (item instanceof TableRow) this.tableRow(item);
      else this.outOfBand(item);
    }
  }

  private tableRow(r: TableRow): void {
    if (this.shape?.shape === 'wide') {
      if (this.wideCache) this.wideCache.push(r.cells[0]);
      else this.addWideItem(r.cells[0]);
      return;
    }
    if (!this.table) return;
    for (const line of this.table.row(r.cells, this.shape?.table?.wrap ?? false)) this.sink.writeLine(line);
  }

  private addWideItem(item: string): void {
    this.wideRow.push(item);
    if (this.wideRow.length === this.wideColumns) this.flushWideRow();
  }

  private flushWideRow(): void {
    if (this.wideRow.length === 0 || !this.table) return;
    const cells = this.wideRow;
    this.wideRow = [];
    for (const line of this.table.row(cells, false)) this.sink.writeLine(line);
  }

  private writeList(r: ListEntryRecord): void {
    const style = this.settings.style;
    const labelStyle = style.ansi ? { label: (t: string) => PS_STYLE.formatAccent + t + PS_STYLE.reset } : undefined;
    for (const line of listEntryLines(r.labels, r.values, this.settings.columns, this.settings.wordWrap, labelStyle)) {
      this.sink.writeLine(line);
    }
  }

  private writeText(r: TextEntry): void {
    for (const line of splitLines(r.text)) {
      for (const part of generateLines(line, this.settings.columns, this.settings.columns, this.settings.wordWrap)) {
        this.sink.writeLine(part);
      }
    }
  }

  private outOfBand(r: OutOfBand): void {
    const c = r.content;
    if ('text' in c) this.sink.writeLine(c.text);
    else if ('errorText' in c) this.sink.writeErrorLine(c.errorText);
    else {
      this.sink.writeLine('');
      this.writeList(c.list);
      this.sink.writeLine('');
    }
  }
}
