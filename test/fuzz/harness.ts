// Runs one fuzz input through the embedding API and classifies how it ended. Shared by the fuzz test (through
// fuzz-worker.js, which enforces the time limit) and by the crash regressions (in-process).
import { createRunspace } from '../../src/host';

export interface FuzzResult {
  /** 'output': ran (possibly printing ErrorRecords); 'parse-error': ended in a ParseError; 'js-exception': a
   *  JavaScript exception escaped runScript. */
  outcome: 'output' | 'parse-error' | 'js-exception';
  stdout: string;
  stderr: string;
  /** Why this run counts as a crash (empty when it does not). */
  problems: string[];
}

// The Entra sign-in cmdlets would reach the Global cloud; the seed snippets call them, so a fuzz session replaces them
// with functions (functions win over cmdlets) that accept any arguments. Nothing in a fuzz run leaves the process.
export const PRELUDE = [
  'function Connect-Entra { param([Parameter(ValueFromRemainingArguments)]$Rest) }',
  'function Disconnect-Entra { param([Parameter(ValueFromRemainingArguments)]$Rest) }',
  'function Get-EntraContext { param([Parameter(ValueFromRemainingArguments)]$Rest) }',
].join('\n');

// Texts that only a JavaScript exception produces: V8's messages, stack frames, and the engine's internal errors.
export const JS_LEAKS: Array<[string, RegExp]> = [
  ['stack frame', /^\s{4}at \S/m],
  ['node internals', /node:internal/],
  ['JS error class', /\b(TypeError|RangeError|ReferenceError|SyntaxError|EvalError|URIError)\b/],
  ['property of undefined/null', /Cannot (read|set) propert(y|ies) of (undefined|null)/],
  ['not a function', /is not a function\b/],
  ['not iterable', /is not iterable\b/],
  ['not a constructor', /is not a constructor\b/],
  ['not defined', /\bis not defined\b/],
  ['undefined to object', /Cannot convert (undefined|null) to object/],
  ['BigInt', /Cannot (mix BigInt|convert a BigInt)|BigInt/],
  ['call stack', /Maximum call stack size exceeded/],
  ['array/string length', /Invalid (array|string|typed array) length/],
  ['JS date', /Invalid time value/],
  ['JS number formatting', /(toFixed|toPrecision|toString|toExponential)\(\) (digits|radix|argument)|Invalid count value/],
  ['JS regex', /Invalid regular expression: \//],
  ['JSON.parse', /is not valid JSON|in JSON at position/],
  ['reduce', /Reduce of empty array/],
  ['TDZ', /Cannot access '.*' before initialization/],
  ['engine internal', /not compiled$|No script block invoker installed/m],
  ['JS object as text', /\[object Object\]/],
];

export function runFuzzInput(text: string, cwd?: string): FuzzResult {
  let stdout = '';
  let stderr = '';
  const rs = createRunspace({ write: (t) => void (stdout += t), writeErrorLine: (t) => void (stderr += t + '\n'), width: 120, cwd });
  rs.runScript(PRELUDE);
  stdout = '';
  stderr = '';
  let outcome: FuzzResult['outcome'] = 'output';
  const problems: string[] = [];
  try {
    rs.runScript(text);
    if (/^ParserError:/m.test(stderr) || /^ParserError:/m.test(stdout)) outcome = 'parse-error';
  } catch (e) {
    outcome = 'js-exception';
    problems.push(`escaped: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
  const all = stdout + '\n' + stderr;
  for (const [name, re] of JS_LEAKS) {
    const m = re.exec(all);
    if (m) problems.push(`${name}: ${lineAround(all, m.index)}`);
  }
  return { outcome, stdout, stderr, problems };
}

function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? undefined : end);
}
