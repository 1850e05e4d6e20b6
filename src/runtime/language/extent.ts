// IScriptExtent and IScriptPosition as pwsh exposes them (InternalScriptExtent, InternalScriptPosition) over the
// parser's offset-only extents.

import { registerType } from '../values';
import type { Extent, SourceText } from '../../parser/ast';

const NS = 'System.Management.Automation.Language.';

export class ScriptPosition {
  constructor(readonly source: SourceText, readonly offset: number) {}
  get line(): number {
    return this.source.position(this.offset).line;
  }
  get column(): number {
    return this.source.position(this.offset).column;
  }
  /** The whole line the position is on, with its line terminator (pwsh's Line). */
  get lineText(): string {
    const { text } = this.source;
    const start = this.offset - this.column + 1;
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    if (text[end] === '\r') end++;
    if (text[end] === '\n') end++;
    return text.slice(start, end);
  }
}

export class ScriptExtent {
  constructor(readonly source: SourceText, readonly start: number, readonly end: number) {}
  static of(extent: Extent): ScriptExtent {
    return new ScriptExtent(extent.source, extent.start, extent.end);
  }
  get text(): string {
    return this.source.text.slice(this.start, this.end);
  }
  toString(): string {
    return this.text;
  }
}

const file = (source: SourceText): string | null => source.fileName ?? null;

registerType({
  fullName: NS + 'InternalScriptPosition',
  interfaces: [NS + 'IScriptPosition'],
  jsClass: ScriptPosition,
  properties: [
    { name: 'File', type: 'string', get: (p: ScriptPosition) => file(p.source) },
    { name: 'LineNumber', type: 'int', get: (p: ScriptPosition) => p.line },
    { name: 'ColumnNumber', type: 'int', get: (p: ScriptPosition) => p.column },
    { name: 'Line', type: 'string', get: (p: ScriptPosition) => p.lineText },
    { name: 'Offset', type: 'int', get: (p: ScriptPosition) => p.offset },
  ],
  methods: [{ name: 'GetFullScript', overloads: ['string GetFullScript()'], invoke: (p: ScriptPosition) => p.source.text }],
});

registerType({
  fullName: NS + 'InternalScriptExtent',
  interfaces: [NS + 'IScriptExtent'],
  jsClass: ScriptExtent,
  properties: [
    { name: 'File', type: 'string', get: (e: ScriptExtent) => file(e.source) },
    { name: 'StartScriptPosition', type: NS + 'IScriptPosition', get: (e: ScriptExtent) => new ScriptPosition(e.source, e.start) },
    { name: 'EndScriptPosition', type: NS + 'IScriptPosition', get: (e: ScriptExtent) => new ScriptPosition(e.source, e.end) },
    { name: 'StartLineNumber', type: 'int', get: (e: ScriptExtent) => e.source.position(e.start).line },
    { name: 'StartColumnNumber', type: 'int', get: (e: ScriptExtent) => e.source.position(e.start).column },
    { name: 'EndLineNumber', type: 'int', get: (e: ScriptExtent) => e.source.position(e.end).line },
    { name: 'EndColumnNumber', type: 'int', get: (e: ScriptExtent) => e.source.position(e.end).column },
    { name: 'Text', type: 'string', get: (e: ScriptExtent) => e.text },
    { name: 'StartOffset', type: 'int', get: (e: ScriptExtent) => e.start },
    { name: 'EndOffset', type: 'int', get: (e: ScriptExtent) => e.end },
  ],
  toString: (e: ScriptExtent) => e.text,
});
