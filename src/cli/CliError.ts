/** A failure the user can fix, with the exit status that says which kind. */
export class CliError extends Error {
  /** Whether to point at `--help`: by default for exit status 2, a wrong command line. */
  readonly usage: boolean;

  constructor(
    message: string,
    readonly exitCode: 1 | 2 | 73,
    { usage = exitCode === 2 }: { usage?: boolean } = {},
  ) {
    super(message);
    this.name = 'CliError';
    this.usage = usage;
  }
}
