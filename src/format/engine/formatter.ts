// Turns objects into format records, as pwsh's format-default / Format-Table / Format-List do: the first object fixes
// the view (a registered type view, else a table for up to 4 properties and a list for more); scalars, errors and
// objects the view does not apply to go out-of-band; a change of the group-by value starts a new group.

import { ErrorRecord, PSObject, ScriptBlock, baseObject, isNull, toDisplayString, typeNamesOf } from '../../runtime/values';
import type { Alignment } from '../layout/table-writer';
import { fieldItems, fieldText, isScalar } from '../values/field-text';
import { fixedPointText } from '../values/fixed-point';
import { findView } from '../views';
import type { CustomView, ListView, TableView, ViewItem } from '../views/view-types';
import {
  FormatEnd,
  FormatRecord,
  FormatStart,
  GroupEnd,
  GroupStart,
  ListEntryRecord,
  OutOfBand,
  TableRow,
  TextEntry,
} from './format-records';
import { allProperties, byName, expandProperties, type PropertyRequest, type PropertySpec } from './property-specs';

/** PropertyCountForTable: objects with more display properties than this are shown as a list. */
const PROPERTY_COUNT_FOR_TABLE = 4;
/** A table built from properties shows at most this many columns. */
const MAX_TABLE_COLUMNS = 10;
const DEFAULT_WIDE_COLUMNS = 2;

export interface FormatRequest {
  /** undefined: Out-Default's own choice. */
  shape?: 'table' | 'list' | 'wide';
  properties?: PropertyRequest[];
  groupBy?: PropertyRequest;
  autoSize?: boolean;
  hideTableHeaders?: boolean;
  wrap?: boolean;
  /** Format-Wide -Column. */
  columns?: number;
}

export interface FormatterEnvironment {
  /** $global:FormatEnumerationLimit, read when a value is formatted. */
  enumerationLimit(): number;
  /** The culture's NumberDecimalDigits for floating-point cells (2 when absent: invariant culture). */
  decimalDigits?: number;
  /** Text for an ErrorRecord (ConciseView, NormalView, ...), from the error stream or written as data. */
  renderError(record: ErrorRecord, asData: boolean): string;
  /**
   * True when the host passes error-stream records through processError(): an ErrorRecord given to process() is
   * then output data (shown on stdout). False: every ErrorRecord is taken as an error-stream record.
   */
  separateErrorStream?: boolean;
  emit(record: FormatRecord): void;
}

type ActiveView =
  | { kind: 'table'; columns: PropertySpec[]; fromProperties: boolean; typeView?: TableView }
  | { kind: 'list'; listView?: ListView; properties?: PropertyRequest[] }
  | { kind: 'custom'; view: CustomView }
  | { kind: 'wide'; item: PropertySpec };

function toSpec(item: ViewItem): PropertySpec {
  if (typeof item.property === 'string') return { ...byName(item.property), label: item.label ?? item.property };
  return { label: item.label ?? '', get: item.property };
}

/** A column's or item's value; an expression that fails shows as empty, as in pwsh (GetExpressionDisplayValue). */
function valueOf(spec: PropertySpec, target: unknown): unknown {
  try {
    return spec.get(target);
  } catch {
    return null;
  }
}

function hasProperties(target: unknown): boolean {
  if (target instanceof PSObject && target.isCustomObject) return target.members.size > 0;
  return allProperties(target).length > 0;
}

/** ComputeDefaultAlignment: strings left, other scalar types (numbers, bool, SecureString, enums) right. */
function defaultAlignment(value: unknown): Alignment {
  if (isNull(value) || typeof baseObject(value) === 'string') return 'left';
  return isScalar(value) ? 'right' : 'left';
}

export class Formatter {
  private active?: ActiveView;
  private groupBy?: PropertySpec;
  /** The view's custom group header, when it has one. */
  private groupHeaderText?: (value: unknown) => string;
  private groupRaw?: unknown;
  private groupValue?: string;
  /** Read once, at the first value formatted: later changes do not affect this command (as in pwsh). */
  private limit?: number;

  constructor(
    private readonly request: FormatRequest,
    private readonly env: FormatterEnvironment,
  ) {}

  /** An error-stream record: shown on the host's error channel, in order with the output. */
  processError(record: ErrorRecord): void {
    const errorText = this.env.renderError(record, false);
    // a view that shows nothing (pwsh's ConciseView failing on its own input) prints no line either
    if (errorText !== '') this.env.emit(new OutOfBand({ errorText }));
  }

  process(input: unknown): void {
    if (isNull(input)) return;
    // Out-Default and Format-* show a collection's items, and a dictionary's entries, one by one
    const items = fieldItems(input);
    if (items) {
      for (const item of items) this.processItem(item);
      return;
    }
    this.processItem(input);
  }

  private processItem(target: unknown): void {
    if (isNull(target)) return;
    if (target instanceof FormatRecord) {
      // records of an upstream Format-* command end this formatter's own view and pass through
      this.close();
      this.env.emit(target);
      return;
    }
    const inner = baseObject(target);
    if (inner instanceof ErrorRecord) {
      if (this.env.separateErrorStream) this.env.emit(new OutOfBand({ text: this.env.renderError(inner, true) }));
      else this.processError(inner);
      return;
    }
    // a script block prints its text, like a scalar
    if (isScalar(target) || inner instanceof ScriptBlock) {
      this.env.emit(new OutOfBand({ text: toDisplayString(target) }));
      return;
    }
    if (!hasProperties(target) && !this.hasTypeView(target)) {
      // nothing to lay out: pwsh writes the object's ToString(), which is empty for a custom object
      const text = target instanceof PSObject && target.isCustomObject ? '' : toDisplayString(target);
      if (text !== '') this.env.emit(new OutOfBand({ text }));
      return;
    }
    if (!this.active) {
      this.active = this.chooseView(target);
      if (!this.active) return;
      this.env.emit(this.formatStart(target, this.active));
      this.groupBy = this.groupSpec(this.active);
      this.groupValue = this.groupText(target);
      this.env.emit(new GroupStart(this.groupHeader()));
    }
    if (!this.applies(this.active, target)) {
      // shown alone as a list, or by its ToString() when it has no properties
      const properties = allProperties(target);
      this.env.emit(
        new OutOfBand(properties.length ? { list: this.listEntry(properties, target) } : { text: toDisplayString(target) }),
      );
      return;
    }
    if (this.groupBy) {
      const value = this.groupText(target);
      if (value !== this.groupValue) {
        this.groupValue = value;
        this.env.emit(new GroupEnd());
        this.env.emit(new GroupStart(this.groupHeader()));
      }
    }
    this.env.emit(this.entry(this.active, target));
  }

  end(): void {
    this.close();
  }

  private close(): void {
    if (!this.active) return;
    this.env.emit(new GroupEnd());
    this.env.emit(new FormatEnd());
    this.active = undefined;
  }

  private text(value: unknown): string {
    this.limit ??= this.env.enumerationLimit();
    return fieldText(value, this.limit);
  }

  private hasTypeView(target: unknown): boolean {
    return !this.request.properties && findView(typeNamesOf(target), this.request.shape === 'wide' ? undefined : this.request.shape) !== undefined;
  }

  private chooseView(target: unknown): ActiveView | undefined {
    const { shape, properties } = this.request;
    const typeNames = typeNamesOf(target);
    if (shape === 'wide') {
      const item = properties?.length ? expandProperties(properties, target)[0] : allProperties(target)[0];
      return item ? { kind: 'wide', item } : undefined;
    }
    if (!properties) {
      const view = findView(typeNames, shape);
      if (view?.kind === 'table') return { kind: 'table', columns: view.columns.map(toSpec), fromProperties: false, typeView: view };
      if (view?.kind === 'list') return { kind: 'list', listView: view };
      if (view?.kind === 'custom') return { kind: 'custom', view };
    }
    const specs = properties ? expandProperties(properties, target) : allProperties(target);
    if (specs.length === 0) return undefined;
    const asTable = shape === 'table' || (shape === undefined && specs.length <= PROPERTY_COUNT_FOR_TABLE);
    if (asTable) return { kind: 'table', columns: specs.slice(0, MAX_TABLE_COLUMNS), fromProperties: true };
    return { kind: 'list', properties };
  }

  private groupSpec(view: ActiveView): PropertySpec | undefined {
    const requested = this.request.groupBy;
    if (requested !== undefined) return typeof requested === 'string' ? byName(requested) : requested;
    if (view.kind === 'table' && view.typeView?.groupBy) {
      this.groupHeaderText = view.typeView.groupBy.header;
      return toSpec(view.typeView.groupBy);
    }
    return undefined;
  }

  /** The group-by value's text; undefined when the object has none (it then gets no group header). */
  private groupText(target: unknown): string | undefined {
    if (!this.groupBy) return undefined;
    const value = valueOf(this.groupBy, target);
    this.groupRaw = value;
    return isNull(value) ? undefined : this.text(value);
  }

  private groupHeader(): string | undefined {
    if (!this.groupBy || this.groupValue === undefined) return undefined;
    if (this.groupHeaderText) return this.groupHeaderText(this.groupRaw);
    return `   ${this.groupBy.label}: ${this.groupValue}`;
  }

  private formatStart(first: unknown, view: ActiveView): FormatStart {
    if (view.kind === 'table') {
      const typeColumns = view.typeView?.columns;
      return new FormatStart('table', {
        labels: view.columns.map((c) => c.label),
        widths: view.columns.map((c, k) => c.width ?? typeColumns?.[k].width ?? 0),
        alignments: view.columns.map(
          (c, k) => c.alignment ?? typeColumns?.[k].alignment ?? (view.fromProperties ? defaultAlignment(valueOf(c, first)) : 'left'),
        ),
        hideHeader: this.request.hideTableHeaders ?? false,
        autoSize: this.request.autoSize ?? view.typeView?.autoSize ?? false,
        wrap: this.request.wrap ?? view.typeView?.wrap ?? false,
      });
    }
    if (view.kind === 'wide') return new FormatStart('wide', undefined, this.request.columns ?? DEFAULT_WIDE_COLUMNS);
    return new FormatStart(view.kind);
  }

  private applies(view: ActiveView, target: unknown): boolean {
    const declared = view.kind === 'table' ? view.typeView?.typeNames : view.kind === 'list' ? view.listView?.typeNames : view.kind === 'custom' ? view.view.typeNames : undefined;
    if (!declared) return true;
    return typeNamesOf(target).some((n) => declared.includes(n));
  }

  private entry(view: ActiveView, target: unknown): FormatRecord {
    switch (view.kind) {
      case 'table':
        return new TableRow(view.columns.map((c) => this.cell(valueOf(c, target), view.fromProperties)));
      case 'wide':
        return new TableRow([this.text(valueOf(view.item, target))]);
      case 'custom':
        return new TextEntry(view.view.text(target));
      case 'list': {
        if (view.listView) {
          const names = typeNamesOf(target);
          const entry =
            view.listView.entries.find((e) => e.selectedBy?.some((n) => names.includes(n))) ??
            view.listView.entries.find((e) => !e.selectedBy)!;
          return this.listEntry(entry.items.map(toSpec), target);
        }
        const specs = view.properties ? expandProperties(view.properties, target) : allProperties(target);
        return this.listEntry(specs, target);
      }
    }
  }

  private cell(value: unknown, fromProperties: boolean): string {
    return (fromProperties ? fixedPointText(baseObject(value), this.env.decimalDigits) : undefined) ?? this.text(value);
  }

  private listEntry(specs: PropertySpec[], target: unknown): ListEntryRecord {
    return new ListEntryRecord(
      specs.map((s) => s.label),
      specs.map((s) => this.text(valueOf(s, target))),
    );
  }
}
