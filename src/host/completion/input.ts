// Reads the input as far as completion needs (pwsh completes from its tokens, which stay meaningful where the
// script does not parse yet): the tokens up to the cursor, which one the cursor is in, and the command each
// argument belongs to. Argument mode and expression mode are told apart only as far as completion needs them.

export type TokenKind = 'word' | 'string' | 'variable' | 'parameter' | 'member' | 'index' | 'type' | 'operator' | 'comment';

export interface Token {
  kind: TokenKind;
  /** The token's text as typed. */
  text: string;
  start: number;
  end: number;
  /** The opening quote of a string token. */
  quote?: "'" | '"';
  /** A member token: reached with '::' (static) rather than '.'. */
  isStatic?: boolean;
  /** Index (in the token list) of the command name this token is an argument of; -1 outside a command. */
  command: number;
}

/** What the cursor is in: a token, or nothing yet (after whitespace or an operator). */
export interface CursorContext {
  tokens: Token[];
  /** The token being completed (its text may run past the cursor), or undefined for an empty word. */
  token?: Token;
  /** Where the word being completed starts (the cursor for an empty word). */
  start: number;
  /** Whether a word at the cursor would be a command name. */
  commandPosition: boolean;
  /** The command name token index the cursor's word belongs to (-1 when none). */
  command: number;
}

const BOUNDARY = new Set(['|', ';', '\n', '(', '{', '$(', '@(', '@{', '&&', '||', '=', '&', '.']);
const WORD_END = /[\s|;(){},&]/;

class Scanner {
  readonly tokens: Token[] = [];
  /** The last comment seen (comments are not tokens: they take no part in commands). */
  lastComment?: Token;
  expectCommand = true;
  command = -1;
  private readonly commandStack: number[] = [];
  private i = 0;

  constructor(private readonly text: string) {}

  run(): this {
    while (this.i < this.text.length) this.next();
    return this;
  }

  private push(kind: TokenKind, start: number, extra: Partial<Token> = {}): Token {
    const token: Token = { kind, text: this.text.slice(start, this.i), start, end: this.i, command: this.command, ...extra };
    this.tokens.push(token);
    return token;
  }

  private operator(op: string): void {
    const start = this.i;
    this.i += op.length;
    this.push('operator', start);
    if (op === '(' || op === '{' || op === '$(' || op === '@(' || op === '@{') {
      this.commandStack.push(this.command);
      this.command = -1;
    } else if (op === ')' || op === '}') {
      this.command = this.commandStack.pop() ?? -1;
    } else if (BOUNDARY.has(op)) {
      this.command = -1;
    }
    this.expectCommand = BOUNDARY.has(op);
  }

  /**
   * A word or string: the command name when a command is expected, else an argument. A number, or a string not
   * after a call operator, starts an expression instead ('1 -eq 2', "'a' -like 'b'").
   */
  private argument(kind: 'word' | 'string', start: number, extra: Partial<Token> = {}): void {
    const afterCall = ['&', '.'].includes(this.tokens[this.tokens.length - 1]?.text ?? '');
    const expression = kind === 'string' ? !afterCall : /^\.?\d/.test(this.text.slice(start, this.i)) && !afterCall;
    if (this.expectCommand && expression) {
      this.expectCommand = false;
      this.push(kind, start, extra);
      return;
    }
    if (this.expectCommand) {
      this.command = this.tokens.length;
      this.expectCommand = false;
      const token = this.push(kind, start, extra);
      token.command = this.command;
      return;
    }
    this.push(kind, start, extra);
  }

  private previousAllowsMember(): boolean {
    const prev = this.tokens[this.tokens.length - 1];
    if (!prev || prev.end !== this.i) return false;
    return prev.kind === 'variable' || prev.kind === 'member' || prev.kind === 'index' || prev.kind === 'type' || prev.text === ')' || prev.kind === 'string';
  }

  /** After ',', '(' or another type literal a '[' starts a type (`param([int]$a, [string]$b)`). */
  private afterExpressionOperator(): boolean {
    const prev = this.tokens[this.tokens.length - 1];
    return !!prev && this.command < 0 && ((prev.kind === 'operator' && prev.text !== ')' && prev.text !== '}') || prev.kind === 'type');
  }

  /** `[0]` or `['key']` right after a value: an index into it. */
  private index(): void {
    const start = this.i;
    this.skipBrackets();
    this.push('index', start);
  }

  /** Past the balanced `[ ... ]` that starts here (or to the end of unfinished input). */
  private skipBrackets(): void {
    let depth = 0;
    while (this.i < this.text.length) {
      const c = this.text[this.i++];
      if (c === '[') depth++;
      else if (c === ']' && --depth === 0) break;
    }
  }

  private next(): void {
    const t = this.text;
    const c = t[this.i];
    const rest = t.slice(this.i);
    if (c === '\n') return this.operator('\n');
    if (/\s/.test(c)) {
      this.i++;
      return;
    }
    if (c === '#') {
      const start = this.i;
      while (this.i < t.length && t[this.i] !== '\n') this.i++;
      this.lastComment = { kind: 'comment', text: t.slice(start, this.i), start, end: this.i, command: -1 };
      return;
    }
    if ((c === '.' || rest.startsWith('::')) && this.previousAllowsMember()) return this.member(c !== '.');
    if (c === '[' && this.previousAllowsMember()) return this.index();
    if (c === "'" || c === '"') return this.string(c);
    if (c === '$') return this.dollar();
    if (c === '@' && /^@[\w?]/.test(rest)) return this.dollar();
    for (const op of ['&&', '||', '$(', '@(', '@{']) if (rest.startsWith(op)) return this.operator(op);
    if ('|;(){},=!'.includes(c)) return this.operator(c);
    if ((c === '&' || c === '.') && this.expectCommand && /^.(\s|$)/.test(rest)) return this.operator(c);
    if (c === '&') return this.operator(c);
    if (c === '[' && (this.expectCommand || this.afterExpressionOperator())) return this.typeLiteral();
    if (c === '-' && /^-([A-Za-z_?]|\s|$)/.test(rest) && !this.expectCommand) return this.parameter();
    this.word();
  }

  private member(isStatic: boolean): void {
    this.i += isStatic ? 2 : 1;
    const start = this.i;
    while (this.i < this.text.length && /\w/.test(this.text[this.i])) this.i++;
    this.push('member', start, { isStatic });
  }

  private string(quote: "'" | '"'): void {
    const start = this.i++;
    const t = this.text;
    while (this.i < t.length) {
      const c = t[this.i];
      if (quote === '"' && c === '`') {
        this.i += 2;
        continue;
      }
      if (c === quote) {
        if (t[this.i + 1] === quote) {
          this.i += 2;
          continue;
        }
        this.i++;
        break;
      }
      this.i++;
    }
    this.argument('string', start, { quote });
  }

  private dollar(): void {
    const start = this.i++;
    const t = this.text;
    if (t[this.i] === '{') {
      while (this.i < t.length && t[this.i] !== '}') this.i++;
      if (this.i < t.length) this.i++;
    } else if (/[$?^]/.test(t[this.i] ?? '')) {
      this.i++;
    } else {
      while (this.i < t.length && /[\w:]/.test(t[this.i])) this.i++;
    }
    // An argument such as $HOME/.config is one word that starts with a variable.
    if (!this.expectCommand && this.command >= 0 && /[\\/]/.test(t[this.i] ?? '')) {
      this.i = start;
      return this.word();
    }
    this.push('variable', start);
    this.expectCommand = false;
  }

  private typeLiteral(): void {
    const start = this.i;
    this.skipBrackets();
    this.push('type', start);
    this.expectCommand = false;
  }

  private parameter(): void {
    const start = this.i++;
    while (this.i < this.text.length && /[\w-?]/.test(this.text[this.i])) this.i++;
    if (this.text[this.i] === ':') this.i++;
    this.push('parameter', start);
  }

  private word(): void {
    const start = this.i;
    const t = this.text;
    while (this.i < t.length && !WORD_END.test(t[this.i])) {
      if (t[this.i] === '`') this.i++;
      else if ((t[this.i] === "'" || t[this.i] === '"') && this.i > start) break;
      this.i++;
    }
    this.i = Math.min(this.i, t.length);
    this.argument('word', start);
  }
}

function tokenize(text: string): Token[] {
  return new Scanner(text).run().tokens;
}

/** The completion context at `cursor`: the token there (whole, even past the cursor) and its command. */
export function contextAt(input: string, cursor: number): CursorContext {
  const before = new Scanner(input.slice(0, cursor)).run();
  const last = before.tokens[before.tokens.length - 1];
  // Inside a comment there is nothing to complete: the comment (to the end of its line) is the span.
  const comment = before.lastComment;
  if (comment && comment.end === cursor) {
    const lineEnd = input.indexOf('\n', cursor);
    const end = lineEnd < 0 ? input.length : lineEnd;
    return { tokens: before.tokens, token: { ...comment, end, text: input.slice(comment.start, end) }, start: comment.start, commandPosition: false, command: -1 };
  }
  const full = tokenize(input);
  const inToken = last && last.end === cursor && last.kind !== 'operator';
  // A parameter's ':' ends the name; what follows is its value.
  if (!inToken || (last.kind === 'parameter' && last.text.endsWith(':'))) {
    return { tokens: before.tokens, start: cursor, commandPosition: before.expectCommand, command: before.command };
  }
  const whole = full.find((t) => t.start === last.start && t.kind === last.kind) ?? last;
  const token: Token = { ...last, text: whole.text, end: whole.end };
  return {
    tokens: before.tokens,
    token,
    start: token.start,
    commandPosition: token.command === before.tokens.length - 1 && (token.kind === 'word' || token.kind === 'string'),
    command: token.command,
  };
}
