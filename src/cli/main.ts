import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isValidationError } from '../model/ValidationError.js';
import { parseTimelineText } from '../model/parseTimelineText.js';
import type { Timeline } from '../model/types.js';
import { renderTimelineToPng } from '../server/renderToPng.js';
import { renderTimelineToString } from '../server/renderToString.js';
import { CliError } from './CliError.js';
import { parseArgs, type InputFormat } from './parseArgs.js';
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
 * `--from` passes straight through: the model owns the formats and names an unknown one
 * in its own error. (The cast covers formats the model's signature may not list yet.)
 */
const parseText = parseTimelineText as (text: string, format?: InputFormat) => Timeline;

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
    if (command.format === 'png' && command.output === undefined && (out as { isTTY?: boolean }).isTTY) {
      throw new CliError('--format png: will not write a binary picture to the terminal; use -o FILE or redirect standard output', 2);
    }
    const timeline = parseText(readInput(command.input), command.from);
    let data: string | Uint8Array;
    try {
      data =
        command.format === 'png'
          ? renderTimelineToPng(timeline, { ...command.options, ...(command.scale !== undefined ? { scale: command.scale } : {}) })
          : renderTimelineToString(timeline, command.options);
    } catch (e) {
      if (e instanceof RangeError) throw new CliError(e.message, 2);
      throw e;
    }
    if (command.output === undefined) out.write(data);
    else {
      try {
        writeFileAtomic(command.output, data);
      } catch (e) {
        throw new CliError(`cannot write "${command.output}": ${(e as Error).message}`, 1);
      }
      err.write(`eventline: wrote ${command.output} (${timeline.events.length === 1 ? "1 event" : `${timeline.events.length} events`})\n`);
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
