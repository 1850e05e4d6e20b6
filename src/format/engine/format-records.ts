// The records a formatter hands to an outputter (pwsh's FormatStartData, GroupStartData, FormatEntryData, ...):
// Format-Table and Format-List emit them into the pipeline; Out-Default and Out-String turn them into lines.

import type { Alignment } from '../layout/table-writer';

export interface TableHeaderInfo {
  labels: string[];
  /** 0 = automatic. */
  widths: number[];
  alignments: Alignment[];
  hideHeader: boolean;
  /** -AutoSize: size columns from every row of the group, without pwsh's 300 ms cache timeout. */
  autoSize: boolean;
  /** -Wrap: cells wrap instead of being cut. */
  wrap: boolean;
}

export type Shape = 'table' | 'list' | 'custom' | 'wide';

/** Base class so pipeline code can tell format records from ordinary objects. */
export abstract class FormatRecord {
  abstract readonly kind: string;
}

export class FormatStart extends FormatRecord {
  readonly kind = 'formatStart';
  constructor(
    readonly shape: Shape,
    readonly table?: TableHeaderInfo,
    /** Format-Wide: columns per row (0 = -AutoSize: as many as the widest item allows). */
    readonly wideColumns?: number,
  ) {
    super();
  }
}

export class GroupStart extends FormatRecord {
  readonly kind = 'groupStart';
  /** The `   Label: value` header text, when the view groups. */
  constructor(readonly header?: string) {
    super();
  }
}

export class GroupEnd extends FormatRecord {
  readonly kind = 'groupEnd';
}

export class FormatEnd extends FormatRecord {
  readonly kind = 'formatEnd';
}

export class TableRow extends FormatRecord {
  readonly kind = 'tableRow';
  constructor(readonly cells: string[]) {
    super();
  }
}

export class ListEntryRecord extends FormatRecord {
  readonly kind = 'listEntry';
  constructor(
    readonly labels: string[],
    readonly values: string[],
  ) {
    super();
  }
}

export class TextEntry extends FormatRecord {
  readonly kind = 'text';
  constructor(readonly text: string) {
    super();
  }
}

/** An object shown on its own, outside the current view: a scalar's text, a list entry, or error text. */
export class OutOfBand extends FormatRecord {
  readonly kind = 'outOfBand';
  constructor(readonly content: { text: string } | { list: ListEntryRecord } | { errorText: string }) {
    super();
  }
}

export type AnyFormatRecord = FormatStart | GroupStart | GroupEnd | FormatEnd | TableRow | ListEntryRecord | TextEntry | OutOfBand;
