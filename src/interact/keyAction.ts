/**
 * What a key does in a timeline.
 *
 * @example
 * ```ts
 * const action: KeyAction | undefined = keyAction('End', 'horizontal', 'ltr'); // 'last'
 * ```
 */
export type KeyAction = 'next' | 'previous' | 'first' | 'last' | 'select' | 'zoomIn' | 'zoomOut' | 'resetZoom' | 'close';

/**
 * Maps a key to its action. Arrows follow the drawing, not the reading order of the
 * page: in a right-to-left timeline later events lie to the left, so ArrowLeft is
 * "next"; in a vertical one later events lie below.
 *
 * @example
 * ```ts
 * keyAction('ArrowLeft', 'horizontal', 'rtl') // 'next'
 * ```
 */
export function keyAction(key: string, orientation: 'horizontal' | 'vertical', direction: 'ltr' | 'rtl'): KeyAction | undefined {
  const later = direction === 'ltr' ? 'ArrowRight' : 'ArrowLeft';
  const earlier = direction === 'ltr' ? 'ArrowLeft' : 'ArrowRight';
  switch (key) {
    case later:
      return 'next';
    case earlier:
      return 'previous';
    case 'ArrowDown':
      return orientation === 'vertical' ? 'next' : undefined;
    case 'ArrowUp':
      return orientation === 'vertical' ? 'previous' : undefined;
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Enter':
    case ' ':
      return 'select';
    case '+':
    case '=':
      return 'zoomIn';
    case '-':
    case '_':
      return 'zoomOut';
    case '0':
      return 'resetZoom';
    case 'Escape':
      return 'close';
    default:
      return undefined;
  }
}
