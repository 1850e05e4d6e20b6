// Jest runs the TypeScript sources directly through swc; the generated parser comes from `npm run build`.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  setupFiles: ['<rootDir>/test/setup/loopback-guard.js'],
  testTimeout: 30000,
  maxWorkers: 2,
};
