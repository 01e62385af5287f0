import { describe, expect, it } from 'vitest';
import { parseTimelineCsv } from '../../src/model/parseTimelineCsv.js';
import { bestOfEach } from '../helpers/cost.js';

/** Distinct rows (so id derivation does no extra work) appended until the text has `bytes` characters. */
function withRows(header: string, bytes: number): string {
  let text = header;
  for (let i = 0; text.length < bytes; i++) text += `\n${1000 + (i % 1000)},Event ${i}`;
  return text;
}

describe('parseTimelineCsv cost', () => {
  it('grows with the text, not with rows × header columns', () => {
    const size = 125_000;
    // Half the file is a header of 30,000 ignored columns; every row is short.
    const wide = withRows('date,title' + ',x'.repeat(30_000), size);
    const normal = withRows('date,title', size);
    expect(parseTimelineCsv(wide).events.length).toBeGreaterThan(3000);
    const [wideMs, normalMs] = bestOfEach([() => parseTimelineCsv(wide), () => parseTimelineCsv(normal)]) as [number, number];
    console.log(`CSV of ${size} bytes: wide header ${wideMs.toFixed(1)} ms, normal ${normalMs.toFixed(1)} ms (CPU)`);
    expect(wideMs).toBeLessThanOrEqual(5 * normalMs);
  });
});
