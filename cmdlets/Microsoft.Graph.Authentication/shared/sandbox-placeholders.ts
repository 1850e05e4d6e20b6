// In the Sandbox environment, Connect-MgGraph's arguments that are the seed page's placeholders are replaced by the
// demo tenant's values; each replacement is announced once per runspace on the information stream.
import { type DemoValues, sandboxDemoValues, substitutePlaceholder } from '../../../src/identity';
import type { CommandContext } from '../../../src/runtime/command-types';

export class PlaceholderSubstitution {
  private readonly demo: DemoValues = sandboxDemoValues();

  constructor(private readonly ctx: CommandContext<any>) {}

  /** The demo value `text` stands for, announced the first time; `text` itself when it is no placeholder. */
  value(text: string): string;
  value(text: string | undefined): string | undefined;
  value(text: string | undefined): string | undefined {
    if (text === undefined) return undefined;
    const substitution = substitutePlaceholder(text, this.demo);
    if (!substitution) return text;
    const announced = this.ctx.session.service('identity.placeholders-announced', () => new Set<string>());
    if (!announced.has(substitution.placeholder)) {
      announced.add(substitution.placeholder);
      this.ctx.writeInformation(substitution.announcement, ['PSHOST']);
    }
    return substitution.value;
  }
}
