// Issue #10: 50 psnode processes sign in to one sandbox at once (half by certificate, half with the secret), all
// succeed with tokens the sandbox issued and Graph accepted; psnode's and the sandbox's files stay 0600 in 0700
// folders with no secret on psnode's disk; the sandbox's own credentials survive; nothing left loopback.
// scripts/sandbox-many-sign-ins.js runs the same at any size.
const { signInMany } = require('./load/many-sign-ins');

const PROCESSES = 50;
let result: any;

beforeAll(async () => {
  result = await signInMany({ count: PROCESSES });
}, 240_000);

test(`${PROCESSES} concurrent sign-ins all succeed and read Graph`, () => {
  expect(result.failures).toEqual([]);
  expect(result.succeeded).toBe(PROCESSES);
  expect([result.tokenRequests, result.tokenRequestsOk]).toEqual([PROCESSES, PROCESSES]);
  expect([result.graphRequests, result.graphRequestsOk]).toEqual([PROCESSES, PROCESSES]);
});

test('files stay 0600 in 0700 folders, no secret on psnode\'s disk, the sandbox still has its secret', () => {
  expect(result.homeFiles).toEqual(expect.arrayContaining(['.mg/mg.context.json', '.dotnet/corefx/cryptography/x509stores/my/57052FAD65EDBCEEFF71DB1E9D7BED7A8CFACF0A.pfx']));
  expect(result.wrongModes).toEqual([]);
  expect(result.filesHoldingSecret).toEqual([]);
  expect(result.secretAfterRestart).toBe(200);
});

test('every connect(2) went to loopback', () => {
  if (result.connectsTraced === null) return console.warn('strace is missing: connect(2) calls of the psnode processes were not checked');
  expect(result.connectsOutsideLoopback).toEqual([]);
  expect(result.connectsTraced).toBeGreaterThanOrEqual(PROCESSES);
});
