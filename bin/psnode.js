#!/usr/bin/env node
// psnode launcher: runs the bundled CLI through V8's code cache (dist/psnode.js.cache, made by the build, or written
// after the first run when missing or stale) so start-up skips compiling the bundle again. The cache is keyed by the bundle's size and mtime because V8 itself
// only checks the source length.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

const file = path.join(__dirname, '..', 'dist', 'psnode.js');
const cacheFile = file + '.cache';
const KEY_BYTES = 64;
const stat = fs.statSync(file);
const key = Buffer.alloc(KEY_BYTES);
key.write(`${stat.size}:${stat.mtimeMs}`);
// The build guarantees an ASCII bundle, so latin1 reads it exactly and faster than UTF-8.
const source = fs.readFileSync(file, 'latin1');
let cachedData;
try {
  const data = fs.readFileSync(cacheFile);
  if (data.length > KEY_BYTES && data.subarray(0, KEY_BYTES).equals(key)) cachedData = data.subarray(KEY_BYTES);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
const entry = new Module(file, module);
entry.filename = file;
entry.paths = Module._nodeModulePaths(path.dirname(file));
if (!cachedData || script.cachedDataRejected) {
  // Written once the program has run, so the cache holds the functions start-up compiled too.
  process.once('exit', () => {
    try {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, Buffer.concat([key, script.createCachedData()]));
      fs.renameSync(tmp, cacheFile);
    } catch {
      // A read-only install just runs without the cache.
    }
  });
}
script.runInThisContext().call(entry.exports, entry.exports, Module.createRequire(file), entry, file, path.dirname(file));
