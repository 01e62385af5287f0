import { pageMeasurer } from '../render/pageMeasurer.js';
import { TimelineController } from './TimelineController.js';
import type { InteractiveOptions, InteractiveTimeline } from './types.js';

function resolveContainer(container: Element | string, what: string): Element {
  if (typeof container !== 'string') {
    if (!container || typeof (container as Element).appendChild !== 'function')
      throw new TypeError(`${what}: expected an element or a CSS selector`);
    return container;
  }
  const found = globalThis.document?.querySelector(container);
  if (!found) throw new Error(`${what}: no element matches "${container}"`);
  return found;
}

/**
 * Draws an interactive timeline into `container` (an element or a selector): zoom and
 * pan along time, tooltips, keyboard navigation in time order (one tab stop, arrow
 * keys, Home/End, Enter), and `select`/`focus`/`zoom` events. The width follows the
 * container unless `width` is given. Labels are measured with a canvas of the page (so in
 * the fonts this browser draws), unless `measureText` is given.
 *
 * @example
 * ```ts
 * import { createTimeline } from 'eventline';
 * const timeline = createTimeline('#timeline', { data: events, locale: 'ar' });
 * timeline.on('select', (e) => console.log(e.event.id, e.dateText));
 * timeline.zoomTo(new Date('2022-01-01'), new Date('2024-12-31'));
 * ```
 */
export function createTimeline(container: Element | string, options: InteractiveOptions): InteractiveTimeline {
  const host = resolveContainer(container, 'createTimeline');
  if (!options || typeof options !== 'object' || !('data' in options)) {
    throw new TypeError('createTimeline: options.data is required (an array of events or { events })');
  }
  const doc = host.ownerDocument;
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg') as SVGSVGElement;
  host.appendChild(svg);
  try {
    return new TimelineController(svg, options, { adopt: false, container: host, measurer: () => pageMeasurer(doc, 'createTimeline') });
  } catch (e) {
    svg.remove();
    throw e;
  }
}

export { resolveContainer };
