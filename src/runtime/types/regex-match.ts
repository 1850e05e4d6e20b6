// System.Text.RegularExpressions.Match (what -replace script blocks, [regex]::Matches and Select-String expose).

import { registerType } from '../values';

export class RegexGroup {
  constructor(readonly Name: string, readonly Value: string, readonly Index: number, readonly Success: boolean) {}
  toString(): string {
    return this.Value;
  }
}

export class RegexMatch {
  readonly Groups: RegexGroup[];
  constructor(m: ArrayLike<string | undefined>, readonly Index: number, readonly input: string, named?: Record<string, string | undefined>) {
    this.Groups = [];
    for (let i = 0; i < m.length; i++) this.Groups.push(new RegexGroup(String(i), m[i] ?? '', m[i] === undefined ? 0 : input.indexOf(m[i]!, Index), m[i] !== undefined));
    for (const [k, v] of Object.entries(named ?? {})) this.Groups.push(new RegexGroup(k, v ?? '', 0, v !== undefined));
  }
  get Value(): string {
    return this.Groups[0].Value;
  }
  toString(): string {
    return this.Value;
  }
  static fromExec(m: RegExpExecArray): RegexMatch {
    return new RegexMatch(m, m.index, m.input, m.groups);
  }
}

registerType({
  fullName: 'System.Text.RegularExpressions.Match',
  baseTypes: ['System.Text.RegularExpressions.Group', 'System.Text.RegularExpressions.Capture'],
  jsClass: RegexMatch,
  properties: [
    { name: 'Groups', type: 'System.Text.RegularExpressions.GroupCollection', get: (m: RegexMatch) => m.Groups },
    { name: 'Success', type: 'bool', get: () => true },
    { name: 'Name', type: 'string', get: () => '0' },
    { name: 'Captures', type: 'System.Text.RegularExpressions.CaptureCollection', get: (m: RegexMatch) => [m] },
    { name: 'Index', type: 'int', get: (m: RegexMatch) => m.Index },
    { name: 'Length', type: 'int', get: (m: RegexMatch) => m.Value.length },
    { name: 'Value', type: 'string', get: (m: RegexMatch) => m.Value },
    { name: 'ValueSpan', type: 'System.ReadOnlySpan[char]', get: (m: RegexMatch) => m.Value, hidden: true },
  ],
  toString: (m: RegexMatch) => m.Value,
});

registerType({
  fullName: 'System.Text.RegularExpressions.Group',
  baseTypes: ['System.Text.RegularExpressions.Capture'],
  jsClass: RegexGroup,
  properties: [
    { name: 'Success', type: 'bool', get: (g: RegexGroup) => g.Success },
    { name: 'Name', type: 'string', get: (g: RegexGroup) => g.Name },
    { name: 'Captures', type: 'System.Text.RegularExpressions.CaptureCollection', get: (g: RegexGroup) => [g] },
    { name: 'Index', type: 'int', get: (g: RegexGroup) => g.Index },
    { name: 'Length', type: 'int', get: (g: RegexGroup) => g.Value.length },
    { name: 'Value', type: 'string', get: (g: RegexGroup) => g.Value },
  ],
  toString: (g: RegexGroup) => g.Value,
});
