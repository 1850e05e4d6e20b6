// System.Security.SecureString and System.Management.Automation.PSCredential (+ NetworkCredential).

import { registerType, SecureString, PSCredential, revealSecureString, DotNetException } from '../values';
import { toStr } from '../convert';
import { nn } from './helpers';

/** System.Net.NetworkCredential: `domain\user` splits at the backslash; `user@domain` only when the domain has no dot. */
export class NetworkCredential {
  readonly UserName: string;
  readonly Domain: string;
  constructor(user: string, readonly password: SecureString | null) {
    const bs = user.indexOf('\\');
    const at = user.indexOf('@');
    if (bs >= 0) {
      this.Domain = user.slice(0, bs);
      this.UserName = user.slice(bs + 1);
    } else if (at >= 0 && !user.slice(at + 1).includes('.')) {
      this.UserName = user.slice(0, at);
      this.Domain = user.slice(at + 1);
    } else {
      this.UserName = user;
      this.Domain = '';
    }
  }
}

registerType({
  fullName: 'System.Security.SecureString',
  accelerators: ['securestring'],
  jsClass: SecureString,
  isScalar: true,
  properties: [{ name: 'Length', type: 'int', get: (s: SecureString) => s.Length }],
  methods: [
    { name: 'Copy', invoke: (s: SecureString) => new SecureString(revealSecureString(s)) },
    { name: 'MakeReadOnly', invoke: (s: SecureString) => void (s.readOnly = true) },
    { name: 'IsReadOnly', invoke: (s: SecureString) => s.readOnly },
    { name: 'Dispose', invoke: () => undefined },
  ],
  construct: () => new SecureString(''),
  toString: () => 'System.Security.SecureString',
});

function argumentNullMessage(name: string): string {
  return `Cannot process argument because the value of argument "${name}" is null. Change the value of argument "${name}" to a non-null value.`;
}

registerType({
  fullName: 'System.Management.Automation.PSCredential',
  accelerators: ['pscredential'],
  jsClass: PSCredential,
  properties: [
    { name: 'UserName', type: 'string', get: (c: PSCredential) => c.UserName },
    { name: 'Password', type: 'securestring', get: (c: PSCredential) => c.Password },
  ],
  methods: [{ name: 'GetNetworkCredential', invoke: (c: PSCredential) => (c.UserName === null ? null : new NetworkCredential(c.UserName, c.Password)) }],
  staticProperties: [{ name: 'Empty', get: () => PSCredential.Empty }],
  construct: (a) => {
    if (a.length !== 2) throw new DotNetException('System.Management.Automation.MethodException', `Cannot find an overload for "PSCredential" and the argument count: "${a.length}".`);
    const user = nn(a[0]);
    const pw = nn(a[1]);
    if (user === null) throw new DotNetException('System.Management.Automation.PSArgumentNullException', argumentNullMessage('userName'));
    if (toStr(user) === '') {
      throw new DotNetException('System.Management.Automation.PSArgumentException', 'Cannot process argument because the value of argument "userName" is not valid. Change the value of the "userName" argument and run the operation again.');
    }
    if (pw === null) throw new DotNetException('System.Management.Automation.PSArgumentNullException', argumentNullMessage('password'));
    if (!(pw instanceof SecureString)) {
      throw new DotNetException('System.Management.Automation.PSInvalidCastException', `Cannot convert argument "password", with value: "${toStr(pw)}", for "PSCredential" to type "System.Security.SecureString": "Cannot convert the "${toStr(pw)}" value of type "System.String" to type "System.Security.SecureString"."`);
    }
    return new PSCredential(toStr(user), pw);
  },
  toString: () => 'System.Management.Automation.PSCredential',
});

registerType({
  fullName: 'System.Net.NetworkCredential',
  jsClass: NetworkCredential,
  properties: [
    { name: 'UserName', type: 'string', get: (n: NetworkCredential) => n.UserName },
    { name: 'Password', type: 'string', get: (n: NetworkCredential) => (n.password ? revealSecureString(n.password) : ''), hidden: true },
    { name: 'SecurePassword', type: 'securestring', get: (n: NetworkCredential) => n.password, hidden: true },
    { name: 'Domain', type: 'string', get: (n: NetworkCredential) => n.Domain },
  ],
});

