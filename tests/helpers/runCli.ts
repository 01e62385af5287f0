import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

/** A writable that keeps every byte written to it; `tty` makes it look like a terminal. */
export function capture(tty = false) {
  const chunks: Buffer[] = [];
  const stream = Object.assign(
    new Writable({
      write: (chunk: Buffer | string, _encoding, done) => {
        chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
        done();
      },
    }),
    tty ? { isTTY: true } : {},
  );
  return { stream, bytes: () => Buffer.concat(chunks), text: () => Buffer.concat(chunks).toString('utf8') };
}

/**
 * Runs the CLI's `main` in this process, as `eventline ARGS < input` would run: what a
 * spawned process would add is Node's start-up (about a second, mostly loading the renderer).
 */
export async function runMain(args: string[], input: string | Readable = '', { tty = false } = {}) {
  const stdout = capture(tty);
  const stderr = capture();
  const stdin = typeof input === 'string' ? Readable.from([Buffer.from(input)]) : input;
  const code = await main(args, { stdin, stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), bytes: stdout.bytes(), stderr: stderr.text() };
}
