// The cmdlet registry: module manifests list each cmdlet's name, aliases and a lazy loader, so start-up pays only
// for the cmdlets a script uses. The host adds manifests; the embedding API registers TypeScript cmdlets directly.

import type { CommandDefinition } from '../command-types';

export interface ManifestEntry {
  name: string;
  aliases?: string[];
  /** Loads the cmdlet's definition (a require of its file). */
  load(): CommandDefinition;
}

export interface ModuleManifest {
  /** Module name, e.g. 'Microsoft.PowerShell.Utility'. */
  name: string;
  commands: ManifestEntry[];
}

interface Entry {
  name: string;
  module: string;
  load(): CommandDefinition;
  def?: CommandDefinition;
}

export class CommandRegistry {
  private readonly byName = new Map<string, Entry>();
  private readonly aliases = new Map<string, { name: string; target: string }>();

  addManifest(m: ModuleManifest): void {
    for (const c of m.commands) {
      this.byName.set(c.name.toLowerCase(), { name: c.name, module: m.name, load: c.load });
      for (const a of c.aliases ?? []) this.aliases.set(a.toLowerCase(), { name: a, target: c.name });
    }
  }

  /** Registers a loaded cmdlet (embedding API); replaces one of the same name. */
  register(def: CommandDefinition, aliases: string[] = []): void {
    this.byName.set(def.name.toLowerCase(), { name: def.name, module: def.module, load: () => def, def });
    for (const a of aliases) this.aliases.set(a.toLowerCase(), { name: a, target: def.name });
  }

  /** The cmdlet named exactly (case-insensitive), loading it on first use. */
  get(name: string): CommandDefinition | undefined {
    const e = this.byName.get(name.toLowerCase());
    if (!e) return undefined;
    if (!e.def) {
      e.def = e.load();
      if (!e.def.module) e.def.module = e.module;
    }
    return e.def;
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  /** The module of a cmdlet, without loading it. */
  moduleOf(name: string): string | undefined {
    return this.byName.get(name.toLowerCase())?.module;
  }

  /** The cmdlet an alias names, if it is a built-in alias. */
  aliasTarget(name: string): string | undefined {
    return this.aliases.get(name.toLowerCase())?.target;
  }

  /** Names and modules of every cmdlet (without loading them). */
  list(): Array<{ name: string; module: string }> {
    return [...this.byName.values()].map((e) => ({ name: e.name, module: e.module }));
  }

  listAliases(): Array<{ alias: string; target: string }> {
    return [...this.aliases.values()].map((a) => ({ alias: a.name, target: a.target }));
  }
}
