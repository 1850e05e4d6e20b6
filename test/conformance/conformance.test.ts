// Conformance: every case in test/conformance/cases runs through psnode under the recorder's conditions and must
// match pwsh's golden byte for byte (stdout, stderr, exit code), unless known-gaps.json lists it with a reason.
// CONFORMANCE_FILTER=topic/,other limits the run to cases whose id contains one of the comma-separated strings.
// CONFORMANCE_REPORT=file.json writes each case's outcome and first difference (input to scripts/update-known-gaps).
import * as fs from 'node:fs';

const lib = require('./lib/cases.js');
const gapsLib = require('./lib/known-gaps.js');
const { lineDiff } = require('./lib/line-diff.js');

type Outcome = { stdout: string; stderr: string; exitCode: number | string; timedOut: boolean };

const PASS_RATE_TARGET = 0.95;
const CASE_TIMEOUT_MS = 15000;
const CONCURRENCY = 2;

const allCases: string[] = lib.listCases();
const filters = (process.env.CONFORMANCE_FILTER || '').split(',').filter(Boolean);
const cases: string[] = lib.filterCases(allCases, filters);
const knownGaps: Record<string, string> = gapsLib.readKnownGaps();
const outcomes = new Map<string, Outcome>();
const passed = new Set<string>();

function expectedOf(id: string): Outcome {
  const golden = lib.goldenPath(id);
  if (!fs.existsSync(golden)) throw new Error(`${id}: no golden; record it with scripts/record-conformance ${id}`);
  return { ...lib.decodeGolden(fs.readFileSync(golden, 'utf8')), timedOut: false };
}

function matches(expected: Outcome, actual: Outcome): boolean {
  return !actual.timedOut && expected.exitCode === actual.exitCode && expected.stdout === actual.stdout && expected.stderr === actual.stderr;
}

/** The first line where psnode's output departs from pwsh's, as a one-line reason. */
function firstDifference(expected: Outcome, actual: Outcome): string {
  if (actual.timedOut) return `psnode did not finish within ${CASE_TIMEOUT_MS} ms`;
  const want = lib.encodeGolden(expected).split('\n');
  const got = lib.encodeGolden(actual).split('\n');
  const at = want.findIndex((line: string, i: number) => line !== got[i]);
  const index = at < 0 ? want.length : at;
  return `expected ${JSON.stringify(want[index] ?? '(end)')}, got ${JSON.stringify(got[index] ?? '(end)')}`;
}

function writeReport(file: string): void {
  const report: Record<string, { passed: boolean; firstDifference?: string }> = {};
  for (const id of cases) {
    const actual = outcomes.get(id);
    if (!actual || !fs.existsSync(lib.goldenPath(id))) continue;
    report[id] = passed.has(id) ? { passed: true } : { passed: false, firstDifference: firstDifference(expectedOf(id), actual) };
  }
  fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
}

function describeMismatch(id: string, expected: Outcome, actual: Outcome): string {
  const header = actual.timedOut ? `${id}: psnode did not finish within ${CASE_TIMEOUT_MS} ms\n` : `${id}: differs from pwsh\n`;
  return header + lineDiff(lib.encodeGolden(expected), lib.encodeGolden(actual));
}

beforeAll(async () => {
  await lib.mapLimit(cases, CONCURRENCY, async (id: string) => {
    const actual: Outcome = await lib.runCase(id, lib.PSNODE_ARGV, { timeoutMs: CASE_TIMEOUT_MS });
    outcomes.set(id, actual);
    if (fs.existsSync(lib.goldenPath(id)) && matches(expectedOf(id), actual)) passed.add(id);
  });
}, 60000 + (cases.length * CASE_TIMEOUT_MS) / CONCURRENCY);

afterAll(() => {
  if (cases.length === 0) return;
  const byTopic = new Map<string, [number, number]>();
  for (const id of cases) {
    const topic = id.split('/')[0];
    const [ok, total] = byTopic.get(topic) || [0, 0];
    byTopic.set(topic, [ok + (passed.has(id) ? 1 : 0), total + 1]);
  }
  const topics = [...byTopic].map(([topic, [ok, total]]) => `  ${topic}: ${ok}/${total}`).join('\n');
  const rate = ((100 * passed.size) / cases.length).toFixed(1);
  process.stdout.write(`\n${topics}\nconformance: ${passed.size}/${cases.length} passed (${rate}%)\n`);
  if (process.env.CONFORMANCE_REPORT) writeReport(process.env.CONFORMANCE_REPORT);
});

describe('conformance corpus', () => {
  test('has at least 260 cases, each with a golden recorded from pwsh', () => {
    expect(allCases.length).toBeGreaterThanOrEqual(260);
    expect(allCases.filter((id) => !fs.existsSync(lib.goldenPath(id)))).toEqual([]);
  });

  test('case files are named <topic>/NNN-what-it-tests', () => {
    expect(allCases.filter((id) => !/^[a-z-]+\/\d{3}-[a-z0-9-]+$/.test(id))).toEqual([]);
  });

  test('known-gaps.json names only existing cases', () => {
    expect(Object.keys(knownGaps).filter((id) => !allCases.includes(id))).toEqual([]);
  });

  test('KNOWN_LIMITATIONS.md is generated from known-gaps.json (scripts/update-known-limitations)', () => {
    const current = fs.existsSync(gapsLib.KNOWN_LIMITATIONS_FILE) ? fs.readFileSync(gapsLib.KNOWN_LIMITATIONS_FILE, 'utf8') : '';
    expect(current).toBe(gapsLib.renderKnownLimitations(knownGaps));
  });
});

describe('psnode matches pwsh byte for byte', () => {
  if (cases.length === 0) {
    test('CONFORMANCE_FILTER matches at least one case', () => {
      throw new Error(`no case id contains any of: ${filters.join(', ')}`);
    });
    return;
  }

  test.each(cases)('%s', (id) => {
    const expected = expectedOf(id);
    const actual = outcomes.get(id) as Outcome;
    if (id in knownGaps) {
      if (passed.has(id)) throw new Error(`${id} now passes: remove it from known-gaps.json (was: ${knownGaps[id]})`);
      return;
    }
    if (!matches(expected, actual)) throw new Error(describeMismatch(id, expected, actual));
  });

  // A JavaScript value must never surface as text, known gap or not (issue #9).
  test('no case prints [object Object] or a JavaScript stack', () => {
    const leaks = cases.filter((id) => {
      const actual = outcomes.get(id) as Outcome;
      const text = actual.stdout + actual.stderr;
      return text.includes('[object Object]') || /\n\s+at .+\.js:\d+:\d+\)?\n/.test(text);
    });
    expect(leaks).toEqual([]);
  });

  test(`pass rate is at least ${PASS_RATE_TARGET * 100}%`, () => {
    expect(passed.size / Math.max(cases.length, 1)).toBeGreaterThanOrEqual(PASS_RATE_TARGET);
  });
});
