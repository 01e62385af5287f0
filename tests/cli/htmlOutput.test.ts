import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/runCli.js';

const events = JSON.stringify({
  title: 'Two events',
  events: [
    { id: 'summit', date: '2024-06-19', title: { en: 'Summit', ar: 'قمة' }, media: { src: 'summit.png', alt: 'Two leaders' } },
    { id: 'founded', date: '1948', title: { en: 'Founded', ar: 'تأسيس' } },
  ],
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'eventline-html-'));
});

describe('eventline render … --format html', () => {
  it('writes the story page to a .html (or .htm) file: timeline, then the cards in time order', async () => {
    for (const name of ['out.html', 'out.HTM']) {
      const file = join(dir, name);
      const r = await runMain(['render', '-', '-o', file], events);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe(`eventline: wrote ${file} (2 events)\n`);
      const html = readFileSync(file, 'utf8');
      expect(html.startsWith('<!DOCTYPE html>\n<html lang="en" dir="ltr">')).toBe(true);
      const doc = new JSDOM(html).window.document;
      // No --width: the two layouts, so a phone gets the narrow one.
      expect(doc.querySelector('.el-story-timeline > svg.eventline-layouts > svg.eventline')).not.toBeNull();
      expect(Array.from(doc.querySelectorAll('li.el-card'), (li) => li.id)).toEqual(['founded', 'summit']);
      expect(doc.querySelector('#summit img')!.getAttribute('alt')).toBe('Two leaders');
      // No XML declaration inside a page: the SVG is inline.
      expect(html).not.toContain('<?xml');
    }
  });

  it('takes the drawing options, and writes to standard output with --format html', async () => {
    const r = await runMain(['render', '-', '--format', 'html', '--locale', 'ar', '--width', '640', '--theme', 'dark'], events);
    expect(r.code, r.stderr).toBe(0);
    const doc = new JSDOM(r.stdout).window.document;
    expect([doc.documentElement.lang, doc.documentElement.dir]).toEqual(['ar', 'rtl']);
    expect(doc.querySelector('svg')!.getAttribute('width')).toBe('640');
    expect(doc.querySelector('main')!.getAttribute('data-theme')).toBe('dark');
    expect(doc.querySelector('#summit h2')!.textContent).toBe('قمة');
  });

  it('refuses a --format that disagrees with .html, and writes nothing', async () => {
    const r = await runMain(['render', '-', '-o', join(dir, 'page.html'), '--format', 'svg'], events);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^eventline: --format svg: the output "[^"]*page\.html" ends in \.html, which is html/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
