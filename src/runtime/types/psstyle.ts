// $PSStyle (System.Management.Automation.PSStyle): the ANSI sequences pwsh's formatting uses and offers scripts, and
// OutputRendering, which decides whether output is styled (NO_COLOR starts a session at PlainText).

import { registerType, EnumValue, Hashtable, DotNetException } from '../values';
import { toStr, toInt32 } from '../convert';
import { arg } from './helpers';

const ESC = '\u001b';
const sgr = (code: string) => `${ESC}[${code}m`;

const COLOR_NAMES = ['Black', 'BrightBlack', 'White', 'BrightWhite', 'Red', 'BrightRed', 'Magenta', 'BrightMagenta', 'Blue', 'BrightBlue', 'Cyan', 'BrightCyan', 'Green', 'BrightGreen', 'Yellow', 'BrightYellow'];
/** SGR offsets of the colours from 30 (foreground) / 40 (background); bright ones from 90 / 100. */
const COLOR_OFFSETS: Record<string, number> = { Black: 0, Red: 1, Green: 2, Yellow: 3, Blue: 4, Magenta: 5, Cyan: 6, White: 7 };

function colorCode(name: string, background: boolean): string {
  const bright = name.startsWith('Bright');
  const offset = COLOR_OFFSETS[bright ? name.slice(6) : name];
  return sgr(String((bright ? (background ? 100 : 90) : background ? 40 : 30) + offset));
}

export class ColorTable {
  constructor(readonly background: boolean) {}
  fromRgb(args: unknown[]): string {
    const [r, g, b] = args.length === 1 ? [(toInt32(args[0]) >> 16) & 255, (toInt32(args[0]) >> 8) & 255, toInt32(args[0]) & 255] : [0, 1, 2].map((i) => toInt32(args[i]) & 255);
    return sgr(`${this.background ? 48 : 38};2;${r};${g};${b}`);
  }
}

export class FormattingStyles {}
export class ProgressStyles {}
export class FileInfoStyles {
  readonly extension = new Hashtable();
  constructor() {
    for (const ext of ['.zip', '.tgz', '.gz', '.tar', '.nupkg', '.cab', '.7z']) this.extension.set(ext, sgr('31;1'));
    for (const ext of ['.ps1', '.psd1', '.psm1', '.ps1xml']) this.extension.set(ext, sgr('33;1'));
  }
}

export type OutputRenderingName = 'Host' | 'PlainText' | 'Ansi';
const RENDERINGS: Record<OutputRenderingName, number> = { Host: 0, PlainText: 1, Ansi: 2 };

export class PSStyleValue {
  readonly foreground = new ColorTable(false);
  readonly background = new ColorTable(true);
  readonly formatting = new FormattingStyles();
  readonly progress = new ProgressStyles();
  readonly fileInfo = new FileInfoStyles();
  constructor(public outputRendering: OutputRenderingName) {}
}

const constant = (name: string, value: string) => ({ name, type: 'string', get: () => value });

registerType({
  fullName: 'System.Management.Automation.PSStyle+ForegroundColor',
  jsClass: ColorTable,
  properties: COLOR_NAMES.map((n) => ({ name: n, type: 'string', get: (t: ColorTable) => colorCode(n, t.background) })),
  methods: [{ name: 'FromRgb', invoke: (t: ColorTable, a) => t.fromRgb(a) }],
});

registerType({
  fullName: 'System.Management.Automation.PSStyle+FormattingData',
  jsClass: FormattingStyles,
  properties: [
    constant('FormatAccent', sgr('32;1')), constant('ErrorAccent', sgr('36;1')), constant('Error', sgr('31;1')),
    constant('Warning', sgr('33;1')), constant('Verbose', sgr('33;1')), constant('Debug', sgr('33;1')),
    constant('TableHeader', sgr('32;1')), constant('CustomTableHeaderLabel', sgr('32;1;3')), constant('FeedbackName', sgr('33')),
    constant('FeedbackText', sgr('96')), constant('FeedbackAction', sgr('97')),
  ],
});

registerType({
  fullName: 'System.Management.Automation.PSStyle+ProgressConfiguration',
  jsClass: ProgressStyles,
  properties: [
    constant('Style', sgr('33;1')),
    { name: 'MaxWidth', type: 'int', get: () => 120 },
    { name: 'View', type: 'System.Management.Automation.ProgressView', get: () => new EnumValue('System.Management.Automation.ProgressView', 'Minimal', 0) },
    { name: 'UseOSCIndicator', type: 'bool', get: () => false },
  ],
});

registerType({
  fullName: 'System.Management.Automation.PSStyle+FileInfoFormatting',
  jsClass: FileInfoStyles,
  properties: [
    constant('Directory', sgr('44;1')), constant('SymbolicLink', sgr('36;1')), constant('Executable', sgr('32;1')),
    { name: 'Extension', type: 'System.Management.Automation.PSStyle+FileInfoFormatting+FileExtensionDictionary', get: (f: FileInfoStyles) => f.extension },
  ],
});

registerType({
  fullName: 'System.Management.Automation.PSStyle',
  jsClass: PSStyleValue,
  properties: [
    constant('Reset', sgr('0')), constant('BlinkOff', sgr('25')), constant('Blink', sgr('5')), constant('BoldOff', sgr('22')),
    constant('Bold', sgr('1')), constant('DimOff', sgr('22')), constant('Dim', sgr('2')), constant('Hidden', sgr('8')),
    constant('HiddenOff', sgr('28')), constant('Reverse', sgr('7')), constant('ReverseOff', sgr('27')), constant('ItalicOff', sgr('23')),
    constant('Italic', sgr('3')), constant('UnderlineOff', sgr('24')), constant('Underline', sgr('4')),
    constant('StrikethroughOff', sgr('29')), constant('Strikethrough', sgr('9')),
    {
      name: 'OutputRendering',
      type: 'System.Management.Automation.OutputRendering',
      get: (s: PSStyleValue) => new EnumValue('System.Management.Automation.OutputRendering', s.outputRendering, RENDERINGS[s.outputRendering]),
      set: (s: PSStyleValue, v: unknown) => {
        const name = (Object.keys(RENDERINGS) as OutputRenderingName[]).find((k) => k.toLowerCase() === toStr(v instanceof EnumValue ? v.name : v).toLowerCase());
        if (!name) throw new DotNetException('System.Management.Automation.PSInvalidCastException', `Cannot convert value "${toStr(v)}" to type "System.Management.Automation.OutputRendering". Error: "Unable to match the identifier name ${toStr(v)} to a valid enumerator name. Specify one of the following enumerator names and try again:\nHost, PlainText, Ansi"`);
        s.outputRendering = name;
      },
    },
    { name: 'Formatting', type: 'System.Management.Automation.PSStyle+FormattingData', get: (s: PSStyleValue) => s.formatting },
    { name: 'Progress', type: 'System.Management.Automation.PSStyle+ProgressConfiguration', get: (s: PSStyleValue) => s.progress },
    { name: 'FileInfo', type: 'System.Management.Automation.PSStyle+FileInfoFormatting', get: (s: PSStyleValue) => s.fileInfo },
    { name: 'Foreground', type: 'System.Management.Automation.PSStyle+ForegroundColor', get: (s: PSStyleValue) => s.foreground },
    { name: 'Background', type: 'System.Management.Automation.PSStyle+BackgroundColor', get: (s: PSStyleValue) => s.background },
  ],
  methods: [
    { name: 'FormatHyperlink', invoke: (_s: PSStyleValue, a) => `${ESC}]8;;${arg.str(a, 1)}${ESC}\\${arg.str(a, 0)}${ESC}]8;;${ESC}\\` },
  ],
});
