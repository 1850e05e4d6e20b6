// Write-Host's -ForegroundColor / -BackgroundColor as pwsh shows them: through .NET's Console, which on Unix writes
// terminfo colour sequences only when stdout is a terminal with colours and NO_COLOR is unset. Setting either colour
// rewrites both (a reset, then each colour it knows); Write-Host sets both before the text and restores both, to
// "unknown", after it (and after the newline).

/** ConsoleColor to the ANSI colour index .NET's ConsolePal uses. */
const ANSI_INDEX: Record<string, number> = {
  black: 0, darkblue: 4, darkgreen: 2, darkcyan: 6, darkred: 1, darkmagenta: 5, darkyellow: 3, gray: 7,
  darkgray: 8, blue: 12, green: 10, cyan: 14, red: 9, magenta: 13, yellow: 11, white: 15,
};

/** terminfo's orig_pair: back to the terminal's own colours. */
const RESET = '\u001b[39;49m';

/** How many colours the terminal's terminfo entry has (0: stdout is no colour terminal, or NO_COLOR is set). */
export function consoleColorCount(isTty: boolean, env: NodeJS.ProcessEnv): number {
  const term = env.TERM ?? '';
  if (!isTty || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return 0;
  if (!term || term === 'dumb' || /^vt(52|100|102|220)$/.test(term)) return 0;
  return /256color|truecolor|-direct/.test(term) ? 256 : 8;
}

/** terminfo setaf / setab for a console colour. */
function colorCode(color: string, background: boolean, colors: number): string {
  const index = (ANSI_INDEX[color.toLowerCase()] ?? 7) % colors;
  const base = index < 8 ? (background ? 40 : 30) + index : (background ? 100 : 90) + index - 8;
  return `\u001b[${base}m`;
}

/** The bytes .NET writes when Write-Host prints `text` (its newline included) in these colours. */
export function consoleColoredText(text: string, fg: string | undefined, bg: string | undefined, colors: number): string {
  if (!colors) return text;
  const refresh = (f: string | undefined, b: string | undefined) => RESET + (f ? colorCode(f, false, colors) : '') + (b ? colorCode(b, true, colors) : '');
  // set foreground (background still unknown), set background, the text, restore foreground, restore background
  return refresh(fg, undefined) + refresh(fg, bg) + text + refresh(undefined, bg) + refresh(undefined, undefined);
}
