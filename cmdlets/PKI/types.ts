// The PKI module's parameter types: its enums (member order and values as the module declares them; KeyUsage is
// X509KeyUsageFlags) and Microsoft.CertificateServices.Commands.Certificate, which takes an X509Certificate2.
import { PSObject, registerType } from '../../src/runtime/values';
import { X509Certificate2 } from '../../src/pki';

const NS = 'Microsoft.CertificateServices.Commands';

const ENUMS: Record<string, { values: Record<string, number>; flags?: boolean }> = {
  KeyExportPolicy: { values: { NonExportable: 0, ExportableEncrypted: 1, Exportable: 2 }, flags: true },
  KeySpec: { values: { None: 0, KeyExchange: 1, Signature: 2 } },
  CertificateType: { values: { Custom: 0, CodeSigningCert: 1, DocumentEncryptionCert: 2, SSLServerAuthentication: 3, DocumentEncryptionCertLegacyCsp: 4 } },
  KeyUsage: {
    values: { None: 0, EncipherOnly: 1, CRLSign: 2, CertSign: 4, KeyAgreement: 8, DataEncipherment: 16, KeyEncipherment: 32, NonRepudiation: 64, DigitalSignature: 128, DecipherOnly: 32768 },
    flags: true,
  },
  CertType: { values: { SST: 0, CERT: 1, P7B: 2 } },
  ExportChainOption: { values: { PfxDataOnly: 0, EndEntityCertOnly: 1, BuildChain: 2 } },
  CryptoAlgorithmOptions: { values: { TripleDES_SHA1: 0, AES256_SHA256: 1 } },
  TestCertificatePolicy: { values: { BASE: 0, SSL: 1, AUTHENTICODE: 2, NTAUTH: 3 } },
};

for (const [name, { values, flags }] of Object.entries(ENUMS)) {
  registerType({ fullName: `${NS}.${name}`, baseTypes: ['System.Enum', 'System.ValueType'], enumValues: values, isFlags: flags, isScalar: true });
}

registerType({
  fullName: `${NS}.Certificate`,
  convertFrom: (value) => {
    const base = value instanceof PSObject ? value.baseObject : value;
    return base instanceof X509Certificate2 ? base : undefined;
  },
});

/** A bound enum value (EnumValue, or a string in direct calls) by its member name. */
export function memberName(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}
