// What Export-Certificate and Export-PfxCertificate write: DER (CERT), PKCS#7 degenerate SignedData (P7B),
// Microsoft's serialized store (SST), and a password-protected PKCS#12 that refuses NonExportable keys.
import { exportablePrivateKeyOf, X509Certificate2 } from './certificate';
import * as der from './der';
import { Oids } from './oids';
import { Pkcs12Entry, writePkcs12 } from './pkcs12';

export type CertificateExportType = 'CERT' | 'P7B' | 'SST';

export function exportCertificates(certificates: X509Certificate2[], type: CertificateExportType): Buffer {
  switch (type) {
    case 'CERT':
      return certificates[0].getRawCertData();
    case 'P7B':
      return pkcs7Certificates(certificates);
    case 'SST':
      return serializedStore(certificates);
  }
}

/** A certs-only PKCS#7 SignedData (no signers), as `.p7b` files carry chains. */
export function pkcs7Certificates(certificates: X509Certificate2[]): Buffer {
  const signedData = der.sequence(
    der.smallInteger(1),
    der.setOf(),
    der.sequence(der.oid(Oids.data)),
    der.context(0, Buffer.concat(certificates.map((c) => c.rawData))),
    der.setOf(),
  );
  return der.sequence(der.oid(Oids.signedData), der.context(0, signedData));
}

// CertSaveStore(CERT_STORE_SAVE_AS_STORE): a 'CERT' file header, then per certificate one element of type
// CERT_CERT_PROP_ID-file-element (0x20) with X509_ASN_ENCODING (1), then an end element.
const SST_CERT_ELEMENT = 0x20;

export function serializedStore(certificates: X509Certificate2[]): Buffer {
  const element = (type: number, data: Buffer) => {
    const header = Buffer.alloc(12);
    header.writeUInt32LE(type, 0);
    header.writeUInt32LE(type === 0 ? 0 : 1, 4);
    header.writeUInt32LE(data.length, 8);
    return Buffer.concat([header, data]);
  };
  const fileHeader = Buffer.alloc(8);
  fileHeader.writeUInt32LE(0, 0);
  fileHeader.write('CERT', 4, 'latin1');
  return Buffer.concat([fileHeader, ...certificates.map((c) => element(SST_CERT_ELEMENT, c.rawData)), element(0, Buffer.alloc(0))]);
}

/** Reads the certificates back out of an SST (Import-Certificate accepts them). */
export function readSerializedStore(bytes: Buffer): X509Certificate2[] | undefined {
  if (bytes.length < 8 || bytes.toString('latin1', 4, 8) !== 'CERT' || bytes.readUInt32LE(0) !== 0) return undefined;
  const certificates: X509Certificate2[] = [];
  for (let offset = 8; offset + 12 <= bytes.length; ) {
    const type = bytes.readUInt32LE(offset);
    const length = bytes.readUInt32LE(offset + 8);
    const data = bytes.subarray(offset + 12, offset + 12 + length);
    if (type === 0) break;
    if (type === SST_CERT_ELEMENT) certificates.push(new X509Certificate2(Buffer.from(data)));
    offset += 12 + length;
  }
  return certificates;
}

export interface PfxExportOptions {
  password: string;
  /** The chain certificates to include after the end-entity one (-ChainOption BuildChain). */
  chain?: X509Certificate2[];
  /** -NoProperties: leave out the friendly name. */
  noProperties?: boolean;
}

/** Export-PfxCertificate: the certificate with its key (Windows' message when the key is NonExportable). */
export function exportPfx(certificate: X509Certificate2, options: PfxExportOptions): Buffer {
  const key = exportablePrivateKeyOf(certificate);
  const entries: Pkcs12Entry[] = [
    { certificate: certificate.rawData, key, friendlyName: options.noProperties ? undefined : certificate.friendlyName || undefined },
    ...(options.chain ?? []).filter((c) => c.thumbprint !== certificate.thumbprint).map((c) => ({ certificate: c.rawData })),
  ];
  return writePkcs12(entries, options.password, 'export');
}
