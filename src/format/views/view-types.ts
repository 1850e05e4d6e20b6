// Format views as data (pwsh's .format.ps1xml): a view names the types it formats and says how — table columns, list
// items or custom text. Values are read by small accessor functions instead of script blocks.

import type { Alignment } from '../layout/table-writer';

/** Reads the value a column or list item shows (a property name, or the view's script block as a function). */
export type ValueAccessor = (target: unknown) => unknown;

export interface ViewItem {
  label?: string;
  /** A property name, or an accessor for what the view computes. */
  property: string | ValueAccessor;
}

export interface TableColumn extends ViewItem {
  /** 0 shares the screen's spare room. */
  width?: number;
  alignment?: Alignment;
}

export interface GroupBy {
  label: string;
  property: string | ValueAccessor;
  /** A custom group header (e.g. FileSystem's "    Directory: /path") instead of "   Label: value". */
  header?: (value: unknown) => string;
}

export interface TableView {
  kind: 'table';
  name: string;
  typeNames: readonly string[];
  groupBy?: GroupBy;
  /** Size columns from every row of a group (TableControl.Create(autoSize: true)). */
  autoSize?: boolean;
  /** Rows wrap their cells instead of cutting them (StartRowDefinition(wrap: true)). */
  wrap?: boolean;
  columns: readonly TableColumn[];
}

export interface ListEntry {
  /** The entry applies to these types; the entry without a selector applies to the rest. */
  selectedBy?: readonly string[];
  items: readonly ViewItem[];
}

export interface ListView {
  kind: 'list';
  name: string;
  typeNames: readonly string[];
  entries: readonly ListEntry[];
}

export interface CustomView {
  kind: 'custom';
  name: string;
  typeNames: readonly string[];
  /** The lines the view writes for one object. */
  text(target: unknown): string;
}

export type ViewDefinition = TableView | ListView | CustomView;
export type ViewShape = ViewDefinition['kind'];
