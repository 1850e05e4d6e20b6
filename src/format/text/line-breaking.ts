// Splitting cell and list values into screen lines the way pwsh's StringManipulationHelper does: embedded newlines
// always start a line; long lines are cut at the width (invariant culture) or word-wrapped (en, fr, de, it, pt, es).

import { charCells, displayLength, headSplitLength } from './display-cells';

export const ELLIPSIS = '\u2026';

/** Cultures whose two-letter language gets word wrapping in pwsh; every other one (invariant included) gets hard cuts. */
const WORD_WRAP_LANGUAGES = new Set(['en', 'fr', 'de', 'it', 'pt', 'es']);

export function wordWrapFor(twoLetterLanguage: string): boolean {
  return WORD_WRAP_LANGUAGES.has(twoLetterLanguage);
}

/** Split at `\n`, dropping every `\r`. */
export function splitLines(s: string): string[] {
  if (s === '') return [''];
  return s.replace(/\r/g, '').split('\n');
}

/** Cut at the first line break and mark the cut with an ellipsis (a table cell without -Wrap). */
export function truncateAtNewLine(s: string): string {
  const at = s.search(/[\r\n]/);
  return at < 0 ? s : s.slice(0, at) + ELLIPSIS;
}

/** Break `value` into lines of at most `firstWidth` cells for the first line and `nextWidth` after it. */
export function generateLines(value: string, firstWidth: number, nextWidth: number, wordWrap: boolean): string[] {
  if (value === '') return [''];
  const out: string[] = [];
  for (const line of splitLines(value)) {
    if (displayLength(line) <= firstWidth) out.push(line);
    else if (wordWrap) wrapWords(line, firstWidth, nextWidth, out);
    else cutAtWidth(line, firstWidth, nextWidth, out);
  }
  return out;
}

function cutAtWidth(line: string, firstWidth: number, nextWidth: number, out: string[]): void {
  let offset = 0;
  let width = firstWidth;
  while (offset < line.length) {
    if (displayLength(line, offset) <= width) {
      out.push(line.slice(offset));
      return;
    }
    const take = headSplitLength(line, width, offset);
    // a two-cell character in a one-cell line: pwsh writes '?' instead
    if (take <= 0) {
      out.push('?');
      offset += 1;
    } else {
      out.push(line.slice(offset, offset + take));
      offset += take;
    }
    width = nextWidth;
  }
}

interface Word {
  text: string;
  delimiter: string;
}

const SOFT_HYPHEN = '\u00ad';
const HARD_HYPHEN = '\u2011';
const NO_BREAK_SPACE = '\u00a0';

function words(line: string): Word[] {
  const result: Word[] = [];
  let current = '';
  for (const c of line) {
    if (c === ' ' || c === '\t' || c === SOFT_HYPHEN) {
      result.push({ text: current, delimiter: c });
      current = '';
    } else if (c === HARD_HYPHEN || c === NO_BREAK_SPACE) {
      result.push({ text: current, delimiter: '' });
      current = '';
    } else {
      current += c;
    }
  }
  result.push({ text: current, delimiter: '' });
  return result;
}

function wrapWords(line: string, firstWidth: number, nextWidth: number, out: string[]): void {
  let lineWidth = firstWidth;
  let left = firstWidth;
  let first = true;
  let current = '';
  const nextLine = (): void => {
    out.push(current);
    current = '';
    if (first) {
      first = false;
      lineWidth = nextWidth;
    }
  };
  for (const word of words(line)) {
    let piece = word.text;
    if (word.delimiter === SOFT_HYPHEN) {
      if (displayLength(piece) + 1 === left) piece += '-';
    } else {
      piece += word.delimiter;
    }
    const pieceWidth = displayLength(piece);
    if (lineWidth === 0) {
      if (first) {
        first = false;
        lineWidth = nextWidth;
      }
      if (lineWidth === 0) break;
      left = lineWidth;
    }
    if (pieceWidth > lineWidth) {
      for (const ch of piece) {
        let c = ch;
        let w = charCells(ch.charCodeAt(0)) * ch.length;
        if (w > lineWidth) {
          c = '?';
          w = 1;
        }
        if (w > left) {
          nextLine();
          current = c;
          left = lineWidth - w;
        } else {
          current += c;
          left -= w;
        }
      }
    } else if (pieceWidth > left) {
      nextLine();
      current = piece;
      left = lineWidth - pieceWidth;
    } else {
      current += piece;
      left -= pieceWidth;
    }
  }
  out.push(current);
}
