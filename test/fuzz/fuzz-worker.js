// Worker thread for the interpreter fuzz test: runs one script per message in a fresh runspace and reports what it
// printed, so the test thread can enforce a per-input time limit (the engine is synchronous; a hung input is ended by
// terminating this worker). Jest's transform does not reach worker threads, so TypeScript is compiled here with swc.
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const { parentPort } = require('node:worker_threads');
const swc = require('@swc/core');

require('../setup/loopback-guard.js');

const compile = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = swc.transformSync(source, {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
    sourceMaps: false,
  });
  module._compile(code, filename);
};
Module._extensions['.ts'] = compile;

const { runFuzzInput } = require('./harness.ts');

parentPort.on('message', (msg) => {
  parentPort.postMessage({ id: msg.id, result: runFuzzInput(msg.text, msg.cwd) });
});
