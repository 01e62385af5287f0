import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isValidationError } from '../model/ValidationError.js';
import { parseTimelineText } from '../model/parseTimelineText.js';
import { renderTimelineToString } from '../server/renderToString.js';
import { CliError } from './CliError.js';
import { parseArgs } from './parseArgs.js';
import { USAGE } from './usage.js';
import { writeFileAtomic } from './writeFileAtomic.js';

function version(): string {
  try {
    // dist/cli.js sits one folder below package.json.
    return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function readInput(input: string): string {
  try {
    return readFileSync(input === '-' ? 0 : input, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new CliError(`cannot read ${input === '-' ? 'standard input' : `"${input}"`}: ${why}`, 2);
  }
}

/**
 * Runs the command line and returns the exit status. Never throws for a user's
 * mistake: the message goes to stderr, without a stack trace.
 */
export function main(argv: readonly string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): number {
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
    const timeline = parseTimelineText(readInput(command.input), command.from);
    let svg: string;
    try {
      svg = renderTimelineToString(timeline, command.options);
    } catch (e) {
      if (e instanceof RangeError) throw new CliError(e.message, 2);
      throw e;
    }
    if (command.output === undefined) out.write(svg);
    else {
      try {
        writeFileAtomic(command.output, svg);
      } catch (e) {
        throw new CliError(`cannot write "${command.output}": ${(e as Error).message}`, 1);
      }
      err.write(`eventline: wrote ${command.output} (${timeline.events.length} events)\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      err.write(`eventline: ${e.message}\n`);
      if (e.exitCode === 2) err.write('Run "eventline --help" for usage.\n');
      return e.exitCode;
    }
    if (isValidationError(e)) {
      err.write(`eventline: ${e.message}\n`);
      return 1;
    }
    err.write(`eventline: internal error, please report it: ${(e as Error)?.stack ?? String(e)}\n`);
    return 70;
  }
}
