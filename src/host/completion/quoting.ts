// How a completion that the parser would misread is written (pwsh 7.6.9, recorded): in single quotes ('' for a
// quote inside), or in the quote the user already opened; a quoted path in command position gets '& '.

/** Characters that make a bare word mean something else to the parser. */
const NEEDS_QUOTES = /[\s'"`$&(){};,|<>]|^[@#]/;

export interface QuoteContext {
  /** The quote the user opened, if any. */
  quote?: "'" | '"';
  /** The word stands where a command name goes. */
  commandPosition: boolean;
}

export function quoteCompletion(text: string, ctx: QuoteContext): string {
  const quote = ctx.quote ?? (NEEDS_QUOTES.test(text) ? "'" : undefined);
  if (!quote) return text;
  const body = quote === "'" ? text.replace(/'/g, "''") : text.replace(/[`"$]/g, (c) => '`' + c);
  const result = `${quote}${body}${quote}`;
  return ctx.commandPosition ? `& ${result}` : result;
}
