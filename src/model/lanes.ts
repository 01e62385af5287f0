import type { Report } from './readFields.js';
import { codePoint, kind, NOT_XML_CHAR, quote } from './valueKind.js';

/**
 * Longest lane name, in characters (code points). A lane's name labels its row beside the
 * axis; past this it would take the width the timeline needs.
 */
export const LANE_MAX = 100;

/**
 * A lane name: trimmed, white-space runs made one space. `undefined` when absent or blank,
 * or when a problem was reported (not a string, too long, a character SVG cannot hold).
 *
 * @example
 * ```ts
 * readLane('  Diplomacy \n talks ', 'lane', report) // 'Diplomacy talks'
 * ```
 */
export function readLane(value: unknown, field: string, report: Report): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    report(field, `expected a string (the lane's name), got ${kind(value)}`);
    return undefined;
  }
  const name = value.trim().replace(/\s+/g, ' ');
  if (name === '') return undefined;
  // The name is written into the SVG as a label; XML has no way to carry these characters.
  const badChar = NOT_XML_CHAR.exec(name);
  if (badChar) {
    report(field, `contains ${codePoint(badChar[0])}, a control character or lone surrogate that SVG cannot hold`);
    return undefined;
  }
  // Counted in code points, so an emoji counts once; the spread only runs on names already long in code units.
  if (name.length > LANE_MAX && [...name].length > LANE_MAX) {
    report(field, `${quote(name, 40)} is longer than ${LANE_MAX} characters (a lane's name labels its row)`);
    return undefined;
  }
  return name;
}

/**
 * The timeline's `lanes`: an array of lane names, in the order to draw them. Each is read as
 * {@link readLane}; a blank entry or a name listed twice is reported (`lanes[3]: …`).
 *
 * @example
 * ```ts
 * readLanes(['Moscow', 'Pyongyang'], report) // ['Moscow', 'Pyongyang']
 * ```
 */
export function readLanes(value: unknown, report: Report): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    report('lanes', `expected an array of lane names, got ${kind(value)}`);
    return undefined;
  }
  const first = new Map<string, number>();
  value.forEach((raw: unknown, k) => {
    const field = `lanes[${k}]`;
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
      report(field, 'is empty (expected a lane name)');
      return;
    }
    const name = readLane(raw, field, report);
    if (name === undefined) return;
    const seen = first.get(name);
    if (seen !== undefined) report(field, `${quote(name)} is listed twice (also lanes[${seen}])`);
    else first.set(name, k);
  });
  return [...first.keys()];
}
