// Command-name completion: the session's aliases, functions and cmdlets and the executables on PATH whose names
// match the word (a prefix, or a wildcard pattern), sorted by name. Tooltips as pwsh: an alias shows what it
// stands for, a function or cmdlet its syntax, an executable its full path.

import * as fs from 'fs';
import * as path from 'path';
import type { CommandInfo, SessionHandle } from '../../runtime/command-types';
import { prefixPattern } from './matching';
import { wildcardRegex } from '../../runtime/operators/regex';
import { CompletionResult } from './results';
import { commandSyntax } from './command-syntax';
import { dynamicParameters } from './command-parameters';
import { compareOrdinalIgnoreCase, sortByName } from './ordering';

function toolTip(info: CommandInfo, session: SessionHandle): string {
  if (info.commandType === 'Alias') return info.definition;
  const def = info.command ?? session.resolveCommand(info.name)?.command;
  // pwsh's syntax shows the parameters the current location's provider adds (Get-ChildItem -File on FileSystem).
  return def ? commandSyntax(def, dynamicParameters(def, { values: new Map(), positional: [] }, session)) : info.name;
}

interface Executable {
  name: string;
  fullPath: string;
}

function isExecutableFile(full: string): boolean {
  try {
    const st = fs.statSync(full);
    return st.isFile() && (st.mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

/** Executables in PATH order (a name found again in a later directory is listed again, by its full path). */
function executables(pattern: RegExp): Executable[] {
  const out: Executable[] = [];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const fullPath = path.join(dir, name);
      if (pattern.test(name) && isExecutableFile(fullPath)) out.push({ name, fullPath });
    }
  }
  return out;
}

export function completeCommandName(word: string, session: SessionHandle): CompletionResult[] {
  if (word === '') return [];
  const pattern = prefixPattern(word);
  const seen = new Set<string>();
  const results: Array<{ key: string; make: () => CompletionResult }> = [];
  for (const info of session.listCommands()) {
    const key = info.name.toLowerCase();
    if (info.commandType === 'Application' || seen.has(key) || !pattern.test(info.name)) continue;
    seen.add(key);
    results.push({ key: info.name, make: () => new CompletionResult(info.name, info.name, 'Command', toolTip(info, session)) });
  }
  const found = new Set<string>();
  // File names on Linux are case-sensitive: 'Sel' finds Select-Object but not select-editor (pwsh 7.6.9).
  const exactCase = wildcardRegex(/[*]$/.test(word) ? word : word + '*', false);
  for (const exe of executables(process.platform === 'win32' ? pattern : exactCase)) {
    const first = !found.has(exe.name);
    found.add(exe.name);
    if (seen.has(exe.name.toLowerCase())) continue;
    results.push({ key: exe.name, make: () => new CompletionResult(first ? exe.name : exe.fullPath, exe.name, 'Command', exe.fullPath) });
  }
  return sortByName(results, (r) => r.key, compareOrdinalIgnoreCase).map((r) => r.make());
}
