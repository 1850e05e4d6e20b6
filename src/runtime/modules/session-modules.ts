// The session's module table and loader: Import-Module of manifests, script modules, scripts and folders (by path
// or by name through PSModulePath), dynamic modules (New-Module), Remove-Module, module-qualified command lookup
// and auto-loading. Built-in TypeScript modules appear here as PSModuleInfo objects over the cmdlet registry.

import * as fs from 'fs';
import * as pathMod from 'path';
import { parse } from '../../parser';
import { readScriptFile } from '../script-file';
import type * as A from '../../parser/ast';
import { Guid, Hashtable, PSError, ScriptBlock, Version } from '../values';
import { fmt } from '../messages';
import { Scope } from '../session/scope';
import type { CompiledFunction } from '../session/function-info';
import type { ExecContext } from '../compiler/context';
import { compileScriptBlockAst, CompiledScriptBlock } from '../compiler/scriptblocks';
import { wildcardRegex } from '../operators/regex';
import { ScriptProcessor } from '../pipeline/script-processor';
import { NO_INPUT } from '../pipeline/processor';
import { emptyInvocation, parseErrorRecord } from '../engine';
import type { CommandArgument } from '../binder/bind';
import { PSModuleInfo, ExportSelection } from './module-info';
import { readDataFile, stringList } from './data-file';
import { findModuleFiles, moduleFileAtPath, listModuleFolders, looksLikePath, satisfies, VersionConstraint, moduleFilesIn } from './module-path';
import { ModuleMsg } from './messages';
import { PSNODE_VERSION } from '../session/automatic';
import { isApprovedVerb } from './verbs';

/** A failure Import-Module reports as its own error record. */
export class ModuleLoadError extends Error {
  constructor(
    readonly errorId: string,
    message: string,
    readonly category: 'ResourceUnavailable' | 'InvalidOperation' | 'InvalidArgument' | 'ObjectNotFound',
    readonly exceptionType: string,
    readonly target: unknown,
  ) {
    super(message);
  }
}

export interface ImportOptions {
  global?: boolean;
  /** -Scope Local: into the caller's scope. */
  local?: boolean;
  prefix?: string;
  force?: boolean;
  args?: unknown[];
  version?: VersionConstraint;
  disableNameChecking?: boolean;
  /** Names to import (-Function/-Alias/-Variable/-Cmdlet); undefined imports everything exported. */
  only?: ExportSelection;
  /** Verbose lines (-Verbose). */
  verbose?(message: string): void;
  warning?(message: string): void;
}

export class SessionModules {
  /** Loaded modules, top-level and nested, in load order. */
  private readonly table: PSModuleInfo[] = [];
  private readonly builtInInfos = new Map<string, PSModuleInfo>();

  constructor(private readonly versions: (module: string) => string | undefined) {}

  // ---------------------------------------------------------------------------------------------------------------
  // The table

  loaded(all = false): PSModuleInfo[] {
    const nested = new Set(this.table.flatMap((m) => m.nestedModules));
    return this.table.filter((m) => all || !nested.has(m));
  }

  findLoaded(name: string): PSModuleInfo | undefined {
    const l = name.toLowerCase();
    return this.table.find((m) => m.name.toLowerCase() === l || m.path.toLowerCase() === l);
  }

  /** The PSModuleInfo of a built-in module (its commands are the registry's). */
  builtIn(ctx: ExecContext, name: string): PSModuleInfo | undefined {
    const l = name.toLowerCase();
    const hit = this.builtInInfos.get(l);
    if (hit) return hit;
    const commands = ctx.engine.registry.list().filter((c) => c.module.toLowerCase() === l);
    if (!commands.length || l === 'microsoft.powershell.core') return undefined;
    const m = new PSModuleInfo(commands[0].module);
    m.builtIn = true;
    m.moduleType = 'Manifest';
    m.version = Version.parse(this.versions(m.name) ?? '0.0') ?? new Version(0, 0);
    for (const c of commands) m.exportedCmdlets.set(c.name, c.name);
    for (const a of ctx.engine.registry.listAliases()) if (m.exportedCmdlets.has(a.target)) m.exportedAliases.set(a.alias, a.target);
    this.builtInInfos.set(l, m);
    return m;
  }

  /** Marks a built-in module loaded (a command of it was used or it was imported). */
  noteBuiltInUsed(ctx: ExecContext, moduleName: string): void {
    if (this.table.some((m) => m.name === moduleName)) return;
    const m = this.builtIn(ctx, moduleName);
    if (m && !ctx.engine.shadowedModules.has(moduleName.toLowerCase())) this.table.push(m);
  }

  /** The module whose code is running in this context. */
  current(ctx: ExecContext): PSModuleInfo | undefined {
    return ctx.scope.module;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Import

  /** Imports a module by name or path; returns it (already loaded and not -Force: the loaded one, re-exported). */
  importByName(ctx: ExecContext, name: string, opts: ImportOptions): PSModuleInfo {
    if (!looksLikePath(name)) {
      const existing = this.findLoaded(name);
      if (existing && !opts.force && (!opts.version || satisfies(existing.version, opts.version))) {
        this.importInto(ctx, existing, opts);
        return existing;
      }
      const file = this.locate(ctx, name, opts.version ?? {});
      if (!file) {
        const builtIn = this.builtIn(ctx, name);
        if (builtIn) {
          ctx.engine.shadowedModules.delete(builtIn.name.toLowerCase());
          if (!this.table.includes(builtIn)) this.table.push(builtIn);
          return builtIn;
        }
        throw new ModuleLoadError('Modules_ModuleNotFound', fmt(ModuleMsg.ModuleNotFound, name), 'ResourceUnavailable', 'System.IO.FileNotFoundException', name);
      }
      return this.importFile(ctx, file, opts);
    }
    const full = ctx.engine.resolvePath(name);
    const file = moduleFileAtPath(full);
    if (!file) throw new ModuleLoadError('Modules_ModuleNotFound', fmt(ModuleMsg.ModuleNotFound, name), 'ResourceUnavailable', 'System.IO.FileNotFoundException', name);
    return this.importFile(ctx, file, opts);
  }

  private locate(ctx: ExecContext, name: string, version: VersionConstraint): string | undefined {
    for (const file of findModuleFiles(name)) {
      if (!version.minimum && !version.maximum && !version.required) return file;
      if (!file.toLowerCase().endsWith('.psd1')) continue;
      const data = readDataFile(ctx, file);
      const v = Version.parse(String(data?.get('ModuleVersion') ?? ''));
      if (v && satisfies(v, version)) return file;
    }
    return undefined;
  }

  /** Loads a module file (a loaded one of the same path is replaced with -Force, else reused). */
  importFile(ctx: ExecContext, file: string, opts: ImportOptions): PSModuleInfo {
    const existing = this.table.find((m) => m.path === file || m.manifestPath === file);
    if (existing && !opts.force) {
      this.importInto(ctx, existing, opts);
      return existing;
    }
    if (existing) this.remove(ctx, existing, opts.verbose);
    const m = this.load(ctx, file, opts);
    this.table.push(m);
    this.importInto(ctx, m, opts);
    return m;
  }

  private load(ctx: ExecContext, file: string, opts: ImportOptions): PSModuleInfo {
    const ext = pathMod.extname(file).toLowerCase();
    if (ext === '.psd1') return this.loadManifest(ctx, file, opts);
    const m = new PSModuleInfo(pathMod.basename(file, pathMod.extname(file)));
    m.path = file;
    m.moduleBase = pathMod.dirname(file);
    this.runScriptModule(ctx, m, file, opts);
    return m;
  }

  private loadManifest(ctx: ExecContext, file: string, opts: ImportOptions): PSModuleInfo {
    const data = readDataFile(ctx, file) ?? new Hashtable();
    const m = new PSModuleInfo(pathMod.basename(file, '.psd1'));
    m.manifestPath = file;
    m.moduleBase = pathMod.dirname(file);
    m.path = file;
    m.moduleType = 'Manifest';
    applyManifestFields(m, data);
    if (m.powerShellVersion && m.powerShellVersion.compare(Version.parse(PSNODE_VERSION)!) > 0) {
      throw new ModuleLoadError(
        'Modules_InsufficientPowerShellVersion',
        fmt(ModuleMsg.PowerShellVersionTooLow, PSNODE_VERSION, file, m.powerShellVersion.toString()),
        'ResourceUnavailable',
        'System.InvalidOperationException',
        file,
      );
    }
    for (const spec of listOf(data.get('RequiredModules'))) {
      const name = spec instanceof Hashtable ? String(spec.get('ModuleName') ?? '') : String(spec);
      let req = this.findLoaded(name);
      if (!req) {
        try {
          req = this.importByName(ctx, name, { global: true, verbose: opts.verbose, warning: opts.warning });
        } catch (e) {
          if (!(e instanceof ModuleLoadError)) throw e;
          throw new ModuleLoadError('Modules_InvalidManifest', fmt(ModuleMsg.RequiredModuleNotLoaded, name, file), 'ResourceUnavailable', 'System.IO.FileNotFoundException', file);
        }
      }
      m.requiredModules.push(req);
    }
    for (const script of stringList(data.get('ScriptsToProcess'))) {
      const p = pathMod.resolve(m.moduleBase, script);
      m.scripts.push(p);
      runInScope(ctx, ctx.scope, compileFile(p), [], p);
    }
    const scope = this.newModuleScope(ctx, m);
    for (const nested of stringList(data.get('NestedModules'))) this.loadNested(ctx, m, scope, pathMod.resolve(m.moduleBase, nested), opts);
    const root = String(data.get('RootModule') ?? data.get('ModuleToProcess') ?? '');
    m.rootModule = root;
    if (root) {
      const rootFile = moduleFileAtPath(pathMod.resolve(m.moduleBase, root));
      if (!rootFile) throw new ModuleLoadError('Modules_ModuleNotFound', fmt(ModuleMsg.ModuleNotFound, root), 'ResourceUnavailable', 'System.IO.FileNotFoundException', root);
      m.path = rootFile;
      m.moduleType = 'Script';
      this.runScriptModule(ctx, m, rootFile, opts, scope);
    } else {
      this.collectExports(m, opts);
    }
    filterByManifest(m, data);
    return m;
  }

  private loadNested(ctx: ExecContext, parent: PSModuleInfo, parentScope: Scope, file: string, opts: ImportOptions): void {
    const resolved = moduleFileAtPath(file);
    if (!resolved) throw new ModuleLoadError('Modules_ModuleNotFound', fmt(ModuleMsg.ModuleNotFound, file), 'ResourceUnavailable', 'System.IO.FileNotFoundException', file);
    if (resolved.toLowerCase().endsWith('.ps1')) {
      // A script in NestedModules runs in the module's own scope.
      runInScope(ctx, parentScope, compileFile(resolved), [], resolved);
      return;
    }
    const nested = this.load(ctx, resolved, { ...opts, prefix: undefined, only: undefined });
    parent.nestedModules.push(nested);
    this.table.push(nested);
    this.exportTo(nested, parentScope, '', undefined);
  }

  private newModuleScope(ctx: ExecContext, m: PSModuleInfo): Scope {
    const scope = new Scope(ctx.engine.globalScope, 'script');
    scope.module = m;
    m.scope = scope;
    return scope;
  }

  private runScriptModule(ctx: ExecContext, m: PSModuleInfo, file: string, opts: ImportOptions, scope?: Scope): void {
    opts.verbose?.(fmt(ModuleMsg.LoadingModule, file));
    const compiled = compileFile(file);
    m.definition = compiled.ast.extent.source.text;
    const moduleScope = scope ?? this.newModuleScope(ctx, m);
    // The module script's output is discarded; its other streams reach the host.
    runInScope(ctx, moduleScope, compiled, opts.args ?? [], file);
    this.collectExports(m, opts);
  }

  /** Runs a dynamic module's body (New-Module). */
  newDynamic(ctx: ExecContext, name: string, body: ScriptBlock, args: unknown[], opts: ImportOptions): PSModuleInfo {
    const m = new PSModuleInfo(name || `__DynamicModule_${Guid.parse(randomGuid())!.toString()}`);
    m.moduleType = 'Script';
    m.definition = body.text;
    m.path = pathMod.join(ctx.engine.currentLocation(), randomGuid());
    const scope = this.newModuleScope(ctx, m);
    runInScope(ctx, scope, body.compiled as CompiledScriptBlock, args, '');
    this.collectExports(m, opts);
    return m;
  }

  /** Adds a module made elsewhere (New-Module -PassThru | Import-Module) to the table and imports it. */
  addAndImport(ctx: ExecContext, m: PSModuleInfo, opts: ImportOptions): void {
    if (!this.table.includes(m)) this.table.push(m);
    this.importInto(ctx, m, opts);
  }

  /** Imports a dynamic module's exports without listing it (New-Module without Import-Module). */
  importDynamic(ctx: ExecContext, m: PSModuleInfo, opts: ImportOptions): void {
    this.importInto(ctx, m, opts);
  }

  /** Fills the exported tables from the module scope and Export-ModuleMember's selection. */
  private collectExports(m: PSModuleInfo, opts: ImportOptions): void {
    const scope = m.scope!;
    const req = m.exportRequest;
    const pick = <T>(table: Map<string, T>, patterns: string[] | undefined, nameOf: (v: T) => string, into: Map<string, T>, msg: string) => {
      if (!patterns) return;
      const res = patterns.map((p) => wildcardRegex(p, true));
      for (const v of table.values()) {
        const n = nameOf(v);
        if (res.some((r) => r.test(n)) && !into.has(n)) {
          into.set(n, v);
          opts.verbose?.(fmt(msg, n));
        }
      }
    };
    const aliasEntries = new Map<string, { name: string; target: string }>();
    for (const [k, v] of scope.aliases) aliasEntries.set(k, { name: scope.aliasNames?.get(k) ?? k, target: v });
    pick(scope.functions, req ? req.functions ?? [] : ['*'], (f) => f.name, m.exportedFunctions, ModuleMsg.ExportingFunction);
    const aliases = new Map<string, { name: string; target: string }>();
    pick(aliasEntries, req ? req.aliases ?? [] : ['*'], (a) => a.name, aliases, ModuleMsg.ExportingAlias);
    for (const [n, a] of aliases) m.exportedAliases.set(n, a.target);
    pick(scope.vars, req?.variables ?? [], (v) => v.name, m.exportedVariables, ModuleMsg.ExportingVariable);
    // Functions imported from nested modules count as the module's own.
    for (const nested of m.nestedModules) for (const [n, f] of nested.exportedFunctions) if (!m.exportedFunctions.has(n) && !req) m.exportedFunctions.set(n, f);
  }

  /** Imports a module's exports into the scope Import-Module targets. */
  private importInto(ctx: ExecContext, m: PSModuleInfo, opts: ImportOptions): void {
    if (m.builtIn) return;
    const target = opts.local ? ctx.scope : opts.global || !ctx.scope.module ? ctx.engine.globalScope : ctx.scope.module.scope!;
    if (opts.prefix !== undefined) m.prefix = opts.prefix;
    const record = this.exportTo(m, target, m.prefix, opts.only);
    if (!opts.disableNameChecking) {
      const unapproved = record.functions.filter((n) => n.includes('-') && !isApprovedVerb(n.slice(0, n.indexOf('-'))));
      if (unapproved.length) {
        opts.warning?.(fmt(ModuleMsg.UnapprovedVerbs, m.name));
        for (const n of unapproved) opts.verbose?.(fmt(ModuleMsg.UnapprovedVerbCommand, n, m.name));
      }
    }
    for (const n of record.functions) opts.verbose?.(fmt(ModuleMsg.ImportingFunction, n));
    for (const n of record.aliases) opts.verbose?.(fmt(ModuleMsg.ImportingAlias, n));
    for (const n of record.variables) opts.verbose?.(fmt(ModuleMsg.ImportingVariable, n));
  }

  private exportTo(m: PSModuleInfo, target: Scope, prefix: string, only: ExportSelection | undefined) {
    const wanted = (list: string[] | undefined, name: string) => !list || list.some((p) => wildcardRegex(p, true).test(name));
    const record = { scope: target, functions: [] as string[], aliases: [] as string[], variables: [] as string[] };
    const renamed = new Map<string, string>();
    for (const [name, fn] of [...m.exportedFunctions].sort((a, b) => a[0].localeCompare(b[0]))) {
      if (!wanted(only?.functions, name)) continue;
      const imported = prefixed(name, prefix);
      renamed.set(name.toLowerCase(), imported);
      target.functions.set(imported.toLowerCase(), imported === name ? fn : renameFunction(fn, imported));
      record.functions.push(imported);
    }
    for (const [name, targetName] of m.exportedAliases) {
      if (!wanted(only?.aliases, name)) continue;
      const imported = prefix ? prefix + name : name;
      target.aliases.set(imported.toLowerCase(), renamed.get(targetName.toLowerCase()) ?? targetName);
      target.setAliasName(imported);
      record.aliases.push(imported);
    }
    for (const [name, v] of m.exportedVariables) {
      if (!wanted(only?.variables, name)) continue;
      target.vars.set(name.toLowerCase(), v);
      record.variables.push(name);
    }
    m.imports.push(record);
    return record;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Remove

  remove(ctx: ExecContext, m: PSModuleInfo, verbose?: (s: string) => void): void {
    for (const nested of m.nestedModules) if (this.table.includes(nested)) this.remove(ctx, nested, verbose);
    const i = this.table.indexOf(m);
    if (i >= 0) this.table.splice(i, 1);
    if (m.builtIn) {
      ctx.engine.shadowedModules.add(m.name.toLowerCase());
      return;
    }
    for (const rec of m.imports.splice(0)) {
      for (const n of rec.functions) {
        const f = rec.scope.functions.get(n.toLowerCase());
        if (f && f.module === m) {
          rec.scope.functions.delete(n.toLowerCase());
          verbose?.(fmt(ModuleMsg.RemovingFunction, n));
        }
      }
      for (const n of rec.aliases) {
        rec.scope.aliases.delete(n.toLowerCase());
        verbose?.(fmt(ModuleMsg.RemovingAlias, n));
      }
      for (const n of rec.variables) {
        if (rec.scope.vars.get(n.toLowerCase()) === m.exportedVariables.get(n)) rec.scope.vars.delete(n.toLowerCase());
        verbose?.(fmt(ModuleMsg.RemovingVariable, n));
      }
    }
    if (m.onRemove) ctx.engine.invokeScriptBlock(ctx, m.onRemove, [m]);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Discovery

  /** Modules under PSModulePath (Get-Module -ListAvailable): each folder's newest (or every) version. */
  available(ctx: ExecContext): Array<{ root: string; module: PSModuleInfo }> {
    const out: Array<{ root: string; module: PSModuleInfo }> = [];
    for (const { root, name } of listModuleFolders()) {
      for (const file of moduleFilesIn(pathMod.join(root, name), name)) out.push({ root, module: this.describe(ctx, file) });
    }
    return out;
  }

  /** A PSModuleInfo for a module file without running it (its manifest's data, or the functions a psm1 defines). */
  describe(ctx: ExecContext, file: string): PSModuleInfo {
    const m = new PSModuleInfo(pathMod.basename(file, pathMod.extname(file)));
    m.path = file;
    m.moduleBase = pathMod.dirname(file);
    if (file.toLowerCase().endsWith('.psd1')) {
      const data = readDataFile(ctx, file) ?? new Hashtable();
      m.moduleType = 'Manifest';
      applyManifestFields(m, data);
      const root = String(data.get('RootModule') ?? data.get('ModuleToProcess') ?? '');
      m.rootModule = root;
      const rootFile = root ? moduleFileAtPath(pathMod.resolve(m.moduleBase, root)) : undefined;
      if (rootFile && !rootFile.toLowerCase().endsWith('.psd1')) {
        m.moduleType = 'Script';
        m.path = rootFile;
      }
      const declared = stringList(data.get('FunctionsToExport')).filter((n) => !/[*?]/.test(n));
      const fromScript = rootFile && !data.has('FunctionsToExport') ? definedFunctions(rootFile) : [];
      for (const n of [...declared, ...fromScript]) m.exportedFunctions.set(n, undefined as unknown as CompiledFunction);
      for (const n of stringList(data.get('AliasesToExport')).filter((x) => !/[*?]/.test(x))) m.exportedAliases.set(n, '');
      m.path = file;
    } else {
      for (const n of definedFunctions(file)) m.exportedFunctions.set(n, undefined as unknown as CompiledFunction);
    }
    return m;
  }

  /** Auto-loading: imports the first module under PSModulePath that exports the command; true when one did. */
  autoLoad(ctx: ExecContext, commandName: string): boolean {
    const l = commandName.toLowerCase();
    for (const { module } of this.available(ctx)) {
      const names = [...module.exportedFunctions.keys(), ...module.exportedAliases.keys()];
      if (!names.some((n) => n.toLowerCase() === l)) continue;
      if (this.findLoaded(module.name)) continue;
      this.importFile(ctx, module.path, { global: true });
      return true;
    }
    return false;
  }

  /** `Module\Command`: the command a loaded (or loadable) module exports under that name. */
  qualified(ctx: ExecContext, moduleName: string, commandName: string): { fn?: CompiledFunction; cmdlet?: string } | undefined {
    let m = this.findLoaded(moduleName);
    if (!m && !ctx.engine.shadowedModules.has(moduleName.toLowerCase())) {
      const builtIn = this.builtIn(ctx, moduleName);
      if (builtIn) m = builtIn;
    }
    if (!m) {
      const file = findModuleFiles(moduleName)[0];
      if (!file) return undefined;
      m = this.importFile(ctx, file, { global: true });
    }
    const l = commandName.toLowerCase();
    for (const [n, fn] of m.exportedFunctions) if (prefixed(n, m.prefix).toLowerCase() === l || n.toLowerCase() === l) return { fn };
    for (const n of m.exportedCmdlets.keys()) if (n.toLowerCase() === l) return { cmdlet: n };
    const alias = [...m.exportedAliases].find(([n]) => n.toLowerCase() === l);
    if (alias) return this.qualified(ctx, moduleName, alias[1]);
    return undefined;
  }
}

function listOf(v: unknown): unknown[] {
  if (v === null || v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

function applyManifestFields(m: PSModuleInfo, data: Hashtable): void {
  const version = Version.parse(String(data.get('ModuleVersion') ?? ''));
  if (version) m.version = version;
  const text = (k: string) => (data.has(k) && data.get(k) !== null ? String(data.get(k)) : '');
  m.description = text('Description');
  m.author = text('Author');
  m.companyName = text('CompanyName');
  m.copyright = text('Copyright');
  m.guid = Guid.parse(text('GUID')) ?? Guid.Empty;
  m.powerShellVersion = Version.parse(text('PowerShellVersion')) ?? null;
  m.compatiblePSEditions = stringList(data.get('CompatiblePSEditions'));
  m.privateData = data.has('PrivateData') ? data.get('PrivateData') : null;
  const psData = m.privateData instanceof Hashtable ? m.privateData.get('PSData') : null;
  m.tags = psData instanceof Hashtable ? stringList(psData.get('Tags')) : [];
  m.typeFiles = stringList(data.get('TypesToProcess')).map((p) => pathMod.resolve(m.moduleBase, p));
  m.formatFiles = stringList(data.get('FormatsToProcess')).map((p) => pathMod.resolve(m.moduleBase, p));
}

/** A manifest's *ToExport lists narrow what the root module exported (absent: everything). */
function filterByManifest(m: PSModuleInfo, data: Hashtable): void {
  const narrow = <T>(key: string, table: Map<string, T>) => {
    if (!data.has(key)) return;
    const res = stringList(data.get(key)).map((p) => wildcardRegex(p, true));
    for (const n of [...table.keys()]) if (!res.some((r) => r.test(n))) table.delete(n);
  };
  narrow('FunctionsToExport', m.exportedFunctions);
  narrow('AliasesToExport', m.exportedAliases);
  narrow('VariablesToExport', m.exportedVariables);
  narrow('CmdletsToExport', m.exportedCmdlets);
}

/** `Verb-Noun` with a prefix: `Verb-PrefixNoun`; a name without a dash gets the prefix in front. */
export function prefixed(name: string, prefix: string): string {
  if (!prefix) return name;
  const dash = name.indexOf('-');
  return dash < 0 ? prefix + name : name.slice(0, dash + 1) + prefix + name.slice(dash + 1);
}

function renameFunction(fn: CompiledFunction, name: string): CompiledFunction {
  return Object.create(fn, { name: { value: name, enumerable: true } }) as CompiledFunction;
}

const compiledFiles = new Map<string, { stamp: string; compiled: CompiledScriptBlock }>();

/** A module file compiled once per version of the file (re-imports with -Force do not parse it again). */
function compileFile(path: string): CompiledScriptBlock {
  const st = fs.statSync(path);
  const stamp = `${st.mtimeMs}:${st.size}`;
  const hit = compiledFiles.get(path);
  if (hit && hit.stamp === stamp) return hit.compiled;
  const parsed = parse(readScriptFile(path), path);
  if (!parsed.ast) throw new PSError(parseErrorRecord(parsed.errors));
  const compiled = compileScriptBlockAst(parsed.ast);
  compiledFiles.set(path, { stamp, compiled });
  return compiled;
}

/** Runs a compiled script in a scope as a dot-sourced script (output discarded, $PSScriptRoot set). */
function runInScope(ctx: ExecContext, scope: Scope, compiled: CompiledScriptBlock, args: unknown[], file: string): void {
  const inner = ctx.withScope(scope, { invocation: emptyInvocation(), scriptPath: file });
  const proc = new ScriptProcessor(inner, compiled, args.map((value) => ({ kind: 'value', value }) as CommandArgument), () => {}, {
    name: file ? pathMod.basename(file) : '',
    dotSource: true,
    isFilter: false,
    invocation: emptyInvocation(),
    expectingInput: false,
    module: scope.module,
  });
  proc.begin();
  proc.process(NO_INPUT);
  proc.end();
}

/** Names of the functions a script defines at its top level (for auto-loading without running it). */
function definedFunctions(file: string): string[] {
  let parsed;
  try {
    parsed = parse(readScriptFile(file), file);
  } catch {
    return [];
  }
  const out: string[] = [];
  const statements = parsed.ast?.endBlock?.statements ?? [];
  for (const s of statements as A.StatementAst[]) if (s.type === 'FunctionDefinitionAst') out.push((s as A.FunctionDefinitionAst).name);
  return out;
}

function randomGuid(): string {
  return require('crypto').randomUUID();
}
