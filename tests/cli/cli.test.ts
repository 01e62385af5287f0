import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSvg } from '../helpers/svg.js';

const root = resolve(__dirname, '../..');
const cli = join(root, 'dist/cli.js');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run "npm run build" (npm test does it first)');
  dir = mkdtempSync(join(tmpdir(), 'eventline-cli-'));
});

const good = JSON.stringify({ title: 'Test', events: [{ date: '1948', title: 'Founded' }, { date: '2024-06-19', title: 'Summit', id: 'summit' }] });

describe('eventline CLI', () => {
  it('prints help and exits 0', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: eventline render INPUT/);
  });

  it('renders JSON from stdin to stdout', () => {
    const r = run(['render', '-'], good);
    expect(r.code).toBe(0);
    const doc = parseSvg(r.stdout);
    expect(doc.querySelectorAll('[data-event-id]')).toHaveLength(2);
    expect(r.stdout.startsWith('<?xml')).toBe(true);
  });

  it('renders a CSV file to -o with options applied', () => {
    const csv = join(dir, 'events.csv');
    writeFileSync(csv, 'date,title,id\n1961,"Treaty, with USSR",treaty\n2000-07,Putin visits,visit\n');
    const out = join(dir, 'out.svg');
    const r = run(['render', csv, '-o', out, '--width', '700', '--locale', 'ar', '--orientation', 'vertical', '--title', 'عنوان']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const doc = parseSvg(readFileSync(out, 'utf8'));
    const svg = doc.documentElement;
    expect(svg.getAttribute('width')).toBe('700');
    expect(svg.getAttribute('direction')).toBe('rtl');
    expect(svg.getAttribute('data-orientation')).toBe('vertical');
    expect(doc.querySelector('.el-heading')!.textContent).toBe('عنوان');
    expect(doc.querySelector('[data-event-id="treaty"] .el-title')!.textContent).toBe('Treaty, with USSR');
  });

  it('exits 1 on bad data, lists every problem, writes nothing and keeps an existing file', () => {
    const input = join(dir, 'bad.json');
    writeFileSync(input, JSON.stringify([{ date: '2024-13-01', title: 'x', id: 'summit' }, { date: '2024-02-30' }]));
    const out = join(dir, 'existing.svg');
    writeFileSync(out, 'KEEP ME');
    const before = readdirSync(dir).sort();
    const r = run(['render', input, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('events[0] (id "summit").date');
    expect(r.stderr).toContain('events[1].date');
    expect(r.stderr).toContain('events[1].title');
    expect(r.stderr).not.toMatch(/\n\s+at .*\.(js|ts):\d+/);
    expect(readFileSync(out, 'utf8')).toBe('KEEP ME');
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('exits 1 on input that is not JSON and names it', () => {
    const r = run(['render', '-', '--from', 'json'], '{"events": [');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not valid JSON/);
  });

  it('exits 2 on bad usage without a stack trace', () => {
    for (const args of [[], ['draw', 'x'], ['render'], ['render', 'x', '--width', 'wide'], ['render', 'x', '--dir', 'up'], ['render', 'x', '--bogus'], ['render', join(dir, 'missing.json')]]) {
      const r = run(args, '');
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(/^eventline: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('exits 2 for a bad --locale and leaves no output file', () => {
    const input = join(dir, 'good.json');
    writeFileSync(input, good);
    const out = join(dir, 'never.svg');
    const r = run(['render', input, '-o', out, '--locale', 'not a tag!']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/options\.locale/);
    expect(existsSync(out)).toBe(false);
  });

  it('reports a folder that does not exist for -o as an error and leaves nothing behind', () => {
    const input = join(dir, 'good2.json');
    writeFileSync(input, good);
    const r = run(['render', input, '-o', join(dir, 'no-such-dir', 'x.svg')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write/);
  });
});
