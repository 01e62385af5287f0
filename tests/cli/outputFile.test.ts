import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^eventline: cannot write "[^"]+out\.svg": EEXIST/);
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
