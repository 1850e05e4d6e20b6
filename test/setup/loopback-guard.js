// Preloaded into jest (setupFiles) and into client processes (--require). Fails any test that opens a socket or resolves a name outside loopback, and scrubs the variables that make msal-node probe IMDS.
'use strict';
const net = require('node:net');
const dns = require('node:dns');

delete process.env.MSAL_FORCE_REGION;
delete process.env.REGION_NAME;

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);
function isLoopback(host) {
  if (host === undefined || host === null || host === '') return true; // Node defaults to localhost
  const h = String(host).toLowerCase();
  return LOOPBACK_NAMES.has(h) || /^127\./.test(h) || h === '::ffff:127.0.0.1';
}
function refuse(host) {
  const err = new Error(`loopback guard: refused connection to non-loopback host '${host}'`);
  err.code = 'ELOOPBACKGUARD';
  // Said on stderr too: a client that swallows the error (an IMDS probe) must still be caught by the test reading it.
  process.stderr.write(`${err.message}\n`);
  throw err;
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const first = args[0];
  let host;
  if (first && typeof first === 'object' && !Array.isArray(first)) {
    if (first.path) return originalConnect.apply(this, args); // unix sockets and pipes stay local
    host = first.host;
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    host = typeof args[1] === 'string' ? args[1] : undefined;
  } else if (typeof first === 'string') {
    return originalConnect.apply(this, args); // a path
  }
  if (!isLoopback(host)) refuse(host);
  return originalConnect.apply(this, args);
};

const originalLookup = dns.lookup;
dns.lookup = function guardedLookup(hostname, ...rest) {
  if (!isLoopback(hostname)) refuse(hostname);
  return originalLookup.call(this, hostname, ...rest);
};
