// PEM armour (RFC 7468): find labelled blocks in text and write them.

export interface PemBlock {
  label: string;
  der: Buffer;
}

const blockPattern = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

export function looksLikePem(bytes: Buffer): boolean {
  return bytes.subarray(0, 4096).toString('latin1').includes('-----BEGIN ');
}

export function readPemBlocks(text: string): PemBlock[] {
  return [...text.matchAll(blockPattern)].map((match) => ({ label: match[1], der: Buffer.from(match[2].replace(/\s+/g, ''), 'base64') }));
}

export function writePem(label: string, bytes: Buffer): string {
  const lines = bytes.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
