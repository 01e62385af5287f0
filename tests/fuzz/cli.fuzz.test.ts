/**
 * Fuzzing the command line: `eventline render IN -o OUT` either writes the complete SVG or
 * nothing, never a partial or temporary file, and a failure leaves an existing OUT as it was.
 *
 * The CLI's `main` runs in this process (a spawned Node would spend each case loading
 * the renderer), on a fixed number of inputs (CLI_CASES), drawn from FUZZ_SEED like the
 * other fuzz tests.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/runCli.js';
import { parseSvg } from '../helpers/svg.js';
import { anyText, validText } from './arbitraries.js';
import { FUZZ_SEED } from './config.js';

const CLI_CASES = 40;
const KEEP = 'KEEP ME: an earlier timeline';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'eventline-cli-fuzz-'));
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

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
  it(`random inputs (${CLI_CASES}, seed ${FUZZ_SEED})`, async () => {
    const inputs: Case[] = fc.sample(cases, { seed: FUZZ_SEED, numRuns: CLI_CASES });
    const results = [];
    for (const [k, c] of inputs.entries()) {
      const dir = join(work, `case-${k}`);
      const inDir = join(dir, 'in');
      const outDir = join(dir, 'out');
      mkdirSync(inDir, { recursive: true });
      mkdirSync(outDir);
      const input = join(inDir, `input${c.ext}`);
      const out = join(outDir, 'timeline.svg');
      writeFileSync(input, c.text);
      if (c.existing) writeFileSync(out, KEEP);
      const r = await runMain(['render', input, '-o', out]);
      results.push({ c, k, r, outDir, out });
    }
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

  it('leaves no temporary file when the output cannot be written', async () => {
    const dir = join(work, 'unwritable');
    mkdirSync(dir);
    const input = join(dir, 'ok.json');
    writeFileSync(input, JSON.stringify([{ date: '2024-06-19', title: 'Summit' }]));
    const target = join(dir, 'is-a-folder');
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), KEEP);
    for (const r of [
      await runMain(['render', input, '-o', target]),
      await runMain(['render', input, '-o', join(dir, 'missing', 'out.svg')]),
    ]) {
      expect(r.code, r.stderr).toBe(73);
      expect(r.stderr).toMatch(/^eventline: cannot write/);
    }
    expect(readdirSync(dir).sort()).toEqual(['is-a-folder', 'ok.json']);
    expect(readdirSync(target)).toEqual(['inside.txt']);
    expect(readFileSync(join(target, 'inside.txt'), 'utf8')).toBe(KEEP);
  });
});
