/**
 * Calls `changed` with `element`'s content width whenever that width changes (its height
 * alone does not count), from a ResizeObserver: after layout and before paint, so what
 * `changed` draws is in the very frame that shows the new width. What it draws changes
 * the element's height, and an element still observed that changes size inside the
 * observer's callback goes unreported that frame, which the browser reports as an error
 * ("ResizeObserver loop completed with undelivered notifications"). So after each change
 * the element is observed again from the next frame on; a width that changes meanwhile
 * is reported then. Returns the function that stops watching.
 *
 * @example
 * ```ts
 * const stop = watchWidth(column, (width) => timeline.fitWidth(Math.floor(width)));
 * ```
 */
export function watchWidth(element: Element, changed: (width: number) => void): () => void {
  const win = element.ownerDocument.defaultView;
  if (!win || typeof win.ResizeObserver === 'undefined') return () => {};
  let last = -1;
  let frame = 0;
  const observer = new win.ResizeObserver((entries) => {
    const width = entries[entries.length - 1]!.contentRect.width;
    if (width === last) return;
    last = width;
    observer.unobserve(element);
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      observer.observe(element);
    });
    changed(width);
  });
  observer.observe(element);
  return () => {
    observer.disconnect();
    if (frame) win.cancelAnimationFrame(frame);
  };
}
