import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { PNG_SIGNATURE } from '../helpers/png.js';
import { runMain } from '../helpers/runCli.js';

const good = JSON.stringify([{ date: '2024-06-19', title: 'Summit' }]);
const isPng = (file: string) => Array.from(readFileSync(file).subarray(0, 8)).join() === PNG_SIGNATURE.join();
const isSvg = (file: string) => readFileSync(file, 'utf8').startsWith('<?xml');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'eventline-format-'));
});

describe('eventline render -o: the format follows the extension', () => {
  it('writes SVG to .svg and PNG to .png, whatever the case of the extension', async () => {
    for (const [name, check] of [
      ['a.svg', isSvg],
      ['b.SVG', isSvg],
      ['c.png', isPng],
      ['d.PNG', isPng],
    ] as const) {
      const r = await runMain(['render', '-', '-o', join(dir, name)], good);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(check(join(dir, name)), name).toBe(true);
    }
  });

  it('refuses an extension it cannot write, naming it, unless --format says what to put there', async () => {
    for (const name of ['out.pdf', 'out.jpeg', 'out.svgz', 'timeline.svg.txt']) {
      const r = await runMain(['render', '-', '-o', join(dir, name)], good);
      const extension = name.slice(name.lastIndexOf('.'));
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toMatch(
        new RegExp(
          `^eventline: --output: cannot tell what to write to a "\\${extension}" file; name it \\.svg, \\.png or \\.html, or give --format svg\\|png\\|html\\n`,
        ),
      );
    }
    expect(readdirSync(dir)).toEqual([]);
    expect((await runMain(['render', '-', '-o', join(dir, 'out.xml'), '--format', 'svg'], good)).code).toBe(0);
    expect(isSvg(join(dir, 'out.xml'))).toBe(true);
  });

  it('refuses a --format that disagrees with .svg or .png, and writes nothing', async () => {
    for (const [name, format, named] of [
      ['forced.png', 'svg', 'png'],
      ['forced.svg', 'png', 'svg'],
    ] as const) {
      const r = await runMain(['render', '-', '-o', join(dir, name), '--format', format], good);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        new RegExp(`^eventline: --format ${format}: the output "[^"]*${name}" ends in \\.${named}, which is ${named}`),
      );
      expect(existsSync(join(dir, name))).toBe(false);
    }
    expect((await runMain(['render', '-', '-o', join(dir, 'agreed.png'), '--format', 'png'], good)).code).toBe(0);
  });

  it('writes SVG to a name without an extension, or PNG with --format png', async () => {
    expect((await runMain(['render', '-', '-o', join(dir, 'timeline')], good)).code).toBe(0);
    expect(isSvg(join(dir, 'timeline'))).toBe(true);
    expect((await runMain(['render', '-', '-o', join(dir, 'picture'), '--format', 'png'], good)).code).toBe(0);
    expect(isPng(join(dir, 'picture'))).toBe(true);
  });
});
