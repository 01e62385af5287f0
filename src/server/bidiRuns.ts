import type { Bidi, BidiCharTypeName } from 'bidi-js';
import { requirePackage } from './requirePackage.js';

/**
 * A stretch of one line that reads in one direction: the characters keep their logical
 * order, and whoever draws the run lays them out right to left when `rtl`.
 *
 * @example
 * ```ts
 * const run: BidiRun = { text: 'قمة ', rtl: true };
 * ```
 */
export interface BidiRun {
  text: string;
  rtl: boolean;
}

let bidi: Bidi | undefined;

/** bidi-js is only for pictures: loaded on first use, as resvg is. */
function loadBidi(): Bidi {
  bidi ??= requirePackage<() => Bidi>('bidi-js', 'renderToPng')();
  return bidi;
}

/**
 * Characters that rule L1 of the Unicode Bidirectional Algorithm moves to the paragraph's
 * level when they end a line (bidi-js applies it while reordering, not in the levels it returns).
 */
const TRAILING = new Set<BidiCharTypeName>(['WS', 'S', 'B', 'LRI', 'RLI', 'FSI', 'PDI', 'BN', 'LRE', 'RLE', 'LRO', 'RLO', 'PDF']);

/**
 * Embeddings, overrides and isolates. Their effect is in the levels the runs are cut by;
 * left inside a run, they would apply a second time when the run is drawn.
 */
const EXPLICIT_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;

/** Paragraph separators: a line of SVG text is one paragraph, and a browser shows them as spaces. */
const PARAGRAPH_SEPARATOR = /[\n\r\u001c-\u001e\u0085\u2029]/g;

/**
 * Cuts one line of text into its directional runs, in visual order from left to right,
 * by the Unicode Bidirectional Algorithm (bidi-js) with `direction` as the paragraph's
 * base direction. Each run holds characters of one embedding level, in logical order, so
 * a renderer that can only lay out one direction at a time draws the line right by
 * placing the runs side by side. Mirrored characters (brackets) stay as they are: a
 * shaper that lays out a run right to left mirrors them, as a browser does.
 *
 * @example
 * ```ts
 * visualRuns('قمة G7 في إيطاليا بحضور Joe Biden', 'rtl');
 * // [{ text: 'Joe Biden', rtl: false }, { text: ' في إيطاليا بحضور ', rtl: true },
 * //  { text: 'G7', rtl: false }, { text: 'قمة ', rtl: true }]
 * ```
 */
export function visualRuns(text: string, direction: 'ltr' | 'rtl'): BidiRun[] {
  if (!text) return [];
  const b = loadBidi();
  const line = text.replace(PARAGRAPH_SEPARATOR, ' ');
  const embedding = b.getEmbeddingLevels(line, direction);
  const levels = Uint8Array.from(embedding.levels);
  const base = direction === 'rtl' ? 1 : 0;
  for (let i = line.length - 1; i >= 0 && TRAILING.has(b.getBidiCharTypeName(line[i]!)); i--) levels[i] = base;

  // Visual order of the characters; a run goes on while its characters are logical
  // neighbours at one level, in the direction that level reads.
  const order = b.getReorderedIndices(line, embedding);
  const runs: BidiRun[] = [];
  let first = 0;
  for (let v = 1; v <= order.length; v++) {
    const prev = order[v - 1]!;
    const next = order[v];
    const rtl = (levels[prev]! & 1) === 1;
    if (next !== undefined && levels[next] === levels[prev] && next === prev + (rtl ? -1 : 1)) continue;
    const ends = [order[first]!, prev];
    const runText = line.slice(Math.min(...ends), Math.max(...ends) + 1).replace(EXPLICIT_CONTROL, '');
    if (runText) runs.push({ text: runText, rtl });
    first = v;
  }
  return runs;
}
