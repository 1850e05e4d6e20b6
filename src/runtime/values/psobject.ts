// PSObject: a PSCustomObject (no base object) or a wrapper that adds instance members (Add-Member) to any value.
// Properties keep insertion order and are found case-insensitively. typeNames is the pstypenames list
// (most derived first), e.g. ['Selected.System.String', 'System.Management.Automation.PSCustomObject', 'System.Object'].

export type PSMemberKind = 'NoteProperty' | 'ScriptProperty' | 'AliasProperty' | 'ScriptMethod' | 'CodeProperty';

export interface PSMember {
  name: string;
  kind: PSMemberKind;
  /** NoteProperty value; for ScriptProperty/ScriptMethod the script block; for AliasProperty the target name. */
  value: unknown;
  /** ScriptProperty setter block. */
  setter?: unknown;
}

export const PSCUSTOMOBJECT_TYPENAMES = ['System.Management.Automation.PSCustomObject', 'System.Object'];

export class PSObject {
  readonly members = new Map<string, PSMember>();
  typeNames: string[];

  /** baseObject is undefined for a PSCustomObject. */
  constructor(readonly baseObject?: unknown, typeNames?: string[]) {
    this.typeNames = typeNames ?? (baseObject === undefined ? [...PSCUSTOMOBJECT_TYPENAMES] : []);
  }

  get isCustomObject(): boolean {
    return this.baseObject === undefined;
  }

  getMember(name: string): PSMember | undefined {
    return this.members.get(name.toLowerCase());
  }

  /** Adds or replaces a note property (replacing keeps the position). */
  setNote(name: string, value: unknown): void {
    const m = this.members.get(name.toLowerCase());
    if (m && m.kind === 'NoteProperty') m.value = value;
    else this.members.set(name.toLowerCase(), { name, kind: 'NoteProperty', value });
  }

  addMember(member: PSMember): void {
    this.members.set(member.name.toLowerCase(), member);
  }

  removeMember(name: string): boolean {
    return this.members.delete(name.toLowerCase());
  }

  /** Property-like members in order (what Format-* and psobject.Properties show for a custom object). */
  propertyMembers(): PSMember[] {
    return [...this.members.values()].filter((m) => m.kind !== 'ScriptMethod');
  }

  static fromEntries(entries: Iterable<[string, unknown]>, typeNames?: string[]): PSObject {
    const o = new PSObject(undefined, typeNames);
    for (const [k, v] of entries) o.setNote(k, v);
    return o;
  }
}
