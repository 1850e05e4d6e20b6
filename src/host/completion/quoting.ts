// How a completion that the parser would misread is written (pwsh 7.6.9, recorded over names holding each special
// character): in single quotes ('' for a quote inside), or in the quote the user already opened (`$, `", `` inside
// double quotes); a quoted path in command position gets '& '. '[' and a '#' inside a name need no quotes, but a
// path for a parameter that takes wildcards (-Path, not -LiteralPath) escapes them: './a`[1`].txt', "./a``[1``].txt".

/** Characters that make a bare word mean something else to the parser. */
const SPECIAL = /[\s'"`$&(){};,|<>]/;
/** A name starting with these would start a splat or a comment. */
const SPECIAL_START = /^[@#]/;

export interface QuoteContext {
  /** The quote the user opened, if any. */
  quote?: "'" | '"';
  /** The word stands where a command name goes. */
  commandPosition: boolean;
}

/**
 * `text` as it goes into the input; `name` is the item's own name (its last segment, for a path); `wildcards`:
 * the text will be read as a wildcard pattern, so its wildcard characters are escaped.
 */
export function quoteCompletion(text: string, ctx: QuoteContext, name = text, wildcards = false): string {
  const call = (quoted: string) => (ctx.commandPosition ? `& ${quoted}` : quoted);
  if (ctx.quote === '"') {
    const body = text.replace(/[`"$]/g, (c) => '`' + c);
    return call(`"${wildcards ? body.replace(/[[\]*?]/g, (c) => '``' + c) : body}"`);
  }
  const escaped = wildcards ? text.replace(/[`[\]*?]/g, (c) => '`' + c) : text;
  if (ctx.quote !== "'" && !SPECIAL.test(escaped) && !SPECIAL_START.test(name)) return escaped;
  return call(`'${escaped.replace(/'/g, "''")}'`);
}
