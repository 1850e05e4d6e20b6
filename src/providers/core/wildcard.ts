// Provider paths use the runtime's wildcard patterns (one implementation for paths, -like and the cmdlets). pwsh's
// path globber treats an invalid pattern as one that matches nothing: `Get-ChildItem '[a'` lists nothing, no error.

import { WildcardPattern as Pattern } from '../../runtime/operators/wildcard';
import { DotNetException } from '../../runtime/values';

export { hasWildcard, unescapeWildcard } from '../../runtime/operators/wildcard';

export class WildcardPattern {
  private readonly compiled?: Pattern;
  constructor(readonly pattern: string, ignoreCase: boolean) {
    try {
      this.compiled = new Pattern(pattern, ignoreCase);
    } catch (e) {
      if (!(e instanceof DotNetException)) throw e;
    }
  }
  isMatch(text: string): boolean {
    return this.compiled?.isMatch(text) ?? false;
  }
}
