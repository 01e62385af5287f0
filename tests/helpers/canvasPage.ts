import { JSDOM } from 'jsdom';

/**
 * A jsdom page; with `canvas`, a 2D context that answers 7 px a character and counts its
 * calls (jsdom alone has no 2D context, as in users' own tests).
 */
export function canvasPage(canvas: boolean) {
  const { window } = new JSDOM('<!doctype html><body><div id="host"></div></body>');
  const calls = { measured: 0 };
  if (canvas) {
    class Context {
      font = '';
      measureText(text: string) {
        calls.measured++;
        return { width: text.length * 7 };
      }
    }
    Object.assign(window, { CanvasRenderingContext2D: Context });
    window.HTMLCanvasElement.prototype.getContext = (() => new Context()) as never;
  }
  return { window, document: window.document, host: window.document.getElementById('host')!, calls };
}
