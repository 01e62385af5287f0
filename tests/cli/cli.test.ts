import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PNG_SIGNATURE, decodePng, inkBox, pngSize } from '../helpers/png.js';
import { runMain } from '../helpers/runCli.js';
import { parseSvg } from '../helpers/svg.js';

const root = resolve(__dirname, '../..');
const cli = join(root, 'dist/cli.js');

/** The built CLI in its own process: for what only a process shows (exit status, real pipes). */
function spawnCli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Width and height of the SVG the same arguments give. */
async function svgSize(args: string[], input?: string) {
  const svg = parseSvg((await runMain(args, input)).stdout).documentElement;
  return { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'eventline-cli-'));
});

const good = JSON.stringify({
  title: 'Test',
  events: [
    { date: '1948', title: 'Founded' },
    { date: '2024-06-19', title: 'Summit', id: 'summit' },
  ],
});

describe('eventline CLI, as a process', () => {
  beforeAll(() => {
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run "npm run build" (npm test does it first)');
  });

  it('prints help and exits 0', () => {
    const r = spawnCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: eventline render INPUT/);
  });

  it('renders JSON from a stdin pipe to a stdout pipe', () => {
    const r = spawnCli(['render', '-'], good);
    expect(r.code, r.stderr).toBe(0);
    // In the first (wide) layout: without --width the SVG holds a narrow one too.
    expect(parseSvg(r.stdout).querySelector('svg.eventline')!.querySelectorAll('[data-event-id]')).toHaveLength(2);
  });

  it('exits 1 on bad data and 2 on bad usage, without a stack trace', () => {
    const bad = spawnCli(['render', '-'], '[{"date": "2024-13-01"}]');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^eventline: .*\n.*events\[0\]\.date/);
    const usage = spawnCli(['render', '-', '--width', 'wide'], good);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^eventline: --width/);
    for (const r of [bad, usage]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('eventline CLI', () => {
  it('renders JSON from stdin to stdout', async () => {
    const r = await runMain(['render', '-'], good);
    expect(r.code).toBe(0);
    const doc = parseSvg(r.stdout);
    expect(doc.querySelector('svg.eventline')!.querySelectorAll('[data-event-id]')).toHaveLength(2);
    expect(r.stdout.startsWith('<?xml')).toBe(true);
  });

  it('renders a CSV file to -o with options applied', async () => {
    const csv = join(dir, 'events.csv');
    writeFileSync(csv, 'date,title,id\n1961,"Treaty, with USSR",treaty\n2000-07,Putin visits,visit\n');
    const out = join(dir, 'out.svg');
    const r = await runMain([
      'render',
      csv,
      '-o',
      out,
      '--width',
      '700',
      '--locale',
      'ar',
      '--orientation',
      'vertical',
      '--title',
      'عنوان',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`eventline: wrote ${out} (2 events)\n`);
    const doc = parseSvg(readFileSync(out, 'utf8'));
    const svg = doc.documentElement;
    expect(svg.getAttribute('width')).toBe('700');
    expect(svg.getAttribute('direction')).toBe('rtl');
    expect(svg.getAttribute('data-orientation')).toBe('vertical');
    expect(doc.querySelector('.el-heading')!.textContent).toBe('عنوان');
    expect(doc.querySelector('[data-event-id="treaty"] .el-title')!.textContent).toBe('Treaty, with USSR');
  });

  it('exits 1 on bad data, lists every problem, writes nothing and keeps an existing file', async () => {
    const input = join(dir, 'bad.json');
    writeFileSync(input, JSON.stringify([{ date: '2024-13-01', title: 'x', id: 'summit' }, { date: '2024-02-30' }]));
    const out = join(dir, 'existing.svg');
    writeFileSync(out, 'KEEP ME');
    const before = readdirSync(dir).sort();
    const r = await runMain(['render', input, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('events[0] (id "summit").date');
    expect(r.stderr).toContain('events[1].date');
    expect(r.stderr).toContain('events[1].title');
    expect(r.stderr).not.toMatch(/\n\s+at .*\.(js|ts):\d+/);
    expect(readFileSync(out, 'utf8')).toBe('KEEP ME');
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('exits 1 on input with no events, and writes nothing', async () => {
    for (const input of ['{"events": []}', '[]', 'date,title\n']) {
      const out = join(dir, 'empty.svg');
      const r = await runMain(['render', '-', '-o', out, ...(input.startsWith('date') ? ['--from', 'csv'] : [])], input);
      expect(r.code, input).toBe(1);
      expect(r.stderr, input).toMatch(/no events/);
      expect(existsSync(out), input).toBe(false);
    }
  });

  it('exits 1 on input that is not JSON and names it', async () => {
    const r = await runMain(['render', '-', '--from', 'json'], '{"events": [');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not valid JSON/);
  });

  it('exits 2 on bad usage without a stack trace', async () => {
    for (const args of [
      [],
      ['draw', 'x'],
      ['render'],
      ['render', 'x', '--width', 'wide'],
      ['render', 'x', '--dir', 'up'],
      ['render', 'x', '--bogus'],
      ['render', join(dir, 'missing.json')],
    ]) {
      const r = await runMain(args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(/^eventline: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('says an option mistake in its own words, with the option meant', async () => {
    const said = async (...args: string[]) => {
      const r = await runMain(['render', 'x.json', ...args]);
      expect(r.code).toBe(2);
      return r.stderr.split('\n')[0];
    };
    expect(await said('--lcoale', 'ar')).toBe('eventline: unknown option "--lcoale"; did you mean "--locale"?');
    expect(await said('--no-legnd')).toBe('eventline: unknown option "--no-legnd"; did you mean "--no-legend"?');
    expect(await said('--colour', 'red')).toBe('eventline: unknown option "--colour"');
    expect(await said('-x')).toBe('eventline: unknown option "-x"');
    expect(await said('--locale')).toBe('eventline: --locale: expected a value');
    expect(await said('-o')).toBe('eventline: --output: expected a value');
    expect(await said('--no-legend=yes')).toBe('eventline: --no-legend: takes no value');
  });

  it('exits 2 for a bad --locale and leaves no output file', async () => {
    const input = join(dir, 'good.json');
    writeFileSync(input, good);
    const out = join(dir, 'never.svg');
    const r = await runMain(['render', input, '-o', out, '--locale', 'not a tag!']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/options\.locale/);
    expect(existsSync(out)).toBe(false);
  });

  it('--today draws the line, --no-lanes and --no-legend take lanes and legend away, a bad --today is named', async () => {
    const input = join(dir, 'lanes.json');
    const events = [
      { date: '1948', title: 'Founded', lane: 'North', category: 'a' },
      { date: '2020', title: 'Summit', lane: 'South', category: 'b' },
    ];
    writeFileSync(input, JSON.stringify({ events }));
    const drawn = async (...flags: string[]) => {
      const out = join(dir, `flags-${flags.join('').replace(/\W/g, '')}.svg`);
      const r = await runMain(['render', input, '-o', out, '--width', '960', ...flags]);
      expect(r.code, r.stderr).toBe(0);
      return parseSvg(readFileSync(out, 'utf8'));
    };
    const plain = await drawn();
    expect(plain.querySelectorAll('g.el-lane')).toHaveLength(2);
    expect(plain.querySelector('.el-legend')).not.toBeNull();
    expect(plain.querySelector('.el-today')).toBeNull();
    const today = await drawn('--today', '2024-06-19');
    expect(today.querySelector('.el-today')!.textContent).toContain('19 June 2024');
    const bare = await drawn('--no-lanes', '--no-legend');
    expect(bare.querySelectorAll('g.el-lane')).toHaveLength(0);
    expect(bare.querySelector('.el-legend')).toBeNull();
    expect(bare.querySelectorAll('[data-event-id]')).toHaveLength(2);
    const out = join(dir, 'never-today.svg');
    const r = await runMain(['render', input, '-o', out, '--today', 'yesterday']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/options\.today/);
    expect(existsSync(out)).toBe(false);
  });

  it('reports a folder that does not exist for -o as an error and leaves nothing behind', async () => {
    const input = join(dir, 'good2.json');
    writeFileSync(input, good);
    const out = join(dir, 'no-such-dir', 'x.svg');
    const r = await runMain(['render', input, '-o', out]);
    // Not 1, which says the input has problems: the input was fine.
    expect(r.code).toBe(73);
    // Named as given, not by the temporary file beside it.
    expect(r.stderr).toBe(`eventline: cannot write "${out}": its folder does not exist\n`);
  });

  it('writes a PNG to -o: signature, size of the SVG times --scale, not blank', async () => {
    const input = join(dir, 'png-source.json');
    writeFileSync(input, good);
    const out = join(dir, 'timeline.png');
    const r = await runMain(['render', input, '--format', 'png', '--scale', '2', '-o', out, '--locale', 'ar', '--width', '600']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/wrote .*timeline\.png/);
    const png = readFileSync(out);
    expect(Array.from(png.subarray(0, 8))).toEqual(PNG_SIGNATURE);
    const svg = await svgSize(['render', input, '--locale', 'ar', '--width', '600']);
    expect(pngSize(png)).toEqual({ width: svg.width * 2, height: svg.height * 2 });
    expect(inkBox(decodePng(png), [255, 255, 255]).count).toBeGreaterThan(1000);
  });

  it('writes a PNG when -o ends in .png', async () => {
    const out = join(dir, 'inferred.png');
    expect((await runMain(['render', '-', '-o', out], good)).code).toBe(0);
    expect(Array.from(readFileSync(out).subarray(0, 8))).toEqual(PNG_SIGNATURE);
  });

  it('writes the PNG bytes unchanged to standard output, in the dark theme on request', async () => {
    const r = await runMain(['render', '-', '--format', 'png', '--theme', 'dark'], good);
    expect(r.code, r.stderr).toBe(0);
    expect(Array.from(r.bytes.subarray(0, 8))).toEqual(PNG_SIGNATURE);
    expect(pngSize(r.bytes)).toEqual(await svgSize(['render', '-'], good));
    expect(decodePng(r.bytes).at(2, 2)).toEqual([0x0d, 0x11, 0x17, 255]);
  });

  it('will not write a PNG to a terminal', async () => {
    const input = join(dir, 'tty.json');
    writeFileSync(input, good);
    const png = await runMain(['render', input, '--format', 'png'], '', { tty: true });
    expect(png.code).toBe(2);
    expect(png.stdout).toBe('');
    expect(png.stderr).toMatch(/terminal.*-o FILE/);
    const svg = await runMain(['render', input], '', { tty: true });
    expect(svg.code).toBe(0); // SVG is text: fine on a terminal
    expect(svg.stdout).toMatch(/^<\?xml/);
  });

  it('exits 2 on a bad --format or --scale, and writes nothing', async () => {
    const input = join(dir, 'scale.json');
    writeFileSync(input, good);
    const out = join(dir, 'bad-scale.png');
    for (const args of [
      ['--format', 'gif'],
      ['--format', 'png', '--scale', '0'],
      ['--format', 'png', '--scale', '-1'],
      ['--format', 'png', '--scale', 'big'],
      ['--format', 'png', '--scale', '11'],
      ['--format', 'svg', '--scale', '2'],
    ]) {
      const r = await runMain(['render', input, '-o', out, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^eventline: .*--(format|scale)/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    }
    expect((await runMain(['render', input, '-o', out, '--format', 'gif'])).stderr).toMatch(/expected svg, png or html, got "gif"/);
  });

  it('reads TimelineJS and vis-timeline files with --from', async () => {
    const timelinejs = JSON.stringify({
      events: [{ start_date: { year: '1963', month: '8', day: '28' }, text: { headline: 'March on Washington' } }],
    });
    const vis = JSON.stringify([{ id: 7, start: '2024-06-19', content: 'Summit' }]);
    for (const [from, input, title] of [
      ['timelinejs', timelinejs, 'March on Washington'],
      ['vis', vis, 'Summit'],
    ] as const) {
      const r = await runMain(['render', '-', '--from', from], input);
      expect(r.code, `${from}: ${r.stderr}`).toBe(0);
      expect(parseSvg(r.stdout).querySelector('.el-title')!.textContent).toBe(title);
    }
    const input = join(dir, 'not-vis.json');
    writeFileSync(input, good);
    expect((await runMain(['render', input, '--from', 'vis'])).code).toBe(1);
    const r = await runMain(['render', input, '--from', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--from: expected json, csv, timelinejs or vis, got "xml"/);
  });
});
