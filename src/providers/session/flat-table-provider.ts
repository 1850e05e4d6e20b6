// The flat providers over named tables (pwsh's SessionStateProviderBase): Environment, Variable, Function, Alias.
// One container (the drive root) of named leaf items; no navigation, so items carry no PSParentPath/PSChildName.
// Content is the item's value, which is also what variable notation ($env:X, $function:f) reads and writes.

import type {
  Provider, ProviderCallOptions, ProviderChild, NewItemRequest, ProviderCapability,
} from '../../runtime/providers-api';
import { providerError } from '../core/provider-errors';
import { ProviderMsg, fmt } from '../core/messages';
import { toStr } from '../../runtime/convert';

export interface NamedTable {
  /** Entries in listing order. */
  list(): { name: string; item: unknown }[];
  get(name: string): unknown;
  getValue(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
}

export class FlatTableProvider implements Provider {
  readonly moduleName = 'Microsoft.PowerShell.Core';
  readonly capabilities: readonly ProviderCapability[] = ['ShouldProcess'];
  readonly separator = '/' as const;
  readonly isNavigation = false;

  constructor(
    readonly name: string,
    private readonly table: NamedTable,
    readonly caseSensitive = false,
    /** Clear-Item and a $null Set-Item keep the item with a $null value (variables) instead of removing it. */
    private readonly nullValuesStay = false,
  ) {}

  /** The item name of a provider path ('' is the drive root, the only container). */
  private nameOf(path: string): string {
    return path.replace(/^\/+|\/+$/g, '');
  }

  private find(path: string): { name: string; item: unknown } | undefined {
    const name = this.nameOf(path);
    if (this.caseSensitive) return this.table.list().find((e) => e.name === name);
    const lower = name.toLowerCase();
    return this.table.list().find((e) => e.name.toLowerCase() === lower);
  }

  itemExists(path: string): boolean {
    return this.nameOf(path) === '' || this.find(path) !== undefined;
  }

  isContainer(path: string): boolean {
    return this.nameOf(path) === '';
  }

  getItem(path: string): unknown {
    if (this.nameOf(path) === '') return undefined;
    return this.find(path)?.item;
  }

  getChildItems(path: string, _opts: ProviderCallOptions): ProviderChild[] {
    if (this.nameOf(path) !== '') {
      const e = this.find(path);
      return e ? [{ name: e.name, isContainer: false, item: e.item }] : [];
    }
    return this.table.list().map((e) => ({ name: e.name, isContainer: false, item: e.item }));
  }

  newItem(path: string, request: NewItemRequest, opts: ProviderCallOptions): unknown {
    const name = this.nameOf(path);
    if (request.value === null || request.value === undefined) {
      throw providerError('NewItemValueNotSpecified', fmt(ProviderMsg.ArgumentNull, 'value'), 'InvalidArgument',
        'System.Management.Automation.PSArgumentNullException', name);
    }
    if (opts.shouldProcess && !opts.shouldProcess(fmt(ProviderMsg.NewItemTarget, name, '', String(request.value)), ProviderMsg.NewItemAction)) return undefined;
    if (this.find(path) && !opts.force) {
      throw providerError('Argument', fmt(ProviderMsg.ItemExists, name), 'InvalidArgument',
        'System.Management.Automation.PSArgumentException', null);
    }
    this.table.set(name, request.value);
    return this.find(path)?.item;
  }

  removeItem(path: string, _recurse: boolean, opts: ProviderCallOptions): void {
    const e = this.find(path);
    if (!e || (opts.shouldProcess && !opts.shouldProcess(fmt(ProviderMsg.ItemTarget, e.name), ProviderMsg.RemoveItemAction))) return;
    this.table.remove(e.name);
  }

  private transfer(path: string, destination: string, opts: ProviderCallOptions, action: string): { name: string; target: string } | undefined {
    const e = this.find(path)!;
    const target = this.nameOf(destination);
    if (opts.shouldProcess && !opts.shouldProcess(fmt(ProviderMsg.ItemDestinationTarget, e.name, target), action)) return undefined;
    this.table.set(target, this.table.getValue(e.name));
    return { name: e.name, target };
  }

  copyItem(path: string, destination: string, _recurse: boolean, opts: ProviderCallOptions): unknown {
    const done = this.transfer(path, destination, opts, ProviderMsg.CopyItemAction);
    return done && this.find(done.target)?.item;
  }

  moveItem(path: string, destination: string, opts: ProviderCallOptions): unknown {
    const done = this.transfer(path, destination, opts, ProviderMsg.MoveItemAction);
    if (!done) return undefined;
    this.table.remove(done.name);
    return this.find(done.target)?.item;
  }

  renameItem(path: string, newName: string, opts: ProviderCallOptions): unknown {
    const done = this.transfer(path, newName, opts, ProviderMsg.RenameAction);
    if (!done) return undefined;
    this.table.remove(done.name);
    return this.find(done.target)?.item;
  }

  clearItem(path: string, opts: ProviderCallOptions): void {
    const e = this.find(path)!;
    if (opts.shouldProcess && !opts.shouldProcess(fmt(ProviderMsg.ItemTarget, e.name), ProviderMsg.ClearItemAction)) return;
    this.store(e.name, null);
  }

  setItem(path: string, value: unknown, opts: ProviderCallOptions): unknown {
    const name = this.find(path)?.name ?? this.nameOf(path);
    if (opts.shouldProcess && !opts.shouldProcess(fmt(ProviderMsg.SetItemTarget, name, toStr(value)), ProviderMsg.SetItemAction)) return undefined;
    this.store(name, value);
    return this.find(path)?.item;
  }

  /** Gives an item its value; $null removes it unless null values stay. */
  private store(name: string, value: unknown): void {
    if ((value === null || value === undefined) && !this.nullValuesStay) {
      if (this.find(name)) this.table.remove(name);
    } else this.table.set(name, value ?? null);
  }

  readValue(path: string): unknown {
    const e = this.find(path);
    return e ? this.table.getValue(e.name) : null;
  }

  writeValue(path: string, value: unknown): void {
    const name = this.nameOf(path);
    if (value === null || value === undefined) {
      const e = this.find(path);
      if (e) this.table.remove(e.name);
    } else this.table.set(this.find(path)?.name ?? name, value);
  }
}
