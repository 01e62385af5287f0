/**
 * Ctrl-C or `kill` while the CLI writes its output: the temporary file goes, an existing
 * output stays as it was, and the exit status is the conventional 128 + signal number.
 * Real processes and real signals; a preload makes the write hang so the signal always
 * arrives mid-write (fixtures/stallFileWrites.mjs).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const cli = join(root, 'dist/cli.js');
const stall = join(__dirname, 'fixtures/stallFileWrites.mjs');
const good = JSON.stringify([{ date: '2024-06-19', title: 'Summit' }]);

let dir: string;
beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run "npm run build" (npm test does it first)');
  dir = mkdtempSync(join(tmpdir(), 'eventline-signals-'));
});

/** Starts `eventline render - -o OUT`, waits until it is writing, sends `signal`, and returns how it ended. */
function interruptWrite(
  out: string,
  signal: NodeJS.Signals,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; tempSeen: string[] }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', stall, cli, 'render', '-', '-o', out], { cwd: root });
    let stderr = '';
    let tempSeen: string[] = [];
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      if (d.includes('writing\n') && !child.killed) {
        tempSeen = readdirSync(join(out, '..')).filter((f) => f.endsWith('.tmp'));
        child.kill(signal);
      }
    });
    child.on('error', fail);
    child.on('close', (code, sig) => done({ code, signal: sig, stderr, tempSeen }));
    child.stdin.end(good);
  });
}

describe('eventline render -o, interrupted by a signal', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s removes the temporary file, keeps the existing output and exits %i', async (signal, status) => {
    const folder = join(dir, signal);
    mkdirSync(folder);
    const out = join(folder, 'timeline.svg');
    writeFileSync(out, 'KEEP ME');
    const r = await interruptWrite(out, signal);
    expect(r.tempSeen, r.stderr).toHaveLength(1); // it was interrupted mid-write
    expect({ code: r.code, signal: r.signal }).toEqual({ code: status, signal: null });
    expect(readdirSync(folder)).toEqual(['timeline.svg']);
    expect(readFileSync(out, 'utf8')).toBe('KEEP ME');
  });
});
