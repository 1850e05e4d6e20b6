// Runs the Management cmdlets directly against a provider state (no parser or binder): parameters are given by
// canonical name as the binder would bind them (after their argument transformations, e.g. -Encoding); output objects
// and error records are collected.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CommandContext, CommandDefinition, SessionHandle } from '../../src/runtime/command-types';
import type { SessionTable, SessionTables } from '../../src/runtime/providers-api';
import { ErrorRecord, PSObject, DictionaryEntry } from '../../src/runtime/values';
import { createSessionProviders, SessionProvidersState } from '../../src/providers';
import { fileSystemDynamicParameters } from '../../src/providers/filesystem/dynamic-parameters';

/** A tiny in-memory table (variables, aliases or functions) listed in insertion order. */
export class MemoryTable implements SessionTable {
  readonly entries = new Map<string, { name: string; value: unknown }>();
  constructor(private readonly typeName: string) {}
  list() {
    return [...this.entries.values()].map((e) => ({ name: e.name, item: this.itemOf(e) }));
  }
  private itemOf(e: { name: string; value: unknown }) {
    return PSObject.fromEntries([['Name', e.name], ['Value', e.value]], [this.typeName, 'System.Object']);
  }
  get(name: string) {
    const e = this.entries.get(name.toLowerCase());
    return e && this.itemOf(e);
  }
  getValue(name: string) {
    return this.entries.get(name.toLowerCase())?.value ?? null;
  }
  set(name: string, value: unknown) {
    const e = this.entries.get(name.toLowerCase());
    if (e) e.value = value;
    else this.entries.set(name.toLowerCase(), { name, value });
  }
  remove(name: string) {
    this.entries.delete(name.toLowerCase());
  }
}

export interface TestSession {
  state: SessionProvidersState;
  tables: SessionTables & { variables: MemoryTable; aliases: MemoryTable; functions: MemoryTable };
  session: SessionHandle;
  dir: string;
}

export class Terminated extends Error {
  constructor(readonly record: ErrorRecord) {
    super(record.exception.message);
  }
}

/** A session with the core providers only, whose current location is a fresh temporary directory. */
export function newSession(): TestSession {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-prov-')));
  const tables = {
    variables: new MemoryTable('System.Management.Automation.PSVariable'),
    aliases: new MemoryTable('System.Management.Automation.AliasInfo'),
    functions: new MemoryTable('System.Management.Automation.FunctionInfo'),
  };
  const services = new Map<string, unknown>();
  const session = {
    service<T>(key: string, create: () => T): T {
      if (!services.has(key)) services.set(key, create());
      return services.get(key) as T;
    },
  } as unknown as SessionHandle & { providers?: unknown };
  const state = createSessionProviders(tables, dir, []);
  session.providers = state;
  return { state, tables, session, dir };
}

export function removeSession(t: TestSession): void {
  fs.rmSync(t.dir, { recursive: true, force: true });
}

export interface RunResult {
  output: unknown[];
  errors: ErrorRecord[];
  warnings: string[];
}

/** Runs a cmdlet with bound parameters (and optional pipeline input objects, one process() call each). */
export function run(
  t: TestSession,
  def: CommandDefinition<any>,
  params: Record<string, unknown> = {},
  options: { set?: string; input?: unknown[] } = {},
): RunResult {
  const output: unknown[] = [];
  const errors: ErrorRecord[] = [];
  const warnings: string[] = [];
  const bound = { ...params };
  for (const p of [...def.parameters, ...(fileSystemDynamicParameters(def.name) ?? [])]) {
    if (p.transformArgument && bound[p.name] !== undefined && bound[p.name] !== null) bound[p.name] = p.transformArgument(bound[p.name]);
  }
  const ctx = {
    params: bound,
    boundParameterNames: new Set(Object.keys(params)),
    parameterSetName: options.set ?? def.defaultParameterSet ?? '__AllParameterSets',
    inputObject: undefined,
    writeObject: (v: unknown) => output.push(v),
    writeError: (r: ErrorRecord) => errors.push(r),
    writeWarning: (m: string) => warnings.push(m),
    throwTerminatingError: (r: ErrorRecord) => {
      throw new Terminated(r);
    },
    session: t.session,
  } as unknown as CommandContext<any>;
  def.begin?.(ctx);
  if (options.input) {
    for (const item of options.input) {
      bound.Value = [item];
      def.process?.(ctx);
    }
  } else def.process?.(ctx);
  def.end?.(ctx);
  return { output, errors, warnings };
}

/** What `"$x"` prints for the values tests compare. */
export function text(v: unknown): string {
  if (v instanceof PSObject) return text(v.baseObject);
  if (v instanceof DictionaryEntry) return `${v.Key}=${v.Value}`;
  return String(v);
}

/** Error record as pwsh's `"$($r.FullyQualifiedErrorId) | $($r.CategoryInfo) | type | message"` without the command. */
export function errorLine(r: ErrorRecord): string {
  return `${r.errorId} | ${r.categoryInfo.category} | ${r.exception.typeName} | ${r.exception.message}`;
}

export function note(v: unknown, name: string): unknown {
  return (v as PSObject).getMember(name)?.value;
}
