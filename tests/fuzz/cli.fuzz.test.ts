/**
 * Fuzzing the command line: `eventline render IN -o OUT` either writes the complete SVG or
 * nothing, never a partial or temporary file, and a failure leaves an existing OUT as it was.
 *
 * Each run starts a Node process (~1 s, mostly loading jsdom), so this runs a fixed
 * number of inputs (CLI_CASES), not FUZZ_RUNS, two at a time. The inputs are drawn from
 * FUZZ_SEED like the other fuzz tests. It runs the built CLI, dist/cli.js (`npm test`
 * builds it first).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSvg } from '../helpers/svg.js';
import { anyText, validText } from './arbitraries.js';
import { FUZZ_SEED } from './config.js';

const CLI_CASES = 20;
const root = resolve(__dirname, '../..');
const cli = join(root, 'dist/cli.js');
const KEEP = 'KEEP ME: an earlier timeline';

let work: string;
beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" first (npm test builds it before running vitest)`);
  work = mkdtempSync(join(tmpdir(), 'eventline-cli-fuzz-'));
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function runCli(args: string[]): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Runs `jobs` with at most `limit` at a time (the machine has two cores). */
async function pool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const k = next++;
      results[k] = await jobs[k]!();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

interface Case {
  text: string;
  ext: string;
  existing: boolean;
}

const cases = fc.record({
  text: fc.oneof({ weight: 3, arbitrary: validText }, { weight: 2, arbitrary: anyText }),
  ext: fc.constantFrom('.json', '.csv', '.txt'),
  existing: fc.boolean(),
});

describe('fuzz: the CLI writes the whole SVG or nothing', () => {
  it(`random inputs (${CLI_CASES}, seed ${FUZZ_SEED})`, { timeout: 120_000 }, async () => {
    const inputs: Case[] = fc.sample(cases, { seed: FUZZ_SEED, numRuns: CLI_CASES });
    const results = await pool(
      inputs.map((c, k) => async () => {
        const dir = join(work, `case-${k}`);
        const inDir = join(dir, 'in');
        const outDir = join(dir, 'out');
        mkdirSync(inDir, { recursive: true });
        mkdirSync(outDir);
        const input = join(inDir, `input${c.ext}`);
        const out = join(outDir, 'timeline.svg');
        writeFileSync(input, c.text);
        if (c.existing) writeFileSync(out, KEEP);
        const r = await runCli(['render', input, '-o', out]);
        return { c, k, r, outDir, out };
      }),
      2,
    );
    let wrote = 0;
    for (const { c, k, r, outDir, out } of results) {
      const where = `case ${k} (seed ${FUZZ_SEED}, input ${JSON.stringify(c.text.slice(0, 200))}): exit ${r.code}, stderr ${r.stderr.slice(0, 500)}`;
      // 0 = written, 1 = bad input. 2 would be a usage error, 70 an internal error.
      expect([0, 1], where).toContain(r.code);
      expect(r.stderr, where).not.toMatch(/\n\s+at /); // no stack trace
      expect(r.stdout, where).toBe('');
      const files = readdirSync(outDir);
      if (r.code === 0) {
        wrote++;
        expect(files, where).toEqual(['timeline.svg']);
        const svg = readFileSync(out, 'utf8');
        expect(svg.startsWith('<?xml'), where).toBe(true);
        expect(svg.endsWith('</svg>\n'), where).toBe(true);
        expect(() => parseSvg(svg), where).not.toThrow();
      } else {
        expect(r.stderr, where).toMatch(/^eventline: /);
        expect(files, where).toEqual(c.existing ? ['timeline.svg'] : []);
        if (c.existing) expect(readFileSync(out, 'utf8'), where).toBe(KEEP);
      }
    }
    console.log(`[fuzz] cli: ${wrote} of ${CLI_CASES} inputs rendered, ${CLI_CASES - wrote} refused`);
  });

  it('leaves no temporary file when the output cannot be written', { timeout: 60_000 }, async () => {
    const dir = join(work, 'unwritable');
    mkdirSync(dir);
    const input = join(dir, 'ok.json');
    writeFileSync(input, JSON.stringify([{ date: '2024-06-19', title: 'Summit' }]));
    const target = join(dir, 'is-a-folder');
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), KEEP);
    const [intoFolder, intoMissing] = await pool(
      [() => runCli(['render', input, '-o', target]), () => runCli(['render', input, '-o', join(dir, 'missing', 'out.svg')])],
      2,
    );
    for (const r of [intoFolder!, intoMissing!]) {
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/^eventline: cannot write/);
    }
    expect(readdirSync(dir).sort()).toEqual(['is-a-folder', 'ok.json']);
    expect(readdirSync(target)).toEqual(['inside.txt']);
    expect(readFileSync(join(target, 'inside.txt'), 'utf8')).toBe(KEEP);
  });
});
