import { describe, expect, it } from 'vitest';
import { startsZoom, wheelZoom } from '../../src/interact/zoomBinding.js';
import { zoomHintText, zoomKey } from '../../src/interact/zoomHint.js';

const wheel = (init: Partial<WheelEvent>) =>
  ({ type: 'wheel', deltaMode: 0, deltaY: 100, ctrlKey: false, metaKey: false, ...init }) as WheelEvent;
const touchstart = (fingers: number) => ({ type: 'touchstart', touches: { length: fingers } }) as unknown as TouchEvent;

describe('startsZoom', () => {
  it('leaves a plain wheel to the page and zooms with Ctrl, ⌘ or a pinch', () => {
    expect(startsZoom(wheel({}))).toBe(false);
    expect(startsZoom(wheel({ ctrlKey: true }))).toBe(true);
    expect(startsZoom(wheel({ metaKey: true }))).toBe(true);
  });

  it('leaves one finger to the page and pinches with two', () => {
    expect(startsZoom(touchstart(1))).toBe(false);
    expect(startsZoom(touchstart(2))).toBe(true);
  });

  it('drags with the main button, never with Ctrl or another button', () => {
    expect(startsZoom({ type: 'mousedown', button: 0, ctrlKey: false } as MouseEvent)).toBe(true);
    expect(startsZoom({ type: 'mousedown', button: 0, ctrlKey: true } as MouseEvent)).toBe(false);
    expect(startsZoom({ type: 'mousedown', button: 2, ctrlKey: false } as MouseEvent)).toBe(false);
  });
});

describe('wheelZoom', () => {
  it('zooms a mouse notch with Ctrl as d3 zooms a plain one (1.15×), not four times', () => {
    expect(2 ** wheelZoom(wheel({ deltaY: -100, ctrlKey: true }))).toBeCloseTo(2 ** 0.2);
    expect(2 ** wheelZoom(wheel({ deltaY: -100, metaKey: true }))).toBeCloseTo(2 ** 0.2);
  });

  it('speeds up a pinch (small pixel steps with Ctrl) tenfold, as d3 does', () => {
    expect(wheelZoom(wheel({ deltaY: -4, ctrlKey: true }))).toBeCloseTo(0.08);
    expect(wheelZoom(wheel({ deltaY: 3, deltaMode: 1, ctrlKey: true }))).toBeCloseTo(-0.15);
  });
});

describe('zoomHintText', () => {
  it('names the key of the reader’s system, in the timeline’s language, English for others', () => {
    expect(zoomKey('Win32')).toBe('Ctrl');
    expect(zoomKey('Linux x86_64')).toBe('Ctrl');
    expect(zoomKey('MacIntel')).toBe('⌘');
    expect(zoomKey('iPad')).toBe('⌘');
    expect(zoomHintText('en', 'Win32')).toBe('Ctrl + scroll to zoom');
    expect(zoomHintText('en-GB', 'MacIntel')).toBe('⌘ + scroll to zoom');
    expect(zoomHintText('ar-EG', 'Win32')).toBe('مرّر مع الضغط على Ctrl للتكبير');
    expect(zoomHintText('fr', 'Win32')).toBe('Ctrl + scroll to zoom');
    // A language tag from data never reaches a plain object's prototype.
    expect(zoomHintText('constructor', 'Win32')).toBe('Ctrl + scroll to zoom');
  });
});
