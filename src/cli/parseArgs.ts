import { extname } from 'node:path';
import { parseArgs as nodeParseArgs } from 'node:util';
import type { StringOptions } from '../server/renderToString.js';
import { TIMELINE_FORMATS, type TimelineFormat } from '../model/detectFormat.js';
import { CliError } from './CliError.js';
import { MAX_INPUT_SIZE_LIMIT, formatByteSize, parseByteSize } from './byteSize.js';
import { THEME_NAMES } from '../options.js';

/** Input formats `--from` accepts (the model's own list); without it the format is detected from the content. */
export const INPUT_FORMATS = TIMELINE_FORMATS;
export type InputFormat = TimelineFormat;

/** Output formats `--format` accepts. */
export const OUTPUT_FORMATS = ['svg', 'png', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The format each output extension names (lower case); one not listed is refused without `--format`. */
const EXTENSION_FORMATS: ReadonlyMap<string, OutputFormat> = new Map([
  ['.svg', 'svg'],
  ['.png', 'png'],
  ['.html', 'html'],
  ['.htm', 'html'],
]);

/**
 * The format to write: the extension of the output says it, `--format` may only agree,
 * and an extension we cannot write needs `--format` to say what goes in it, so that
 * `-o timeline.pdf` is an error instead of SVG text in a `.pdf`.
 */
function outputFormat(output: string | undefined, given: OutputFormat | undefined): OutputFormat {
  const extension = output === undefined ? '' : extname(output).toLowerCase();
  if (extension === '') return given ?? 'svg';
  const named = EXTENSION_FORMATS.get(extension);
  if (named === undefined) {
    if (given) return given;
    throw new CliError(
      `--output: cannot tell what to write to a "${extension}" file; name it .svg, .png or .html, or give --format svg|png|html`,
      2,
    );
  }
  if (given && given !== named)
    throw new CliError(
      `--format ${given}: the output "${output}" ends in ${extension}, which is ${named}; change the name or the format`,
      2,
    );
  return named;
}

/** The largest `--scale`: a bigger picture is better drawn wider with `--width`. */
export const MAX_SCALE = 10;

/** The most bytes of input read without `--max-input-size`: far more than any timeline a person reads. */
export const DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** What `eventline render …` asks for. */
export interface RenderCommand {
  kind: 'render';
  input: string;
  /** Input larger than this is refused, unread. */
  maxInputBytes: number;
  output?: string;
  from?: InputFormat;
  format: OutputFormat;
  /** Pixels per SVG px, for `png` only. */
  scale?: number;
  options: StringOptions;
}

/** What the command line asks for. */
export type Command = { kind: 'help' } | { kind: 'version' } | RenderCommand;

function number(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !Number.isFinite(n) || n <= 0)
    throw new CliError(`--${name}: expected a positive number, got "${value}"`, 2);
  return n;
}

function byteSize(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = parseByteSize(value);
  if (n === undefined || n === 0) throw new CliError(`--${name}: expected a size such as 64M, 512K or 1G, got "${value}"`, 2);
  if (n > MAX_INPUT_SIZE_LIMIT)
    throw new CliError(`--${name}: expected at most ${formatByteSize(MAX_INPUT_SIZE_LIMIT)}, got "${value}"`, 2);
  return n;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    const list = allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}` : allowed.join('');
    throw new CliError(`--${name}: expected ${list}, got "${value}"`, 2);
  }
  return value as T;
}

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  width: { type: 'string' },
  height: { type: 'string' },
  locale: { type: 'string' },
  dir: { type: 'string' },
  orientation: { type: 'string' },
  title: { type: 'string' },
  theme: { type: 'string' },
  from: { type: 'string' },
  format: { type: 'string', short: 'f' },
  scale: { type: 'string' },
  'max-input-size': { type: 'string' },
  today: { type: 'string' },
  'no-lanes': { type: 'boolean' },
  'no-legend': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/**
 * Node's words for a usage mistake, said as the CLI's other messages are
 * (`unknown option "--lcoale"; did you mean "--locale"?`). Node's own name the option with
 * a hint about positionals that only confuses here.
 */
function usageProblem(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  // Told apart by Node's error codes; the words give the option's name and which bad value it is.
  const code = (e as { code?: unknown } | null)?.code;
  const given = /'([^']*)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && given !== undefined) {
    const near = closestOption(given.replace(/^-+/, ''));
    return `unknown option "${given}"${near === undefined ? '' : `; did you mean "--${near}"?`}`;
  }
  const option = /--[\w-]+/.exec(given ?? '')?.[0];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    if (/argument missing/.test(message)) return `${option}: expected a value`;
    if (/does not take an argument/.test(message)) return `${option}: takes no value`;
  }
  return message;
}

/** The long option at most two edits from `name` (the nearest, the first of equals). */
function closestOption(name: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const option of Object.keys(OPTIONS)) {
    const d = editDistance(name, option);
    if (d < bestDistance) [best, bestDistance] = [option, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/**
 * Reads argv (without `node` and the script) into a command, or throws a CliError
 * with exit status 2 that says what is wrong.
 *
 * @example
 * ```ts
 * parseArgs(['render', 'events.json', '-o', 'out.svg', '--locale', 'ar'])
 * parseArgs(['render', 'events.csv', '-o', 'out.png', '--scale', '2']) // format: 'png'
 * ```
 */
export function parseArgs(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = nodeParseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (e) {
    throw new CliError(usageProblem(e), 2);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { kind: 'help' };
  if (v.version) return { kind: 'version' };
  const [command, input, ...rest] = positionals;
  if (command === undefined) throw new CliError('missing command: try "eventline render INPUT"', 2);
  if (command !== 'render') throw new CliError(`unknown command "${command}": the command is "render"`, 2);
  if (input === undefined) throw new CliError('render: missing INPUT (a JSON or CSV file, or - for standard input)', 2);
  if (rest.length) throw new CliError(`render: unexpected argument "${rest[0]}"`, 2);
  if (v.output !== undefined && v.output.trim() === '') throw new CliError('--output: expected a file name', 2);
  // As for INPUT, "-" is standard output; a file really named "-" is "./-".
  const output = v.output === '-' ? undefined : v.output;
  const options: StringOptions = { xmlDeclaration: true };
  const width = number('width', v.width);
  const height = number('height', v.height);
  const direction = oneOf('dir', v.dir, ['ltr', 'rtl'] as const);
  const orientation = oneOf('orientation', v.orientation, ['horizontal', 'vertical'] as const);
  const theme = oneOf('theme', v.theme, THEME_NAMES);
  if (width !== undefined) options.width = width;
  if (height !== undefined) options.height = height;
  if (v.locale !== undefined) options.locale = v.locale;
  if (direction) options.direction = direction;
  if (orientation) options.orientation = orientation;
  if (theme) options.theme = theme;
  if (v.title !== undefined) options.title = v.title;
  // "now" is the one way to make the output depend on the day: only when asked.
  if (v.today !== undefined) options.today = v.today.trim() === 'now' ? true : v.today;
  if (v['no-lanes']) options.lanes = false;
  if (v['no-legend']) options.legend = false;
  const from = oneOf('from', v.from, INPUT_FORMATS);
  const format = outputFormat(output, oneOf('format', v.format, OUTPUT_FORMATS));
  const scale = number('scale', v.scale);
  if (scale !== undefined && format !== 'png') throw new CliError('--scale: only a PNG has a scale; add --format png', 2);
  if (scale !== undefined && scale > MAX_SCALE) throw new CliError(`--scale: expected at most ${MAX_SCALE}, got "${v.scale}"`, 2);
  const maxInputBytes = byteSize('max-input-size', v['max-input-size']) ?? DEFAULT_MAX_INPUT_BYTES;
  return {
    kind: 'render',
    input,
    maxInputBytes,
    ...(output !== undefined ? { output } : {}),
    ...(from ? { from } : {}),
    format,
    ...(scale !== undefined ? { scale } : {}),
    options,
  };
}
