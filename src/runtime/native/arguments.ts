// A native command's argv, as pwsh's NativeCommandParameterBinder builds it: each argument's string form (arrays
// as several), `-name:value` joined, $null dropped, unquoted `~` expanded, unquoted wildcards matched
// against the file system (pwsh's PossiblyGlobArg); after `--%` the verbatim text with %VAR%
// expanded and split on spaces. $PSNativeCommandArgumentPassing Legacy (and Windows for cmd-like programs) joins
// everything into one command line and splits it again by the Windows C runtime's rules, as .NET does on Unix.

import * as path from 'path';
import type { CommandArgument } from '../binder/bind';
import { toStr } from '../convert';
import { enumerateValue, isNull } from '../values';
import { hasWildcard } from '../operators/wildcard';

/** The host's file-system wildcard expansion: full paths of the matches, [] for none or outside the file system. */
export type FileGlob = (pattern: string) => string[];

export type ArgumentPassingStyle = 'Legacy' | 'Standard' | 'Windows';

/** Programs and file types that get Legacy passing under the Windows style (NativeCommandProcessor's lists). */
const LEGACY_COMMANDS = new Set(['cmd', 'cscript', 'find', 'sqlcmd', 'wscript']);
const LEGACY_EXTENSIONS = new Set(['.js', '.wsf', '.cmd', '.bat', '.vbs']);

export function usesLegacyPassing(style: ArgumentPassingStyle, file: string): boolean {
  if (style === 'Legacy') return true;
  if (style !== 'Windows') return false;
  const ext = path.extname(file).toLowerCase();
  return LEGACY_EXTENSIONS.has(ext) || LEGACY_COMMANDS.has(path.basename(file, path.extname(file)).toLowerCase());
}

export interface NativeArgv {
  /** The arguments one by one (Standard). */
  list: string[];
  /** The command line they make (Legacy). */
  line: string;
}

/** A string needs quotes on the command line when it has whitespace outside double quotes. */
function needsQuotes(text: string): boolean {
  let quotes = 0;
  let afterBackslash = false;
  for (const c of text) {
    if (c === '"' && !afterBackslash) quotes++;
    else if (/\s/.test(c) && quotes % 2 === 0) return true;
    afterBackslash = c === '\\';
  }
  return false;
}

class ArgvBuilder {
  readonly list: string[] = [];
  line = '';
  verbatim = false;

  constructor(
    private readonly home: string,
    private readonly legacy: boolean,
    private readonly glob: FileGlob,
    private readonly cwd: string,
  ) {}

  /** Adds one argument, joined to `-name:` when it follows one without a space. */
  private add(prefix: string | undefined, text: string, spaced: boolean): void {
    if (prefix !== undefined && !spaced) this.list.push(prefix + text);
    else {
      if (prefix !== undefined) this.list.push(prefix);
      this.list.push(text);
    }
  }

  parameter(a: Extract<CommandArgument, { kind: 'parameter' }>): void {
    this.separate();
    this.line += a.text;
    if (!a.hasValue) {
      this.list.push(a.text);
      return;
    }
    if (a.spaceAfter) this.line += ' ';
    this.value(a.value, { prefix: a.text, spaced: !!a.spaceAfter });
  }

  private separate(): void {
    if (this.line) this.line += ' ';
  }

  value(v: unknown, options: { prefix?: string; spaced?: boolean; quoted?: boolean; arrayText?: string }): void {
    if (options.prefix === undefined) this.separate();
    if (!options.prefix && typeof v === 'string' && v === '--%') {
      this.verbatim = true;
      return;
    }
    const items = typeof v === 'string' ? undefined : enumerateValue(v);
    const values = items ? [...items] : [v];
    let separator = '';
    for (const item of values) {
      const text = isNull(item) ? '' : toStr(item);
      if (!text) {
        if (!this.legacy && !isNull(item)) this.add(options.prefix, '', !!options.spaced);
        continue;
      }
      this.line += separator;
      separator = ' ';
      if (this.verbatim) {
        const expanded = text.replace(/%([^%]+)%/g, (all, name: string) => process.env[name] ?? all);
        this.line += expanded;
        this.list.push(...expanded.split(' ').filter((s) => s !== ''));
      } else if (needsQuotes(text)) {
        this.add(options.prefix, text, !!options.spaced);
        this.line += '"' + text + '\\'.repeat(text.length - text.replace(/\\+$/, '').length) + '"';
      } else if (options.arrayText !== undefined && !this.legacy) {
        // An unquoted array literal (`a,b c,`) reaches the program as written, split on spaces.
        for (const part of options.arrayText.split(' ').filter((s) => s !== '')) this.add(options.prefix, part, !!options.spaced);
        this.line += text;
        return;
      } else {
        const expanded = options.quoted ? [text] : hasWildcard(text) ? this.expandWildcard(text) : [this.expandHome(text)];
        this.line += expanded.map((t) => (needsQuotes(t) ? `"${t}"` : t)).join(' ');
        for (const t of expanded) this.add(options.prefix, t, !!options.spaced);
      }
    }
  }

  /** The matching paths, relative to the current directory unless the pattern starts with `~` or `/`; else the pattern. */
  private expandWildcard(pattern: string): string[] {
    const matches = this.glob(pattern);
    if (!matches.length) return [pattern];
    if (pattern.startsWith('~') || pattern.startsWith('/')) return matches;
    return matches.map((m) => path.relative(this.cwd, m) || '.');
  }

  private expandHome(text: string): string {
    if (text === '~') return this.home;
    if (text.startsWith('~/')) return this.home + text.slice(1);
    return text;
  }
}

/** The argv for a native command. */
export function nativeArguments(args: CommandArgument[], legacy: boolean, home: string, glob: FileGlob, cwd: string): string[] {
  const b = new ArgvBuilder(home, legacy, glob, cwd);
  for (const a of args) {
    if (a.kind === 'parameter') b.parameter(a);
    // a number literal reaches the program as written (1.50, 0x10)
    else b.value(a.numberText ?? a.value, { quoted: a.quoted, arrayText: a.arrayText });
  }
  return legacy ? splitCommandLine(b.line) : b.list;
}

/** Splits a command line into arguments by the Windows C runtime's rules (as .NET's Process does on Unix). */
export function splitCommandLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
    if (i >= line.length) break;
    let arg = '';
    let inQuotes = false;
    while (i < line.length) {
      let backslashes = 0;
      while (i < line.length && line[i] === '\\') {
        i++;
        backslashes++;
      }
      if (backslashes) {
        if (line[i] !== '"') arg += '\\'.repeat(backslashes);
        else {
          arg += '\\'.repeat(backslashes >> 1);
          if (backslashes % 2) {
            arg += '"';
            i++;
          }
        }
        continue;
      }
      const c = line[i];
      if (c === '"') {
        if (inQuotes && line[i + 1] === '"') {
          arg += '"';
          i++;
        } else inQuotes = !inQuotes;
        i++;
        continue;
      }
      if ((c === ' ' || c === '\t') && !inQuotes) break;
      arg += c;
      i++;
    }
    out.push(arg);
  }
  return out;
}
