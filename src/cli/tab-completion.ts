// Tab in the REPL, over Node's readline completer. The first Tab replaces the word with the first match, as
// PSReadLine's default (Windows) edit mode does on Linux pwsh; a second Tab on that same line lists every match
// the way readline lists completions (in place of PSReadLine's cycling, which readline cannot do). The matches
// come from the completion engine (TabExpansion2's), which loads on the first Tab.

/** The part of a CommandCompletion the REPL uses. */
export interface Completion {
  replacementIndex: number;
  matches: ReadonlyArray<{ completionText: string }>;
}

export type CompleteFn = (input: string, cursor: number) => Completion;

/** What readline's completer returns: the candidates and the text before the cursor they replace. */
export type CompleterResult = [string[], string];

/**
 * A readline completer. `pending` gives the lines already entered for an incomplete statement (shown with '>> '),
 * so a Tab on a continuation line completes in the context of the whole statement.
 */
export function createTabCompleter(complete: CompleteFn, pending: () => string = () => ''): (line: string) => CompleterResult {
  let listing: { line: string; word: string; texts: string[] } | undefined;
  return (line) => {
    if (listing && listing.line === line) return [listing.texts, listing.word];
    listing = undefined;
    const before = pending();
    const input = before ? `${before}\n${line}` : line;
    let result: Completion;
    try {
      result = complete(input, input.length);
    } catch {
      return [[], line];
    }
    const start = result.replacementIndex - (input.length - line.length);
    if (result.matches.length === 0 || start < 0) return [[], line];
    const first = result.matches[0].completionText;
    if (result.matches.length > 1) {
      // readline lists when every candidate shares a prefix with the word on the line: the first match does.
      listing = { line: line.slice(0, start) + first, word: first, texts: result.matches.map((m) => m.completionText) };
    }
    return [[first], line.slice(start)];
  };
}
