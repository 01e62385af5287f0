import { createReadStream } from 'node:fs';
import { CliError } from './CliError.js';
import { formatByteSize } from './byteSize.js';

function whyUnreadable(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES') return 'permission denied';
  return (e as Error).message;
}

/**
 * Reads a file, or standard input for `-`, chunk by chunk, and stops as soon as it has
 * more than `maxBytes`: an endless pipe or `/dev/zero` must end in a message, not in
 * memory running out. A file's announced size is not trusted, for the same reason.
 *
 * @example
 * ```ts
 * const text = await readInput('events.json', 64 * 1024 * 1024, () => process.stdin);
 * ```
 */
export async function readInput(input: string, maxBytes: number, stdin: () => NodeJS.ReadableStream): Promise<string> {
  const name = input === '-' ? 'standard input' : `"${input}"`;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    // Leaving the loop (by the throw below, or an error) destroys the stream: nothing more is read.
    for await (const chunk of input === '-' ? stdin() : createReadStream(input)) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += bytes.length;
      if (size > maxBytes) {
        throw new CliError(
          `cannot read ${name}: it is larger than ${formatByteSize(maxBytes)}; raise the limit with --max-input-size, e.g. --max-input-size 256M`,
          2,
          { usage: false },
        );
      }
      chunks.push(bytes);
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read ${name}: ${whyUnreadable(e)}`, 2);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}
