// Size and depth limits: a 10,000-line script parses quickly, and deep nesting ends in a parse error, not a crash.
// (Exact timings live in `npm run bench`; the bound here is loose so a busy machine does not fail it.)
import { parse } from '../../src/parser';
import { bigScript, FUNCTION_LINES } from './big-script';

describe('parser limits', () => {
  it('parses a 10,000-line script in a few seconds of CPU at most', () => {
    const text = bigScript(10_000);
    expect(text.split('\n').length).toBeGreaterThanOrEqual(10_000);
    parse(text); // warm-up
    // CPU time rather than wall time: test workers share the machine.
    const started = process.cpuUsage();
    const result = parse(text);
    const used = process.cpuUsage(started);
    const ms = (used.user + used.system) / 1000;
    expect(result.errors).toEqual([]);
    expect(result.ast?.endBlock?.statements.length).toBe(Math.ceil(10_000 / FUNCTION_LINES));
    expect(ms).toBeLessThan(5000);
  });

  it.each([
    ['parentheses', '(', ')'],
    ['script blocks', '{', '}'],
    ['subexpressions', '$(', ')'],
  ])('turns 1,000 nested %s into a parse error instead of a stack overflow', (_name, open, close) => {
    const result = parse(open.repeat(1000) + '1' + close.repeat(1000));
    expect(result.ast).toBeUndefined();
    expect(result.errors.map((e) => [e.errorId, e.message])).toEqual([
      ['ScriptTooComplicated', 'Processing was stopped because the script is too complex.'],
    ]);
  });

  it('parses 100 nested parentheses', () => {
    expect(parse('('.repeat(100) + '1' + ')'.repeat(100)).errors).toEqual([]);
  });
});
