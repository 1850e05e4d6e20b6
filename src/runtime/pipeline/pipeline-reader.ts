// $input of a script the host feeds (pwsh -File / -Command with stdin redirected): an enumerator over input that
// arrives while the script runs. It is read only as far as the script enumerates it, and only once, like pwsh's.

import { registerType } from '../values';

export class PipelineReader implements Iterable<unknown> {
  private readonly source: Iterator<unknown>;

  constructor(items: Iterable<unknown>) {
    this.source = items[Symbol.iterator]();
  }

  [Symbol.iterator](): Iterator<unknown> {
    return this.source;
  }
}

registerType({
  fullName:
    'System.Management.Automation.Runspaces.PipelineReader`1+<GetReadEnumerator>d__20[[System.Object, System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e]]',
  jsClass: PipelineReader,
  enumerate: (r: PipelineReader) => r,
});
