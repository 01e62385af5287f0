import { afterEach, describe, expect, it, vi } from 'vitest';
import { russiaDprk } from '../../src/data/russiaDprk.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { PALETTES } from '../../src/render/theme.js';
import { renderToPng, svgForResvg } from '../../src/server/renderToPng.js';
import { renderToString } from '../../src/server/renderToString.js';
import { withClockToday } from '../../src/clockToday.js';
import { colorDistance, decodePng, hexToRgb } from '../helpers/png.js';

const input = { ...russiaDprk, eras: [{ date: '1991-12-26', end: '2024-07', title: 'After the Soviet Union' }] };

afterEach(() => {
  vi.useRealTimers();
});

describe('the today option on the server', () => {
  it('gives the same bytes for the same date, whatever day it is', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2031, 0, 5, 12));
    const one = renderToString(input, { width: 960, today: '2024-06-19' });
    vi.setSystemTime(new Date(2040, 6, 30, 12));
    const two = renderToString(input, { width: 960, today: '2024-06-19' });
    expect(two).toBe(one);
    expect(one).toContain('Today: 19 June 2024');
  });

  it('reads the clock only when asked with true: the local date of now', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2024, 5, 19, 23, 30));
    expect(renderToString(input, { width: 960, today: true })).toBe(renderToString(input, { width: 960, today: '2024-06-19' }));
    expect(svgForResvg(parseTimeline(input), { width: 960, today: true }).svg).toBe(
      svgForResvg(parseTimeline(input), { width: 960, today: '2024-06-19' }).svg,
    );
  });

  it('turns true into the date and leaves other options alone', () => {
    expect(withClockToday({ today: true, width: 5 }, new Date(2024, 0, 2))).toEqual({ today: '2024-01-02', width: 5 });
    const given = { today: '1999' };
    expect(withClockToday(given)).toBe(given);
  });

  it('paints the today line and the era band into the PNG', () => {
    const p = PALETTES.light;
    const g = layoutTimeline(parseTimeline(input), { width: 960, today: '2024-06-19' });
    const img = decodePng(renderToPng(input, { width: 960, today: '2024-06-19', theme: 'light' }));
    const pixel = (x: number, y: number) => img.at(x, y).slice(0, 3);
    // Down the today line, between its dashes somewhere but mostly in its colour.
    const x = Math.round(g.today!.x1);
    const down = Array.from({ length: Math.floor(g.today!.y2 - g.today!.y1) }, (_, i) => pixel(x, Math.round(g.today!.y1) + i));
    const red = down.filter((px) => colorDistance(px, hexToRgb(p.today)) < 80).length;
    expect(red / down.length).toBeGreaterThan(0.3);
    // Inside the band, away from everything else: the faint era colour, not the white background.
    const band = g.eras![0]!.band;
    const inside = pixel(Math.round(band.x + 30), Math.round(band.y + band.height - 3));
    expect(colorDistance(inside, [255, 255, 255])).toBeGreaterThan(10);
    expect(colorDistance(inside, [255, 255, 255])).toBeLessThan(60);
  });
});
