// ANSI styling as $PSStyle.Formatting defines it, and the decision whether to use it at all: only when writing to a
// terminal, never when NO_COLOR is set or $PSStyle.OutputRendering is PlainText.

export const PS_STYLE = {
  tableHeader: '\u001b[32;1m',
  formatAccent: '\u001b[32;1m',
  error: '\u001b[31;1m',
  errorAccent: '\u001b[36;1m',
  warning: '\u001b[33;1m',
  verbose: '\u001b[33;1m',
  debug: '\u001b[33;1m',
  reset: '\u001b[0m',
} as const;

export type OutputRendering = 'Host' | 'PlainText' | 'Ansi';

export interface RenderingChoice {
  isTty: boolean;
  env: NodeJS.ProcessEnv;
  /** $PSStyle.OutputRendering when the session has set it. */
  outputRendering?: OutputRendering;
}

/** Whether text for this stream gets ANSI styling. */
export function useAnsi({ isTty, env, outputRendering }: RenderingChoice): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (outputRendering === 'PlainText') return false;
  if (outputRendering === 'Ansi') return true;
  return isTty;
}

export interface Styler {
  readonly ansi: boolean;
  /** `code + text + reset`, or `text` when plain. */
  wrap(code: string, text: string): string;
  /** The code itself, or '' when plain. */
  code(code: string): string;
}

/** A styler; given a function, it asks on every use (so $PSStyle.OutputRendering applies from the next object on). */
export function styler(ansi: boolean | (() => boolean)): Styler {
  const on = typeof ansi === 'function' ? ansi : () => ansi;
  return {
    get ansi() {
      return on();
    },
    wrap: (code, text) => (on() ? code + text + PS_STYLE.reset : text),
    code: (code) => (on() ? code : ''),
  };
}

export const PLAIN = styler(false);

const ESCAPE_SEQUENCE = /\u001b\[[0-9;?]*[@-~]|\u001b[@-Z\\-_]/g;

export function stripAnsi(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '');
}

/**
 * Splits styled text into the lines the console host writes: each line starts with every escape sequence of the lines
 * before it and ends with a reset when it carries styling that is not already reset.
 */
export function hostLines(text: string): string[] {
  let carried = '';
  return text.split('\n').map((line) => {
    const out = carried + line;
    carried += (line.match(ESCAPE_SEQUENCE) ?? []).join('');
    return line.includes('\u001b') && !line.endsWith(PS_STYLE.reset) ? out + PS_STYLE.reset : out;
  });
}
