/** A label's horizontal extent and the x of the stem that ties it to its mark. */
export interface RowItem {
  readonly x0: number;
  readonly x1: number;
  readonly stem: number;
}

/**
 * Puts labels into rows above an axis (row 0 nearest) so that no two labels of a row
 * come closer than `gap`, and so that no stem runs through another event's label.
 *
 * A stem that stands under a label must end below it, so its event is placed first:
 * labels are placed in an order where every stem under a label comes before the label
 * (a topological order; ties go to the side labels grow from, `from`). Each label then
 * takes the lowest free row above those stems. This is the staircase readers expect
 * in a cluster. Only when labels face each other over their stems (a cycle) is a
 * crossing unavoidable, and the order breaks the cycle at the label with the fewest
 * stems left under it.
 *
 * @returns the row of each item, in input order, and the number of rows used.
 * @example
 * ```ts
 * placeRows([{ x0: 0, x1: 50, stem: 0 }, { x0: 20, x1: 60, stem: 20 }], 4, 'right')
 * // { rows: [1, 0], count: 2 }
 * ```
 */
export function placeRows(items: readonly RowItem[], gap: number, from: 'left' | 'right'): { rows: number[]; count: number } {
  const n = items.length;
  const sign = from === 'right' ? -1 : 1;
  const byStem = items.map((_, i) => i).sort((a, b) => sign * (items[a]!.stem - items[b]!.stem) || a - b);
  // under[i]: the items whose stems stand under label i; blocks[j]: the labels j's stem stands under.
  const under: number[][] = items.map(() => []);
  const blocks: number[][] = items.map(() => []);
  const sortedStems = items.map((_, i) => i).sort((a, b) => items[a]!.stem - items[b]!.stem);
  const stems = sortedStems.map((i) => items[i]!.stem);
  for (let i = 0; i < n; i++) {
    const lo = items[i]!.x0 - gap / 2;
    const hi = items[i]!.x1 + gap / 2;
    for (let k = lowerBound(stems, lo); k < n && stems[k]! < hi; k++) {
      const j = sortedStems[k]!;
      if (j !== i && stems[k]! > lo) {
        under[i]!.push(j);
        blocks[j]!.push(i);
      }
    }
  }
  const waiting = under.map((u) => u.length);
  const done = new Array<boolean>(n).fill(false);
  const rows = new Array<number>(n);
  const rowBoxes: RowItem[][] = [];
  for (let step = 0; step < n; step++) {
    let pick = -1;
    for (const i of byStem) if (!done[i] && (pick < 0 || waiting[i]! < waiting[pick]!)) {
      pick = i;
      if (waiting[i] === 0) break;
    }
    const item = items[pick]!;
    let floor = 0;
    for (const j of under[pick]!) if (done[j]) floor = Math.max(floor, rows[j]! + 1);
    let row = floor;
    while ((rowBoxes[row] ?? []).some((b) => b.x0 < item.x1 + gap && item.x0 < b.x1 + gap)) row++;
    (rowBoxes[row] ??= []).push(item);
    rows[pick] = row;
    done[pick] = true;
    for (const k of blocks[pick]!) waiting[k] = waiting[k]! - 1;
  }
  return { rows, count: rowBoxes.length };
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
