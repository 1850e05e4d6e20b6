// A script argument from a host's command line (pwsh -File / -CommandWithArgs), as pwsh's CommandParameter: a `-Name`
// with or without its value; plain values stay strings. Kept apart from the engine so the CLI parser loads no engine.

export class CommandLineParameter {
  constructor(
    /** The name as typed after its dash, e.g. `Count` from `-Count:2`. */
    readonly name: string,
    readonly hasValue: boolean,
    readonly value?: unknown,
  ) {}
}
