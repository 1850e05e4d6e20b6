// psnode-sandbox: the standalone server (bundled to dist/psnode-sandbox.js). Parses its options, starts the sandbox,
// prints the endpoints when ready and runs until SIGINT/SIGTERM.
import path from 'node:path';
import { cli } from './messages';
import { demoTenantInfo } from './index';
import { startSandbox } from './sandbox';
import { parseArguments } from './cli-options';

function readyText(sandbox: Awaited<ReturnType<typeof startSandbox>>): string {
  const demo = demoTenantInfo();
  const rows: Array<[string, string]> = [
    ['AuthorityHost', sandbox.authorityHost],
    ['Authority', sandbox.authority],
    ['GraphEndpoint', sandbox.graphEndpoint],
    ['IdentityEndpoint', sandbox.identityEndpoint],
    ['IdentityHeader', sandbox.identityHeader],
    ['TenantId', demo.TenantId],
    ['TenantDomain', demo.TenantDomain],
    ['ApplicationId', demo.ApplicationId],
    ['CertificateThumbprint', demo.CertificateThumbprint],
    ['Location', sandbox.location ?? '(in memory)'],
    ['CaCertificate', sandbox.location ? path.join(sandbox.location, 'ca-cert.pem') : '(below)'],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  const lines = [cli.ready, ...rows.map(([name, value]) => `${name.padEnd(width)} : ${value}`)];
  if (!sandbox.location) lines.push(sandbox.caCertificatePem.replace(/\r\n/g, '\n').trimEnd());
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const parsed = parseArguments(process.argv.slice(2));
  if (parsed === 'help') {
    process.stdout.write(`${cli.usage}\n`);
    return;
  }
  if ('error' in parsed) {
    process.stderr.write(`${parsed.error}\n${cli.usage}\n`);
    process.exitCode = 2;
    return;
  }
  let sandbox;
  try {
    sandbox = await startSandbox(parsed);
  } catch (error) {
    process.stderr.write(`${cli.startFailed((error as Error).message)}\n`);
    process.exitCode = 1;
    return;
  }
  const stop = () => {
    void sandbox.close().then(() => process.exit(0));
  };
  // Handlers first: whoever reads the ready text may signal at once.
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.stdout.write(readyText(sandbox));
}

void main();
