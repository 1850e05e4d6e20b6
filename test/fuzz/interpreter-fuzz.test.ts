// Interpreter fuzzing (issue 2): thousands of generated and mutated scripts run through the embedding API
// (createRunspace + runScript, output captured by the host). Every run must end in output, a ParseError or an
// ErrorRecord: no JavaScript exception may escape, no JavaScript error text or stack trace may reach the output, and no
// input may run past the per-input time limit. Each input runs in a fresh runspace inside a worker thread
// (fuzz-worker.js) so a hung input can be stopped; fixed seeds make every failure reproducible, and fast-check shrinks it.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { JS_LEAKS, type FuzzResult } from './harness';
import { mutatedArb, mutationCorpus, programArb } from './generators';


const PER_INPUT_MS = 8000;
// scripts/fuzz-full sets FUZZ_GENERATED_RUNS / FUZZ_MUTATED_RUNS for the full run (100k inputs, no time budget).
const FULL_RUN = !!process.env.FUZZ_GENERATED_RUNS;
const GENERATED_RUNS = Number(process.env.FUZZ_GENERATED_RUNS ?? 1500);
const MUTATED_RUNS = Number(process.env.FUZZ_MUTATED_RUNS ?? 1000);
// Caps on each property's wall time so a heavily loaded machine cannot push the file past ~60 s (fast-check then
// stops early and reports success for the runs it made; on an idle machine all runs finish well inside).
const GENERATED_BUDGET_MS = FULL_RUN ? undefined : 35_000;
const MUTATED_BUDGET_MS = FULL_RUN ? undefined : 20_000;
const PROPERTY_TIMEOUT_MS = FULL_RUN ? 24 * 3600_000 : 120_000;

const generated = programArb;
const mutated = mutatedArb(mutationCorpus());

let tmp: string;
let worker: Worker | undefined;
let nextId = 0;
/** Whatever the engine wrote to the process's own stdout/stderr, bypassing the host (should stay free of JS errors). */
let processStdio = '';

function startWorker(): Worker {
  const w = new Worker(path.join(__dirname, 'fuzz-worker.js'), {
    env: { ...process.env, PATH: '', HOME: tmp, PSNODE_HOME: path.join(tmp, '.psnode'), NO_COLOR: '1' },
    stdout: true,
    stderr: true,
  });
  w.stdout.on('data', (d: Buffer) => void (processStdio += d.toString()));
  w.stderr.on('data', (d: Buffer) => void (processStdio += d.toString()));
  w.unref();
  return w;
}

/** Runs one input in the worker; a run longer than PER_INPUT_MS ends the worker and counts as a hang. */
function run(text: string, limitMs = PER_INPUT_MS): Promise<FuzzResult | 'hang'> {
  worker ??= startWorker();
  const w = worker;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      worker = undefined;
      void w.terminate();
      resolve('hang');
    }, limitMs);
    const onMessage = (m: { id: number; result: FuzzResult }) => {
      if (m.id !== id) return;
      cleanup();
      resolve(m.result);
    };
    const onError = (e: Error) => {
      cleanup();
      worker = undefined;
      reject(e);
    };
    const onExit = (code: number) => {
      cleanup();
      worker = undefined;
      reject(new Error(`fuzz worker exited with code ${code}`));
    };
    function cleanup() {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
    }
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    w.postMessage({ id, text, cwd: tmp });
  });
}

let inputsRun = 0;
let hangs = 0;
let leaks = 0;

async function endsCleanly(text: string): Promise<void> {
  inputsRun++;
  const r = await run(text);
  if (r === 'hang') {
    hangs++;
    throw new Error(`no result within ${PER_INPUT_MS} ms`);
  }
  if (r.outcome === 'js-exception' || r.problems.length) {
    leaks++;
    throw new Error(`${r.problems.join('\n')}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`);
  }
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-fuzz-'));
  fs.mkdirSync(path.join(tmp, '.psnode'));
});

afterAll(async () => {
  if (process.env.FUZZ_VERBOSE) process.stdout.write(`interpreter fuzz: ${inputsRun} inputs run, ${hangs} hangs, ${leaks} with JS text\n`);
  if (worker) await worker.terminate();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('interpreter fuzz', () => {
  test('the harness notices a JavaScript error text in the output', async () => {
    // A script that prints what a leaked TypeError would look like must be reported, or the property cannot fail.
    const r = await run("'Cannot read properties of undefined (reading ''x'')'");
    expect(r).not.toBe('hang');
    expect((r as FuzzResult).problems.length).toBeGreaterThan(0);
  });

  test('the harness stops an input that does not end and reports it as a hang', async () => {
    expect(await run('while ($true) { }', 1500)).toBe('hang');
    const after = await run("'still working'");
    expect(after).not.toBe('hang');
    expect((after as FuzzResult).stdout).toBe('still working\n');
  });

  test('generated programs end in output, a ParseError or an ErrorRecord', async () => {
    await fc.assert(fc.asyncProperty(generated, endsCleanly), { seed: 20261127, numRuns: GENERATED_RUNS, interruptAfterTimeLimit: GENERATED_BUDGET_MS });
  }, PROPERTY_TIMEOUT_MS);

  test('mutated snippets and scripts end in output, a ParseError or an ErrorRecord', async () => {
    await fc.assert(fc.asyncProperty(mutated, endsCleanly), { seed: 4242, numRuns: MUTATED_RUNS, interruptAfterTimeLimit: MUTATED_BUDGET_MS });
  }, PROPERTY_TIMEOUT_MS);

  test("nothing with a JavaScript error's text reached the worker's own stdout or stderr", () => {
    expect(JS_LEAKS.filter(([, re]) => re.test(processStdio)).map(([name]) => name)).toEqual([]);
  });
});
