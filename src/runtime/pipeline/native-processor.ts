// External programs: run synchronously with the arguments' string forms; stdout lines become string output,
// stderr passes through, the exit code goes to $LASTEXITCODE and $?.

import * as fs from 'fs';
import * as path from 'path';
import type { CommandArgument } from '../binder/bind';
import type { ExecContext, Sink } from '../compiler/context';
import { toStr } from '../convert';
import { enumerateValue } from '../values';
import { setVariableIn } from '../compiler/variables';
import { NO_INPUT, Processor } from './processor';

export function findApplication(name: string): string | undefined {
  if (/[\\/]/.test(name)) return undefined;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const full = path.join(dir, name);
    try {
      if (fs.statSync(full).isFile()) {
        fs.accessSync(full, fs.constants.X_OK);
        return full;
      }
    } catch {
      // not here
    }
  }
  return undefined;
}

export class NativeProcessor implements Processor {
  private readonly input: string[] = [];
  constructor(
    private readonly ctx: ExecContext,
    private readonly file: string,
    private readonly args: CommandArgument[],
    private readonly out: Sink,
  ) {}

  bind(): void {}

  begin(): void {}

  process(input: unknown): void {
    if (input !== NO_INPUT) this.input.push(toStr(input));
  }

  end(): void {
    const argv: string[] = [];
    for (const a of this.args) {
      if (a.kind === 'parameter') {
        argv.push(a.hasValue ? a.text + toStr(a.value) : a.text);
        continue;
      }
      const items = typeof a.value === 'string' ? undefined : enumerateValue(a.value);
      if (items) for (const x of items) argv.push(toStr(x));
      else argv.push(toStr(a.value));
    }
    const { spawnSync } = require('child_process') as typeof import('child_process');
    const r = spawnSync(this.file, argv, {
      input: this.input.length ? this.input.join('\n') + '\n' : undefined,
      stdio: [this.input.length ? 'pipe' : 'inherit', 'pipe', 'inherit'],
      cwd: this.ctx.engine.currentLocation(),
      encoding: 'utf8',
    });
    const text = r.stdout ?? '';
    const lines = text.split(/\r?\n/);
    if (lines[lines.length - 1] === '') lines.pop();
    for (const l of lines) this.out(l);
    const code = r.status ?? 1;
    setVariableIn(this.ctx.scope.global, 'LASTEXITCODE', code);
    if (code !== 0) this.ctx.engine.pipelineFailed = true;
  }
}
