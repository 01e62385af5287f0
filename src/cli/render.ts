import { parseTimelineText } from '../model/parseTimelineText.js';
import type { Timeline } from '../model/types.js';
import { renderTimelineToPng } from '../server/renderToPng.js';
import { renderTimelineToString } from '../server/renderToString.js';
import { CliError } from './CliError.js';
import type { InputFormat, RenderCommand } from './parseArgs.js';

/**
 * `--from` passes straight through: the model owns the formats and names an unknown one
 * in its own error. (The cast covers formats the model's signature may not list yet.)
 */
const parseText = parseTimelineText as (text: string, format?: InputFormat) => Timeline;

/**
 * Parses the input text and draws it as the command asks. This module holds everything
 * heavy the CLI uses (d3, date-fns, the renderer); `main` imports it only for a render,
 * so `--help` and command-line mistakes are answered without loading it.
 */
export function renderCommand(text: string, command: RenderCommand): { data: string | Uint8Array; eventCount: number } {
  const timeline = parseText(text, command.from);
  try {
    const data =
      command.format === 'png'
        ? renderTimelineToPng(timeline, { ...command.options, ...(command.scale !== undefined ? { scale: command.scale } : {}) })
        : renderTimelineToString(timeline, command.options);
    return { data, eventCount: timeline.events.length };
  } catch (e) {
    if (e instanceof RangeError) throw new CliError(e.message, 2);
    throw e;
  }
}
