// New-SelfSignedCertificate -TextExtension strings: `oid={text}...`, `oid={hex}...` or `oid=base64`, with an
// optional `{critical}` after the `=` (the formats the PKI module documents), encoded into extensions.
import { isIP } from 'net';
import { PkiError } from './errors';
import { encodeDistinguishedName, parseDistinguishedName, X500DistinguishedName } from './distinguished-name';
import { encodeBasicConstraints, encodeEnhancedKeyUsage, encodeGeneralNames, GeneralName } from './extensions';
import { Oids } from './oids';

export interface ExtensionSpec {
  oid: string;
  critical: boolean;
  value: Buffer;
}

function invalid(text: string): PkiError {
  return new PkiError('InvalidTextExtension', [text], 'System.ArgumentException');
}

export function parseTextExtension(text: string): ExtensionSpec {
  const match = /^\s*(\d+(?:\.\d+)+)\s*=(\{critical\})?(\{text\}|\{hex\})?([\s\S]*)$/i.exec(text);
  if (!match) throw invalid(text);
  const [, oid, critical, form, body] = match;
  let value: Buffer;
  if (!form) value = Buffer.from(body.trim(), 'base64');
  else if (form.toLowerCase() === '{hex}') value = Buffer.from(body.replace(/\s+/g, ''), 'hex');
  else value = encodeTextValue(oid, body, text);
  if (value.length === 0) throw invalid(text);
  return { oid, critical: Boolean(critical), value };
}

function encodeTextValue(oid: string, body: string, text: string): Buffer {
  if (oid === Oids.extendedKeyUsage) {
    const oids = body.split(/[,&]/).map((part) => part.trim()).filter(Boolean);
    if (oids.length === 0 || !oids.every((part) => /^\d+(\.\d+)+$/.test(part))) throw invalid(text);
    return encodeEnhancedKeyUsage(oids);
  }
  if (oid === Oids.basicConstraints) return encodeBasicConstraintsText(body, text);
  if (oid === Oids.subjectAltName) return encodeGeneralNames(body.split('&').map((token) => parseAltName(token, text)));
  throw invalid(text);
}

function parseAltName(token: string, text: string): GeneralName {
  const separator = token.indexOf('=');
  if (separator < 0) throw invalid(text);
  const key = token.slice(0, separator).trim().toLowerCase();
  const value = token.slice(separator + 1).trim();
  switch (key) {
    case 'dns':
      return { kind: 'dns', value };
    case 'email':
      return { kind: 'email', value };
    case 'upn':
      return { kind: 'upn', value };
    case 'url':
      return { kind: 'uri', value };
    case 'ipaddress':
      if (!isIP(value)) throw invalid(text);
      return { kind: 'ip', value: ipBytes(value) };
    case 'directoryname':
      return { kind: 'directory', value: new X500DistinguishedName(encodeDistinguishedName(parseDistinguishedName(value))) };
    default:
      throw invalid(text);
  }
}

export function ipBytes(address: string): Buffer {
  if (isIP(address) === 4) return Buffer.from(address.split('.').map(Number));
  const [head, tail = ''] = address.split('::');
  const groups = (part: string) => (part ? part.split(':') : []);
  const left = groups(head);
  const right = address.includes('::') ? groups(tail) : [];
  const all = [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return Buffer.from(all.flatMap((group) => { const n = parseInt(group, 16); return [n >> 8, n & 0xff]; }));
}

/** `2.5.29.19={text}CA=true&pathlength=0` (certreq's spelling; CA accepts true/false/1/0). */
function encodeBasicConstraintsText(body: string, text: string): Buffer {
  let ca = false;
  let pathLength: number | undefined;
  for (const token of body.split('&')) {
    const [key, value = ''] = token.split('=').map((part) => part.trim().toLowerCase());
    if (key === 'ca') ca = value === 'true' || value === '1';
    else if (key === 'pathlength' && /^\d+$/.test(value)) pathLength = Number(value);
    else throw invalid(text);
  }
  return encodeBasicConstraints(ca, ca ? pathLength : undefined);
}
