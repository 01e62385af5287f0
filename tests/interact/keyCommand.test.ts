import { describe, expect, it } from 'vitest';
import { keyCommand } from '../../src/interact/keyCommand.js';

describe('keyCommand', () => {
  it('walks the items and stops at the ends', () => {
    expect(keyCommand('next', 0, 3)).toEqual({ kind: 'focus', index: 1 });
    expect(keyCommand('previous', 2, 3)).toEqual({ kind: 'focus', index: 1 });
    expect(keyCommand('first', 2, 3)).toEqual({ kind: 'focus', index: 0 });
    expect(keyCommand('last', 0, 3)).toEqual({ kind: 'focus', index: 2 });
  });

  it('pans on past the last and first items, staying put when nothing lies beyond', () => {
    expect(keyCommand('next', 2, 3)).toEqual({ kind: 'pan', step: 1, otherwise: 2 });
    expect(keyCommand('previous', 0, 3)).toEqual({ kind: 'pan', step: -1, otherwise: 0 });
    // Nothing drawn in this view: the arrows look for events beyond it.
    expect(keyCommand('next', -1, 0)).toMatchObject({ kind: 'pan', step: 1 });
  });

  it('starts at the first item when nothing has the tab stop', () => {
    expect(keyCommand('next', -1, 3)).toEqual({ kind: 'focus', index: 0 });
    expect(keyCommand('previous', -1, 3)).toEqual({ kind: 'focus', index: 0 });
  });

  it('selects, zooms by halves and doubles, resets and closes', () => {
    expect(keyCommand('select', 1, 3)).toEqual({ kind: 'activate', index: 1 });
    expect(keyCommand('zoomIn', 1, 3)).toEqual({ kind: 'zoom', factor: 0.5 });
    expect(keyCommand('zoomOut', 1, 3)).toEqual({ kind: 'zoom', factor: 2 });
    expect(keyCommand('resetZoom', 1, 3)).toEqual({ kind: 'reset' });
    expect(keyCommand('close', 1, 3)).toEqual({ kind: 'close' });
  });
});
