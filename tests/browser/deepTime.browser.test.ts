import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { stateFor, visibleDomain, zoomFrame } from '../../src/interact/zoomModel.js';
import { layoutTimeline } from '../../src/layout/layoutTimeline.js';
import { fromTimelineJs } from '../../src/model/fromTimelineJs.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { renderToString } from '../../src/server/renderToString.js';
import { describeBrowser, measureSvgInChromium } from '../helpers/chromium.js';

const DAY = 86_400_000;
const cosmology = fromTimelineJs(JSON.parse(readFileSync(join(__dirname, '../fixtures/timelinejs-cosmology.json'), 'utf8')));

describeBrowser('deep time measured in Chromium', () => {
  it('from 13.8 billion years to the day of Apollo 11, every step has its labels apart and inside', async () => {
    for (const locale of ['en', 'ar']) {
      const frame = zoomFrame(layoutTimeline(parseTimeline(cosmology), { width: 1000, locale }));
      const apollo = Date.UTC(1969, 6, 20);
      let steps = 0;
      for (let span = frame.domain[1] - frame.domain[0]; ; span = Math.max(DAY, span / 10)) {
        // Centred on the landing, as a reader zooming in on it would see it.
        const domain = visibleDomain(frame, stateFor(frame, apollo + DAY / 2 - span / 2, apollo + DAY / 2 + span / 2));
        const m = await measureSvgInChromium(renderToString(cosmology, { width: 1000, locale, domain }));
        const at = `${locale}, ${(span / DAY).toExponential(1)} days`;
        expect(m.labels.length, at).toBeGreaterThan(0);
        expect(m.overlaps, at).toEqual([]);
        expect(m.outside, at).toEqual([]);
        steps++;
        if (span === DAY) break;
      }
      expect(steps).toBe(14);
    }
  });
});
