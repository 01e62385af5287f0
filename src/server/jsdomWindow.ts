import type { JSDOM } from 'jsdom';
import { requirePackage } from './requirePackage.js';

let window: JSDOM['window'] | undefined;

/**
 * The one jsdom window every server render uses: making one costs more than a small
 * render. jsdom is loaded on the first call, not when the module is imported.
 */
export function jsdomWindow(purpose: string): JSDOM['window'] {
  if (!window) {
    const { JSDOM } = requirePackage<typeof import('jsdom')>('jsdom', purpose);
    window = new JSDOM('<!DOCTYPE html><html><body></body></html>').window;
  }
  return window;
}
