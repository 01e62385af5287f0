import { parseTimelineText } from '../model/parseTimelineText.js';
import type { Timeline } from '../model/types.js';
import { renderTimelineToHtml } from '../server/renderToHtml.js';
import { renderTimelineToPng } from '../server/renderToPng.js';
import { renderTimelineToString } from '../server/renderToString.js';
import { CliError } from './CliError.js';
import type { InputFormat, RenderCommand } from './parseArgs.js';

/**
 * `--from` passes straight through: the model owns the formats and names an unknown one
 * in its own error. (The cast covers formats the model's signature may not list yet.)
 */
const parseText = parseTimelineText as (text: string, format?: InputFormat) => Timeline;

function draw(timeline: Timeline, command: RenderCommand): string | Uint8Array {
  switch (command.format) {
    case 'png':
      return renderTimelineToPng(timeline, { ...command.options, ...(command.scale !== undefined ? { scale: command.scale } : {}) });
    case 'html': {
      // A page is written whole; the XML declaration belongs to a standalone SVG only.
      const { xmlDeclaration: _, ...options } = command.options;
      return renderTimelineToHtml(timeline, options);
    }
    default:
      return renderTimelineToString(timeline, command.options);
  }
}

/**
 * Parses the input text and draws it as the command asks. This module holds everything
 * heavy the CLI uses (d3, date-fns, the renderer); `main` imports it only for a render,
 * so `--help` and command-line mistakes are answered without loading it.
 */
export function renderCommand(text: string, command: RenderCommand): { data: string | Uint8Array; eventCount: number } {
  const timeline = parseText(text, command.from);
  // A library call may draw an empty timeline (a dashboard before its data); a file with
  // no events is most likely the wrong file, and an empty axis would hide that.
  if (timeline.events.length === 0) throw new CliError('the input has no events: nothing to draw', 1);
  try {
    return { data: draw(timeline, command), eventCount: timeline.events.length };
  } catch (e) {
    if (e instanceof RangeError) throw new CliError(e.message, 2);
    throw e;
  }
}
