/** The separators eventline recognises, in the order that breaks ties. */
const CANDIDATES = [',', ';', '\t'] as const;

/**
 * The separator of a delimited text, read from its header line: spreadsheets in much of
 * Europe save "CSV" with `;`, and many tools export tab-separated text under a `.csv` name.
 * The separator that occurs most often in the header, outside quoted names, wins (`,`
 * on a tie or when there is none). An Excel `sep=;` first line names it outright and is
 * then skipped (`skip` is its length, line break included).
 *
 * @example
 * ```ts
 * csvDelimiter('date;title;"notes, misc"\n…') // { delimiter: ';', skip: 0 }
 * csvDelimiter('sep=;\ndate;title\n…')         // { delimiter: ';', skip: 6 }
 * ```
 */
export function csvDelimiter(text: string): { delimiter: string; skip: number } {
  const sep = /^sep=([,;\t|])(\r\n|\n|\r)/.exec(text);
  if (sep) return { delimiter: sep[1]!, skip: sep[0].length };
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
      continue;
    }
    if (c === '\n' || c === '\r') break;
    if (c === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (counts.has(c)) {
      counts.set(c, counts.get(c)! + 1);
      fieldStart = true;
    } else {
      fieldStart = false;
    }
  }
  let best: string = CANDIDATES[0];
  for (const c of CANDIDATES) if (counts.get(c)! > counts.get(best)!) best = c;
  return { delimiter: best, skip: 0 };
}
