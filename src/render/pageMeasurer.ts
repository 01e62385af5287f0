import { createCanvasMeasurer, type TextMeasurer } from '../layout/measureText.js';

/**
 * The default measurer of a timeline drawn in the page (`renderSvg`, `createTimeline`): a
 * canvas of the page's own document, so labels are sized in the fonts this browser draws
 * them with, and a bundle that only draws in pages leaves the width table out. Throws
 * when the document has no 2D canvas (jsdom without the `canvas` package): without the
 * table there is no other way to size text, so the caller must pass `measureText`.
 *
 * @example
 * ```ts
 * const measure = pageMeasurer(svg.ownerDocument, 'createTimeline');
 * measure('Launch day', 13, 'bold');
 * ```
 */
export function pageMeasurer(doc: Document, what: string): TextMeasurer {
  // jsdom defines <canvas> but no 2D context; asking it for one logs "not implemented".
  const context = typeof doc.defaultView?.CanvasRenderingContext2D === 'function' ? doc.createElement('canvas').getContext('2d') : null;
  if (!context) {
    throw new Error(
      `${what}: this document has no canvas to measure text with; pass options.measureText (for example measureTextWidth from 'eventline')`,
    );
  }
  return createCanvasMeasurer(context);
}
