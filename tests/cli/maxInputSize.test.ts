import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatByteSize, parseByteSize } from '../../src/cli/byteSize.js';
import { runMain } from '../helpers/runCli.js';

const MiB = 1024 * 1024;
const root = resolve(__dirname, '../..');
const cli = join(root, 'dist/cli.js');

/** Standard input that never ends, counting what the CLI pulls from it. */
function endlessInput(chunkSize = 64 * 1024) {
  const chunk = Buffer.alloc(chunkSize, ' ');
  const stream = new Readable({
    read() {
      stream.pulled += chunk.length;
      this.push(chunk);
    },
  }) as Readable & { pulled: number };
  stream.pulled = 0;
  return stream;
}

const ONE_LINE = /^eventline: cannot read (standard input|"[^"]+"): it is larger than [^\n]+ --max-input-size[^\n]*\n$/;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'eventline-max-input-'));
});

describe('eventline render: --max-input-size', () => {
  it('stops reading endless standard input at the default 64 MiB: one line, exit 2', async () => {
    const stdin = endlessInput(MiB);
    const r = await runMain(['render', '-'], stdin);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(ONE_LINE);
    expect(r.stderr).toContain('larger than 64 MiB');
    // Read up to the limit, plus what the stream had buffered ahead: not everything first.
    expect(stdin.pulled).toBeLessThanOrEqual(64 * MiB + 2 * MiB);
    expect(stdin.destroyed).toBe(true);
  });

  it('takes input of exactly the limit, refuses one byte more', async () => {
    const json = JSON.stringify([{ date: '2024', title: 'x' }]);
    const limit = String(json.length);
    expect((await runMain(['render', '-', '--max-input-size', limit], json)).code).toBe(0);
    const r = await runMain(['render', '-', '--max-input-size', limit], json + ' ');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `eventline: cannot read standard input: it is larger than ${json.length} bytes; raise the limit with --max-input-size, e.g. --max-input-size 256M\n`,
    );
  });

  it('applies to files too, whatever size they announce (/dev/zero announces 0)', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, `[${'{"date":"2024","title":"x"},'.repeat(100)}{"date":"2024","title":"x"}]`);
    const r = await runMain(['render', big, '--max-input-size', '1K']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(ONE_LINE);
    expect(r.stderr).toContain(`"${big}": it is larger than 1 KiB`);
    expect((await runMain(['render', big, '--max-input-size', '1M'])).code).toBe(0);
    if (existsSync('/dev/zero')) {
      const zero = await runMain(['render', '/dev/zero', '--max-input-size', '1M']);
      expect(zero.code).toBe(2);
      expect(zero.stderr).toMatch(ONE_LINE);
    }
  });

  it('raises the limit on request', async () => {
    const stdin = endlessInput(MiB);
    const r = await runMain(['render', '-', '--max-input-size', '70M'], stdin);
    expect(r.stderr).toContain('larger than 70 MiB');
    expect(stdin.pulled).toBeGreaterThan(70 * MiB);
  });

  it('refuses a limit that is not a size, without a stack trace', async () => {
    for (const value of ['0', 'big', '1.5G', '2T', '1024G']) {
      const r = await runMain(['render', '-', '--max-input-size', value], '[]');
      expect(r.code, value).toBe(2);
      expect(r.stderr, value).toMatch(/^eventline: --max-input-size: expected /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('reads sizes in units of 1024', () => {
    expect([
      parseByteSize('65536'),
      parseByteSize('512K'),
      parseByteSize('64M'),
      parseByteSize('64MiB'),
      parseByteSize('1gb'),
      parseByteSize('10 B'),
    ]).toEqual([65536, 512 * 1024, 64 * MiB, 64 * MiB, 1024 * MiB, 10]);
    expect([formatByteSize(64 * MiB), formatByteSize(1024 * MiB), formatByteSize(1536), formatByteSize(1000)]).toEqual([
      '64 MiB',
      '1 GiB',
      '1536 bytes',
      '1000 bytes',
    ]);
  });

  it('as a process, exits 2 on an endless pipe instead of growing until it is killed', async () => {
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run "npm run build" (npm test does it first)');
    const child = spawn(process.execPath, [cli, 'render', '-', '--max-input-size', '8M'], { cwd: root });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const chunk = Buffer.alloc(MiB, ' ');
    let written = 0;
    child.stdin.on('error', () => {}); // EPIPE once the CLI stops reading
    const feed = () => {
      while (!child.stdin.destroyed && written < 1024 * MiB && child.stdin.write(chunk)) written += MiB;
    };
    child.stdin.on('drain', feed);
    feed();
    const code = await new Promise((done) => child.on('close', done));
    expect(code).toBe(2);
    expect(stderr).toMatch(ONE_LINE);
    expect(written).toBeLessThan(64 * MiB);
  });
});
