// The request fuzzer at CI size (scripts/fuzz-sandbox.js runs 5,000 a server): malformed requests to each of the
// three servers all get a 4xx answer — no 5xx, no connection closed without an answer, no hang, no crash — and the
// sandbox still signs in afterwards. Before the shared request front, this killed the sandbox (`TypeError: Invalid URL`).
const { fuzzSandbox } = require('./fuzz/request-fuzzer');

const PER_SERVER = 500;

test(`${PER_SERVER} malformed requests per server: every one answered 4xx, nothing crashes or hangs`, async () => {
  const result = await fuzzSandbox({ perServer: PER_SERVER, seed: 20261207 });
  if (result.examples.length) console.log(JSON.stringify(result.examples, null, 1));
  expect(result.crash).toBeUndefined();
  for (const counts of Object.values(result.servers) as Array<Record<string, number>>) {
    expect(counts).toEqual({ requests: PER_SERVER, '2xx': 0, '3xx': 0, '4xx': PER_SERVER, '5xx': 0, closed: 0, hangs: 0 });
  }
  expect(result.signsInAfterwards).toBe(true);
}, 120_000);
