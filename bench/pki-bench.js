#!/usr/bin/env node
// Certificate benchmarks: New-SelfSignedCertificate's work (RSA 2048 key, certificate, store file) and listing a
// store of 1,000 certificates, beside .NET doing the same through pwsh on the same HOME. Prints JSON lines
// {"bench":"pki","name","value","unit","psnode_ms","psnode_cpu_ms","pwsh_ms"?,"target"}, medians of RUNS runs.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const esbuild = require('esbuild');
const { findPwsh } = require('../scripts/lib/pwsh.js');

const ROOT = path.resolve(__dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS || 7);
const PWSH = findPwsh();

/** src/pki compiled on the fly, so the bench measures the sources as they are. */
function loadPki() {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-pki-bench-')), 'pki.js');
  esbuild.buildSync({ entryPoints: [path.join(ROOT, 'src/pki/index.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: out, logLevel: 'warning' });
  return require(out);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Wall time of fn in ms; its CPU time (user + system) is pushed to `cpu`, the figure that holds on a busy machine. */
function timeMs(fn, cpu) {
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  fn();
  const used = process.cpuUsage(cpuStart);
  cpu.push((used.user + used.system) / 1000);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs a pwsh script that prints one number of milliseconds (measured inside pwsh, so start-up is not counted). */
function pwshMs(script, home) {
  if (!PWSH) return undefined;
  const result = spawnSync(PWSH, ['-NoProfile', '-NonInteractive', '-Command', script], { env: { ...process.env, HOME: home, NO_COLOR: '1' }, encoding: 'utf8' });
  const value = Number.parseFloat(String(result.stdout).trim().split('\n').pop());
  if (result.status !== 0 || Number.isNaN(value)) {
    process.stderr.write(`pki-bench: pwsh failed: ${String(result.stderr).split('\n')[0]}\n`);
    return undefined;
  }
  return value;
}

function emit(name, psnodeMs, pwshMsValue, target, cpuMs) {
  const record = { bench: 'pki', name, value: Number(psnodeMs.toFixed(1)), unit: 'ms', psnode_ms: Number(psnodeMs.toFixed(1)), target };
  if (cpuMs !== undefined) record.psnode_cpu_ms = Number(cpuMs.toFixed(1));
  if (pwshMsValue !== undefined) record.pwsh_ms = Number(pwshMsValue.toFixed(1));
  console.log(JSON.stringify(record));
}

const pki = loadPki();
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-pki-bench-home-'));
process.env.HOME = home;
process.env.PSNODE_HOME = path.join(home, '.psnode');

// New-SelfSignedCertificate -Subject CN=... -KeyLength 2048 -KeyAlgorithm RSA -HashAlgorithm SHA256 into CurrentUser\My.
const store = new pki.CertificateStore('CurrentUser', 'My');
const selfSigned = [];
const selfSignedCpu = [];
for (let i = 0; i < RUNS; i++) {
  selfSigned.push(timeMs(() => store.add(pki.createSelfSignedCertificate({ subject: `CN=bench ${i}`, keyAlgorithm: 'RSA', keyLength: 2048, hashAlgorithm: 'SHA256' })), selfSignedCpu));
}
const pwshSelfSigned = pwshMs(
  `$t = @(); 1..${RUNS} | % { $sw = [Diagnostics.Stopwatch]::StartNew()
     $rsa = [Security.Cryptography.RSA]::Create(2048)
     $req = [Security.Cryptography.X509Certificates.CertificateRequest]::new("CN=pwsh $_", $rsa, 'SHA256', [Security.Cryptography.RSASignaturePadding]::Pkcs1)
     $c = $req.CreateSelfSigned([DateTimeOffset]::Now.AddMinutes(-10), [DateTimeOffset]::Now.AddYears(1))
     $s = [Security.Cryptography.X509Certificates.X509Store]::new('My', 'CurrentUser'); $s.Open('ReadWrite'); $s.Add($c); $s.Close()
     $t += $sw.Elapsed.TotalMilliseconds }
   ($t | Sort-Object)[[int][Math]::Floor($t.Count / 2)]`,
  home,
);
emit('New-SelfSignedCertificate RSA 2048 into CurrentUser\\My (median)', median(selfSigned), pwshSelfSigned, '< 300 ms', median(selfSignedCpu));
emit('New-SelfSignedCertificate RSA 2048 (slowest of runs)', Math.max(...selfSigned), undefined, '< 300 ms', Math.max(...selfSignedCpu));

// A store of 1,000 certificates (with keys), listed cold in a fresh store object each run.
const bulk = new pki.CertificateStore('CurrentUser', 'TrustedPeople');
const { generateKeyPairSync } = require('node:crypto');
const sharedKey = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey;
for (let i = 0; i < 1000; i++) {
  bulk.add(pki.createSelfSignedCertificate({ subject: `CN=bulk ${i}`, keyAlgorithm: 'ECDSA_nistP256', generateKey: () => sharedKey }));
}
const listings = [];
const listingCpu = [];
for (let i = 0; i < RUNS; i++) {
  listings.push(
    timeMs(() => {
      const { certificates } = new pki.CertificateStore('CurrentUser', 'TrustedPeople').list();
      if (certificates.length !== 1000) throw new Error(`listed ${certificates.length}`);
    }, listingCpu),
  );
}
const pwshListing = pwshMs(
  `$t = @(); 1..${RUNS} | % { $sw = [Diagnostics.Stopwatch]::StartNew()
     $s = [Security.Cryptography.X509Certificates.X509Store]::new('TrustedPeople', 'CurrentUser'); $s.Open('ReadOnly')
     if ($s.Certificates.Count -ne 1000) { throw "listed $($s.Certificates.Count)" }; $s.Close()
     $t += $sw.Elapsed.TotalMilliseconds }
   ($t | Sort-Object)[[int][Math]::Floor($t.Count / 2)]`,
  home,
);
emit('List a store of 1,000 certificates (median)', median(listings), pwshListing, '< 1000 ms', median(listingCpu));

fs.rmSync(home, { recursive: true, force: true });
