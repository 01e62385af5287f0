import { describe, expect, it } from 'vitest';
import { keyAction } from '../../src/interact/keyAction.js';

describe('keyAction', () => {
  it('moves later with the arrow that points along time', () => {
    expect(keyAction('ArrowRight', 'horizontal', 'ltr')).toBe('next');
    expect(keyAction('ArrowLeft', 'horizontal', 'ltr')).toBe('previous');
    expect(keyAction('ArrowLeft', 'horizontal', 'rtl')).toBe('next');
    expect(keyAction('ArrowRight', 'horizontal', 'rtl')).toBe('previous');
    expect(keyAction('ArrowDown', 'vertical', 'rtl')).toBe('next');
    expect(keyAction('ArrowUp', 'vertical', 'ltr')).toBe('previous');
    expect(keyAction('ArrowDown', 'horizontal', 'ltr')).toBeUndefined();
  });

  it('maps Home, End, Enter, Space, zoom keys and Escape', () => {
    expect(['Home', 'End', 'Enter', ' ', '+', '-', '0', 'Escape', 'x'].map((k) => keyAction(k, 'horizontal', 'ltr'))).toEqual([
      'first',
      'last',
      'select',
      'select',
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'close',
      undefined,
    ]);
  });
});
