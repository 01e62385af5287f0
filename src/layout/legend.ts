// The legend: a swatch and a name per category, and how approximate dates look, flowing
// in reading order under the heading.
import { pickText } from '../model/pickText.js';
import type { Timeline } from '../model/types.js';
import { cleanText } from './cleanText.js';
import { MARGIN, metrics } from './labels.js';
import { legendWords } from './legendWords.js';
import { truncateToWidth } from './measureText.js';
import type { ResolvedOptions } from './resolveOptions.js';
import { textDirection } from './textDirection.js';
import type { LegendGeometry, LegendItem } from './types.js';

const SWATCH = 10;
/** Between a swatch and its words. */
const SWATCH_GAP = 5;
/** Between two entries of a line. */
const ENTRY_GAP = 16;
/** Entries beyond this many categories are counted in a last "+N" entry: colours repeat long before. */
const MOST_CATEGORIES = 24;

/**
 * What the legend calls each category: its name in `locale` from the timeline's
 * `categories`, else its key as written.
 *
 * @example
 * ```ts
 * categoryNames(['war'], [['war', { en: 'War', ar: 'حرب' }]], 'ar') // ['حرب']
 * ```
 */
export function categoryNames(keys: readonly string[], names: Timeline['categories'], locale: string): string[] {
  if (!names) return [...keys];
  const byKey = new Map(names);
  return keys.map((k) => {
    const name = byKey.get(k);
    return name === undefined ? k : pickText(name, locale) || k;
  });
}

/** Which marks besides the categories' the drawing has, each of which the legend then names. */
export interface LegendMarks {
  /** An approximate or uncertain date. */
  readonly approximate: boolean;
  /** An event without a category. */
  readonly uncategorized: boolean;
}

/**
 * The legend's geometry from `y` down, or `undefined` when there is none: `legend` off,
 * or fewer than two categories.
 *
 * @example
 * ```ts
 * layoutLegend(o, ['history', 'diplomacy'], { approximate: true, uncategorized: false }, 40)?.items.length // 3
 * ```
 */
export function layoutLegend(
  o: ResolvedOptions,
  categories: readonly string[],
  marks: LegendMarks,
  y: number,
  lineWidth = o.width - 2 * MARGIN,
): (LegendGeometry & { widest: number }) | undefined {
  if (!o.legend || categories.length < 2) return undefined;
  const m = metrics(o.fontSize);
  const size = m.dateSize;
  const lineHeight = m.dateLine + 4;
  const words = legendWords(o.locale);
  const entries: { kind: LegendItem['kind']; colorIndex: number; text: string }[] = categories
    .slice(0, categories.length > MOST_CATEGORIES ? MOST_CATEGORIES - 1 : MOST_CATEGORIES)
    .map((c, i) => ({ kind: 'category', colorIndex: i, text: cleanText(c) }));
  if (categories.length > MOST_CATEGORIES) entries.push({ kind: 'more', colorIndex: -1, text: `+${categories.length - entries.length}` });
  if (marks.uncategorized) entries.push({ kind: 'other', colorIndex: -1, text: cleanText(words.other) });
  if (marks.approximate) entries.push({ kind: 'approximate', colorIndex: -1, text: cleanText(words.approximate) });

  const x0 = MARGIN;
  const x1 = Math.min(o.width - MARGIN, x0 + lineWidth);
  const ltr = o.direction === 'ltr';
  // Reading coordinates: from the start of a line, mirrored in a right-to-left timeline.
  const x = (u: number) => (ltr ? u : o.width - u);
  let widest = 0;
  const items: LegendItem[] = [];
  let u = x0;
  let line = 0;
  for (const e of entries) {
    const swatch = e.kind === 'more' ? 0 : SWATCH + SWATCH_GAP;
    const cut = truncateToWidth(e.text, x1 - x0 - swatch, size, o.measure);
    const width = swatch + cut.width;
    if (u > x0 && u + width > x1) {
      u = x0;
      line++;
    }
    const top = y + line * lineHeight;
    const mid = top + lineHeight / 2;
    const textStart = u + swatch;
    const direction = textDirection(e.text, o.direction);
    items.push({
      kind: e.kind,
      colorIndex: e.colorIndex,
      swatch: {
        x: ltr ? u : x(u) - (e.kind === 'more' ? 0 : SWATCH),
        y: mid - SWATCH / 2,
        width: e.kind === 'more' ? 0 : SWATCH,
        height: e.kind === 'more' ? 0 : SWATCH,
      },
      label: {
        text: cut.text,
        full: e.text,
        truncated: cut.truncated,
        x: x(textStart),
        y: Math.round(mid + size * 0.35),
        width: cut.width,
        fontSize: size,
        direction,
        // Against the swatch: its start edge in reading order.
        anchor: ltr === (direction === 'ltr') ? 'start' : 'end',
      },
    });
    widest = Math.max(widest, u + width - x0);
    u += width + ENTRY_GAP;
  }
  const box = { x: ltr ? x0 : o.width - x1, y, width: x1 - x0, height: (line + 1) * lineHeight };
  return { box, name: cleanText(words.legend), items, widest };
}

/**
 * The legend moved by `dx` px and boxed to what its entries take (`fitted`): for a legend
 * that stands in a corner of the drawing rather than across its top. Not fitted, it keeps
 * its band's box, and is only stripped of what the layout alone needs.
 *
 * @example
 * ```ts
 * legendMoved(legend, 0, true).box.width // the longest line's width
 * ```
 */
export function legendMoved(legend: LegendGeometry & { widest: number }, dx: number, ltr: boolean, fitted = true): LegendGeometry {
  const { box, widest, ...rest } = legend;
  if (!fitted) return { ...rest, box };
  const items = legend.items.map((item) => ({
    ...item,
    swatch: { ...item.swatch, x: item.swatch.x + dx },
    label: { ...item.label, x: item.label.x + dx },
  }));
  const x = ltr ? box.x + dx : box.x + box.width - widest + dx;
  return { ...rest, items, box: { ...box, x, width: widest } };
}
