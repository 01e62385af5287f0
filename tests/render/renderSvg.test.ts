import { describe, expect, it } from 'vitest';
import { measureTextWidth } from '../../src/layout/measureText.js';
import { ValidationError } from '../../src/model/ValidationError.js';
import { renderSvg } from '../../src/renderSvg.js';
import { canvasPage } from '../helpers/canvasPage.js';

const DATA = [
  { id: 'a', date: '2000', title: 'Alpha' },
  { id: 'b', date: '2010', title: 'Bravo' },
];

const ids = (root: Element) => Array.from(root.querySelectorAll('[data-event-id]'), (g) => g.getAttribute('data-event-id'));

describe('renderSvg', () => {
  it('measures labels with a canvas of the page it draws in', () => {
    const p = canvasPage(true);
    const svg = renderSvg(DATA, {}, p.document);
    expect(p.calls.measured).toBeGreaterThan(0);
    // Both layouts, the wide and the narrow one.
    expect(svg.querySelectorAll('svg')).toHaveLength(2);
    expect(ids(svg)).toEqual(['a', 'b', 'a', 'b']);
  });

  it('measures with options.measureText when given, and not with the canvas', () => {
    const p = canvasPage(true);
    let given = 0;
    renderSvg(DATA, { width: 600, measureText: (t, size, w) => (given++, measureTextWidth(t, size, w)) }, p.document);
    expect(given).toBeGreaterThan(0);
    expect(p.calls.measured).toBe(0);
  });

  it('in a document without a canvas (jsdom) asks for measureText in one line, and draws with it', () => {
    const p = canvasPage(false);
    let error: unknown;
    try {
      renderSvg(DATA, { width: 600 }, p.document);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /^renderSvg: this document has no canvas to measure text with; pass options\.measureText \(for example measureTextWidth from 'eventline'\)$/,
    );
    const svg = renderSvg(DATA, { width: 600, measureText: measureTextWidth }, p.document);
    expect(ids(svg)).toEqual(['a', 'b']);
  });

  it('reports bad data before a missing canvas', () => {
    const p = canvasPage(false);
    expect(() => renderSvg([{ id: 'x', date: 'soon', title: 'X' }], {}, p.document)).toThrow(ValidationError);
  });
});
