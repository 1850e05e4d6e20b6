// CSV as pwsh's CsvCommands reads and writes it, shared by ConvertTo-/Export-Csv (CsvWriter) and ConvertFrom-/Import-Csv
// (CsvReader): columns from the first object (dictionary keys, or its properties), each value's ToString(), quoting by
// -UseQuotes/-QuoteFields; reading is the lenient state machine of .NET's ImportCsvHelper (Excel's rules: leading blanks
// skipped, text after a closing quote kept, `#TYPE` and `#Fields:` lines), objects named after the header.

import type { CommandContext, ParameterDefinition } from '../../../src/runtime/command-types';
import { PSObject, Hashtable, getProperties, registerType, toDisplayString, typeNamesOf, EnumValue, DotNetException } from '../../../src/runtime/values';
import { errorRecord } from '../../../src/runtime/error-factory';
import { fmt } from '../../../src/runtime/messages';
import { SWITCH, switchOn } from '../../../src/providers/cmdlet-support';
import { UtilityMsg } from '../messages';

const QUOTE_KIND = 'Microsoft.PowerShell.Commands.BaseCsvWritingCommand+QuoteKind';
const QUOTE_KINDS = { Never: 0, Always: 1, AsNeeded: 2 };
registerType({ fullName: QUOTE_KIND, baseTypes: ['System.Enum', 'System.ValueType'], enumValues: QUOTE_KINDS, isScalar: true });

type QuoteKind = keyof typeof QUOTE_KINDS;
const CSV_TYPE_PREFIX = 'CSV:';

/** The parameters ConvertTo-Csv and Export-Csv share (pwsh's BaseCsvWritingCommand). */
export const CSV_WRITING_PARAMETERS: ParameterDefinition[] = [
  { name: 'Delimiter', type: 'System.Char', sets: [{ name: 'Delimiter', position: 1 }], validation: [{ kind: 'NotNull' }] },
  { name: 'UseCulture', type: SWITCH, sets: [{ name: 'UseCulture' }] },
  { name: 'IncludeTypeInformation', type: SWITCH, aliases: ['ITI'] },
  { name: 'NoTypeInformation', type: SWITCH, aliases: ['NTI'], dontShow: true },
  { name: 'QuoteFields', type: 'System.String[]', aliases: ['QF'] },
  { name: 'UseQuotes', type: QUOTE_KIND, aliases: ['UQ'] },
  { name: 'NoHeader', type: SWITCH },
];

export interface CsvWritingParams {
  Delimiter?: unknown;
  UseCulture?: unknown;
  IncludeTypeInformation?: unknown;
  NoTypeInformation?: unknown;
  QuoteFields?: string[];
  UseQuotes?: unknown;
  NoHeader?: unknown;
}

/** The delimiter a command uses: -Delimiter, en-US's list separator for -UseCulture, else a comma. */
export function csvDelimiter(ctx: CommandContext<{ Delimiter?: unknown; UseCulture?: unknown }>): string {
  const given = ctx.params.Delimiter;
  if (ctx.boundParameterNames.has('Delimiter') && given !== undefined && given !== null) {
    const text = toDisplayString(given);
    if (text !== '\0') return text;
  }
  return ',';
}

function terminate(ctx: CommandContext<any>, errorId: string, message: string): never {
  ctx.throwTerminatingError(errorRecord(errorId, message, 'InvalidData', 'System.InvalidOperationException', null));
}

/** The one path Export-Csv / Import-Csv were given: -Path or -LiteralPath, never both or neither. */
export function requireOnePath(ctx: CommandContext<{ Path?: unknown; LiteralPath?: unknown }>): void {
  if ((ctx.params.Path === undefined) === (ctx.params.LiteralPath === undefined)) {
    terminate(ctx, 'CannotSpecifyPathAndLiteralPath', UtilityMsg.CsvPathAndLiteralPath);
  }
}

/** Writes objects as CSV lines: the header (and `#TYPE` line) before the first object's row. */
export class CsvWriter {
  private columns: string[] | undefined;
  private readonly delimiter: string;
  private readonly quoteKind: QuoteKind;
  private readonly quoteFields: Set<string> | undefined;
  private readonly includeType: boolean;
  private readonly header: boolean;

  /** Checks the parameter combinations pwsh refuses (its BeginProcessing). */
  constructor(ctx: CommandContext<CsvWritingParams>) {
    const bound = ctx.boundParameterNames;
    if (bound.has('QuoteFields') && bound.has('UseQuotes')) {
      terminate(ctx, 'CannotSpecifyQuoteFieldsAndUseQuotes', UtilityMsg.CsvQuoteFieldsAndUseQuotes);
    }
    if (bound.has('IncludeTypeInformation') && bound.has('NoTypeInformation')) {
      terminate(ctx, 'CannotSpecifyIncludeTypeInformationAndNoTypeInformation', UtilityMsg.CsvIncludeAndNoTypeInformation);
    }
    this.delimiter = csvDelimiter(ctx);
    const kind = ctx.params.UseQuotes;
    this.quoteKind = kind instanceof EnumValue ? (kind.name as QuoteKind) : 'Always';
    const fields = ctx.params.QuoteFields;
    this.quoteFields = fields ? new Set(fields.map((f) => String(f).toLowerCase())) : undefined;
    this.includeType = switchOn(ctx.params.IncludeTypeInformation);
    this.header = !switchOn(ctx.params.NoHeader);
  }

  /** The columns in use: fixed by the first object, or by an existing file's header when appending. */
  get propertyNames(): readonly string[] | undefined {
    return this.columns;
  }

  /** Emits the lines for one input object (the header lines before the first; `withHeader` false when appending). */
  write(value: unknown, emit: (line: string) => void, withHeader = true, columns?: string[]): void {
    if (!this.columns) {
      this.columns = columns ?? csvColumnsOf(value);
      if (withHeader && this.header) {
        if (this.includeType) emit(typeLine(value));
        emit(this.row(this.columns.map((c) => [c, c])));
      }
    }
    emit(this.row(this.columns.map((c) => [c, fieldValue(value, c)])));
  }

  private row(fields: Array<[string, string | undefined]>): string {
    return fields.map(([column, text]) => (text === undefined ? '' : this.quoted(column, text))).join(this.delimiter);
  }

  private quoted(column: string, text: string): string {
    const quote = this.quoteFields
      ? this.quoteFields.has(column.toLowerCase())
      : this.quoteKind === 'Always' || (this.quoteKind === 'AsNeeded' && (/[\n"]/.test(text) || text.includes(this.delimiter)));
    return quote ? `"${text.replace(/"/g, '""')}"` : text;
  }
}

function baseOf(value: unknown): unknown {
  return value instanceof PSObject && !value.isCustomObject ? value.baseObject : value;
}

/** Column names: a dictionary's keys (then members added to it), else the object's properties. */
export function csvColumnsOf(value: unknown): string[] {
  const base = baseOf(value);
  if (base instanceof Hashtable) {
    const added = value instanceof PSObject ? value.propertyMembers().map((m) => m.name) : [];
    return [...base.keys().map((k) => toDisplayString(k)), ...added];
  }
  return getProperties(value).map((p) => p.name);
}

/** A field's text: the property's value's ToString(), undefined (an empty field) for null or no such property. */
function fieldValue(value: unknown, column: string): string | undefined {
  const base = baseOf(value);
  if (base instanceof Hashtable && base.has(column)) {
    const v = base.get(column);
    // pwsh 7.6.9 calls ToString() on a dictionary's null value: the NullReferenceException escapes the cmdlet.
    if (v === null || v === undefined) throw new DotNetException('System.NullReferenceException', UtilityMsg.NullReference);
    return toDisplayString(v);
  }
  const property = getProperties(value).find((p) => p.name.toLowerCase() === column.toLowerCase());
  if (!property) return undefined;
  let v: unknown;
  try {
    v = property.getValue();
  } catch {
    return undefined; // pwsh: a value that cannot be read is treated as null
  }
  return v === null || v === undefined ? undefined : toDisplayString(v);
}

function typeLine(value: unknown): string {
  const names = value instanceof PSObject ? value.typeNames : undefined;
  const first = names && names.length ? names[0] : typeNamesOf(value)[0];
  if (first === undefined) return '#TYPE';
  return `#TYPE ${first.toLowerCase().startsWith('csv:') ? first.slice(4) : first}`;
}

/** Reads CSV text into objects named by its header, as ImportCsvHelper does. */
export class CsvReader {
  header: string[] | undefined;
  typeName: string | undefined;
  private pos = 0;

  constructor(
    private readonly text: string,
    private readonly delimiter: string,
    header: string[] | undefined,
    typeName: string | undefined,
  ) {
    this.header = header;
    this.typeName = typeName;
  }

  private get eof(): boolean {
    return this.pos >= this.text.length;
  }

  /** The `#TYPE` line, the header (skipping `#` comment lines; `#Fields:` is a W3C log header); duplicate names fail. */
  readHeader(): void {
    if (this.typeName === undefined && !this.eof && this.text[this.pos] === '#') {
      const line = this.readLine();
      if (line.toLowerCase().startsWith('#type')) this.typeName = line.slice(5).trim() || undefined;
    }
    while (this.header === undefined && !this.eof) {
      const values = this.nextRecord();
      while (values.length > 1 && values[values.length - 1] === '') values.pop();
      if (values.length && values[0].startsWith('#Fields: ')) {
        values[0] = values[0].slice(9);
        this.header = values;
      } else if (!(values.length && values[0].startsWith('#'))) {
        this.header = values;
      }
    }
    const seen = new Set<string>();
    for (const name of this.header ?? []) {
      if (!name) continue;
      if (seen.has(name.toLowerCase())) throw new DuplicateCsvHeader(name);
      seen.add(name.toLowerCase());
    }
  }

  /** Every record after the header as an object; `warn` is called once when a header name is missing. */
  *records(warn: () => void): Generator<PSObject> {
    this.readHeader();
    for (;;) {
      const values = this.nextRecord();
      if (values.length === 0) return;
      if (values.length === 1 && values[0] === '') continue;
      yield this.objectFor(values, warn);
    }
  }

  private objectFor(values: string[], warn: () => void): PSObject {
    const result = new PSObject();
    let unnamed = 1;
    (this.header ?? []).forEach((name, i) => {
      const property = name || `H${unnamed++}`;
      result.setNote(property, i < values.length ? values[i] : null);
    });
    if (unnamed !== 1) warn();
    if (this.typeName) result.typeNames = [this.typeName, CSV_TYPE_PREFIX + this.typeName];
    return result;
  }

  private readLine(): string {
    const end = this.text.slice(this.pos).search(/\r\n|\r|\n/);
    const line = end < 0 ? this.text.slice(this.pos) : this.text.slice(this.pos, this.pos + end);
    this.pos = end < 0 ? this.text.length : this.pos + end + (this.text.startsWith('\r\n', this.pos + end) ? 2 : 1);
    return line;
  }

  /** A line break at the current position (consumed), or '' when there is none. */
  private newLine(ch: string): string {
    if (ch === '\r') {
      if (this.text[this.pos] === '\n') {
        this.pos++;
        return '\r\n';
      }
      return '\r';
    }
    return ch === '\n' ? '\n' : '';
  }

  private nextRecord(): string[] {
    const result: string[] = [];
    let current = '';
    let quoted = false;
    while (!this.eof) {
      const ch = this.text[this.pos++];
      if (ch === this.delimiter) {
        if (quoted) current += ch;
        else {
          result.push(current);
          current = '';
        }
      } else if (ch === '"') {
        if (quoted && this.text[this.pos] === '"') {
          this.pos++;
          current += '"';
        } else if (quoted || current.length > 0) {
          // After a closing quote (blanks eaten), or a stray quote inside a word: the rest up to the delimiter.
          const closing = quoted;
          if (!closing) current += ch;
          quoted = false;
          const { text, endOfRecord } = this.untilDelimiter(closing);
          result.push(current + text);
          current = '';
          if (endOfRecord) break;
        } else {
          quoted = true;
        }
      } else if (ch === ' ' || ch === '\t') {
        if (quoted) current += ch;
        else if (current.length > 0) {
          const { text, endOfRecord } = this.untilDelimiter(true);
          result.push(current + ch + text);
          current = '';
          if (endOfRecord) break;
        }
      } else {
        const newLine = this.newLine(ch);
        if (!newLine) current += ch;
        else if (quoted) current += newLine;
        else {
          result.push(current);
          current = '';
          break;
        }
      }
    }
    if (current.length) result.push(current);
    return result;
  }

  /** The text up to the next delimiter or line end; only blanks are dropped when `eatBlanks`. */
  private untilDelimiter(eatBlanks: boolean): { text: string; endOfRecord: boolean } {
    let text = '';
    let endOfRecord = false;
    for (;;) {
      if (this.eof) {
        endOfRecord = true;
        break;
      }
      const ch = this.text[this.pos++];
      if (ch === this.delimiter) break;
      if (this.newLine(ch)) {
        endOfRecord = true;
        break;
      }
      text += ch;
    }
    return { text: eatBlanks && /^[ \t]*$/.test(text) ? '' : text, endOfRecord };
  }
}

/** Two header columns with the same name (pwsh's ExtendedTypeSystemException). */
export class DuplicateCsvHeader extends Error {
  constructor(readonly column: string) {
    super(fmt(UtilityMsg.CsvMemberAlreadyPresent, column));
  }
}

/** Reads every record of `reader` into the pipeline with pwsh's duplicate-header error and missing-header warning. */
export function writeCsvRecords(ctx: CommandContext<any>, reader: CsvReader, warning: { given: boolean }): void {
  const warn = () => {
    if (!warning.given) ctx.writeWarning(UtilityMsg.CsvDefaultHeaderNames);
    warning.given = true;
  };
  try {
    for (const record of reader.records(warn)) ctx.writeObject(record);
  } catch (e) {
    if (!(e instanceof DuplicateCsvHeader)) throw e;
    ctx.throwTerminatingError(errorRecord('AlreadyPresentPSMemberInfoInternalCollectionAdd', e.message, 'NotSpecified',
      'System.Management.Automation.ExtendedTypeSystemException', null));
  }
}
