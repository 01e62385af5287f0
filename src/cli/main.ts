import { createRequire } from 'node:module';
import { isValidationError } from '../model/ValidationError.js';
import { MissingPackageError } from '../server/requirePackage.js';
import { CliError } from './CliError.js';
import { parseArgs } from './parseArgs.js';
import { readInput } from './readInput.js';
import { USAGE } from './usage.js';
import { writeFileAtomic } from './writeFileAtomic.js';
import { writeProblem } from './writeProblem.js';

/** sysexits' EX_CANTCREAT: the input was fine, the output file could not be made. */
const EXIT_CANNOT_WRITE = 73;

/** Where the command line reads and writes; tests pass their own streams. */
export interface CliStreams {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

function version(): string {
  try {
    // dist/cli.js sits one folder below package.json.
    return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * Runs the command line and resolves to the exit status. Never rejects for a user's
 * mistake: the message goes to stderr, without a stack trace.
 *
 * @example
 * ```ts
 * process.exitCode = await main(process.argv.slice(2));
 * ```
 */
export async function main(argv: readonly string[], streams: Partial<CliStreams> = {}): Promise<number> {
  const { stdout: out = process.stdout, stderr: err = process.stderr } = streams;
  try {
    const command = parseArgs(argv);
    if (command.kind === 'help') {
      out.write(USAGE + '\n');
      return 0;
    }
    if (command.kind === 'version') {
      out.write(`${version()}\n`);
      return 0;
    }
    if (command.format === 'png' && command.output === undefined && (out as { isTTY?: boolean }).isTTY) {
      throw new CliError('--format png: will not write a binary picture to the terminal; use -o FILE or redirect standard output', 2);
    }
    // process.stdin is touched only when it is the input: creating it opens the descriptor.
    const text = await readInput(command.input, command.maxInputBytes, () => streams.stdin ?? process.stdin);
    const { renderCommand } = await import('./render.js');
    const { data, eventCount } = renderCommand(text, command);
    if (command.output === undefined) out.write(data);
    else {
      try {
        await writeFileAtomic(command.output, data);
      } catch (e) {
        throw new CliError(`cannot write "${command.output}": ${writeProblem(e)}`, EXIT_CANNOT_WRITE);
      }
      err.write(`eventline: wrote ${command.output} (${eventCount === 1 ? '1 event' : `${eventCount} events`})\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      err.write(`eventline: ${e.message}\n`);
      if (e.usage) err.write('Run "eventline --help" for usage.\n');
      return e.exitCode;
    }
    if (isValidationError(e)) {
      err.write(`eventline: ${e.message}\n`);
      return 1;
    }
    if (e instanceof MissingPackageError) {
      err.write(`eventline: ${e.message}\n`);
      return 69;
    }
    err.write(`eventline: internal error, please report it: ${(e as Error)?.stack ?? String(e)}\n`);
    return 70;
  }
}
