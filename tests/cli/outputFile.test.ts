import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../src/cli/writeFileAtomic.js';
import { runMain } from '../helpers/runCli.js';

/** Lets a test choose the "random" bytes of the temporary name, to plant a file there. */
const random = vi.hoisted(() => ({ fixed: undefined as Buffer | undefined }));
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof import('node:crypto')>();
  return { ...crypto, randomBytes: (size: number) => random.fixed?.subarray(0, size) ?? crypto.randomBytes(size) };
});
afterEach(() => {
  random.fixed = undefined;
});

const good = JSON.stringify([{ date: '2024-06-19', title: 'Summit' }]);
const VICTIM = 'a file the user never named';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'eventline-output-'));
});

describe('eventline render -o: the temporary file', () => {
  it('does not follow a symlink planted at a predictable temporary name', async () => {
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, VICTIM);
    // The name an earlier version used: the output's name and the process id.
    symlinkSync(victim, join(dir, `.out.svg.${process.pid}.tmp`));
    const r = await runMain(['render', '-', '-o', join(dir, 'out.svg')], good);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe(VICTIM);
    expect(readFileSync(join(dir, 'out.svg'), 'utf8')).toMatch(/^<\?xml/);
  });

  it('is created exclusively: a symlink at its very name makes the write fail, and is left alone', async () => {
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, VICTIM);
    random.fixed = Buffer.alloc(32, 0xab);
    const planted = join(dir, `.out.svg.${'ab'.repeat(12)}.tmp`);
    symlinkSync(victim, planted);
    await expect(writeFileAtomic(join(dir, 'out.svg'), 'overwritten')).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(victim, 'utf8')).toBe(VICTIM);
    expect(lstatSync(planted).isSymbolicLink()).toBe(true);
    expect(existsSync(join(dir, 'out.svg'))).toBe(false);
    const r = await runMain(['render', '-', '-o', join(dir, 'out.svg')], good);
    expect(r.code).toBe(73);
    expect(r.stderr).toMatch(/^eventline: cannot write "[^"]+out\.svg": EEXIST/);
    expect(r.stderr).not.toMatch(/\.tmp/);
  });

  it('has a random name beside the output', async () => {
    random.fixed = Buffer.from('0123456789abcdef01234567', 'hex');
    const out = join(dir, 'out.svg');
    // The planted name shows which name the write tried.
    writeFileSync(join(dir, '.out.svg.0123456789abcdef01234567.tmp'), '');
    await expect(writeFileAtomic(out, 'x')).rejects.toMatchObject({ code: 'EEXIST' });
    random.fixed = undefined;
    await writeFileAtomic(out, 'x');
    expect(readFileSync(out, 'utf8')).toBe('x');
    expect(readdirSync(dir).sort()).toEqual(['.out.svg.0123456789abcdef01234567.tmp', 'out.svg']);
  });
});

describe('eventline render -o: the output', () => {
  it('keeps the permission bits of the file it replaces', async () => {
    for (const mode of [0o600, 0o640, 0o664]) {
      const out = join(dir, `private-${mode.toString(8)}.svg`);
      writeFileSync(out, 'old');
      chmodSync(out, mode);
      const r = await runMain(['render', '-', '-o', out], good);
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml/);
      expect((statSync(out).mode & 0o777).toString(8)).toBe(mode.toString(8));
    }
  });

  it('gives a new file the usual mode, 0666 less the umask', async () => {
    const out = join(dir, 'new.svg');
    expect((await runMain(['render', '-', '-o', out], good)).code).toBe(0);
    expect((statSync(out).mode & 0o777).toString(8)).toBe((0o666 & ~process.umask()).toString(8));
  });

  it('-o - means standard output, as INPUT - means standard input', async () => {
    const r = await runMain(['render', '-', '-o', '-'], good);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^<\?xml[\s\S]*<\/svg>\n$/);
    expect(r.stderr).toBe('');
    // A process run in an empty folder shows that no file named "-" appears.
    const cli = resolve(__dirname, '../../dist/cli.js');
    const p = spawnSync(process.execPath, [cli, 'render', '-', '-o', '-', '--format', 'png'], { cwd: dir, input: good });
    expect(p.status, String(p.stderr)).toBe(0);
    expect(Array.from(p.stdout.subarray(1, 4))).toEqual([0x50, 0x4e, 0x47]); // "PNG"
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a file really named "-" is ./-', async () => {
    const r = await runMain(['render', '-', '-o', join(dir, '-')], good);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, '-'), 'utf8')).toMatch(/^<\?xml/);
  });
});
