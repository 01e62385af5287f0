/**
 * What is wrong with malformed JSON, said where it is, to follow "not valid JSON":
 * ` at line 3, column 3 (near "2 3]"): Expected ',' or ']' after array element`.
 * Engines say it differently: V8 gives a character offset (`at position 42`), newer V8 and
 * Firefox a line and column; without either the engine's words stand alone (`: …`).
 * Input that stops early is placed at its end.
 *
 * @example
 * ```ts
 * jsonProblem('[\n1,\n2 3]', new SyntaxError("Expected ',' or ']' after array element in JSON at position 7"))
 * // ' at line 3, column 3 (near "2 3]"): Expected \',\' or \']\' after array element'
 * ```
 */
export function jsonProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /\bat position (\d+)/.exec(message)?.[1];
  const lineColumn = /\bline (\d+) column (\d+)/.exec(message);
  const words = message
    .replace(/^JSON\.parse: /, '')
    .replace(/ (?:in JSON )?at position \d+/, '')
    .replace(/ \(line \d+ column \d+\)/, '')
    .replace(/ at line \d+ column \d+ of the JSON data$/, '');
  let line: number;
  let column: number;
  const offset =
    position !== undefined ? Number(position) : !lineColumn && /end of (?:JSON )?input/i.test(message) ? text.trimEnd().length : undefined;
  if (offset !== undefined) {
    const at = Math.min(offset, text.length);
    const before = text.slice(0, at);
    line = before.split('\n').length;
    column = at - before.lastIndexOf('\n');
  } else if (lineColumn) {
    line = Number(lineColumn[1]);
    column = Number(lineColumn[2]);
  } else {
    return `: ${words}`;
  }
  return ` at line ${line}, column ${column}${near(text, line, column)}: ${words}`;
}

/** Up to 40 characters of the line from the column, quoted so that control characters show. */
function near(text: string, line: number, column: number): string {
  const rest = (text.split('\n')[line - 1] ?? '').replace(/\r$/, '').slice(column - 1);
  if (rest.trim() === '') return '';
  // Not cut inside a surrogate pair, which would show as an escape.
  const cut = rest.length > 40 ? (/[\uD800-\uDBFF]/.test(rest[39]!) ? 41 : 40) : rest.length;
  const shown = cut < rest.length ? `${rest.slice(0, cut)}…` : rest;
  return ` (near ${JSON.stringify(shown)})`;
}
