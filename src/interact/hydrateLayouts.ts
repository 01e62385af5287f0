import type { TimelineController } from './TimelineController.js';
import { watchWidth } from './watchWidth.js';
import type { InteractiveOptions, InteractiveTimeline, TimelineEventMap } from './types.js';

/** Narrower than this, a column gets the narrow layout as the server drew it, scaled down by the CSS. */
const MIN_WIDTH = 120;

/**
 * The timelines of a server SVG that holds a wide and a narrow layout, hydrated as one.
 * Without a script, CSS shows one layout at a time at the size the server drew it. Once
 * hydrated, the layout is chosen by the width of the column that holds the SVG (the wide
 * one from its own width up, as the CSS container query does) and laid out again at that
 * width, here and whenever the column changes width (see {@link watchWidth}: in the frame
 * that shows the new width, never a frame of the old layout blank or overflowing).
 * Both layouts stay live, so `on`, `zoomTo`, `update` and `destroy` reach both.
 */
export class HydratedLayouts implements InteractiveTimeline {
  /** Widths the server drew the layouts at, widest (the wide layout) first. */
  private readonly served: readonly number[];
  /** The outer `<svg>`'s attributes and the narrow layout's scale, as the server wrote them. */
  private readonly written: readonly (readonly [Element, string, string | null])[];
  /** The `<g>` that scales the narrow layout into the wide one's viewBox. */
  private readonly scales: readonly SVGGElement[];
  private readonly unwatch?: () => void;
  /** The layout this script shows, once it has fitted one. */
  private fitted?: TimelineController;

  constructor(
    readonly svg: SVGSVGElement,
    private readonly parts: readonly TimelineController[],
  ) {
    this.parts = [...parts].sort((a, b) => width(b.svg) - width(a.svg));
    this.served = this.parts.map((p) => width(p.svg));
    this.scales = this.parts.map((p) => p.svg.parentNode).filter((g): g is SVGGElement => g !== svg && g instanceof Element);
    this.written = [
      ...(['width', 'height', 'viewBox'] as const).map((a) => [svg, a] as const),
      ...this.scales.map((g) => [g, 'transform'] as const),
    ].map(([el, a]) => [el, a, el.getAttribute(a)] as const);
    const column = svg.parentElement;
    if (!column) return;
    // Now, not at the observer's first call: the next frame already shows the fitted layout.
    const style = svg.ownerDocument.defaultView?.getComputedStyle(column);
    if (style) this.fit(column.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
    this.unwatch = watchWidth(column, (width) => this.fit(width));
    // A zoom step of a vertical layout changes its height.
    for (const p of this.parts) p.on('zoom', () => p === this.fitted && this.size());
  }

  /** Shows the layout for a column `room` px wide, laid out at that width. */
  private fit(room: number): void {
    room = Math.floor(room);
    // Not laid out (display: none, inline), or too narrow to lay out: the CSS goes on choosing.
    if (!(room >= MIN_WIDTH)) return;
    const part = this.parts[this.served.findIndex((w) => room >= w)] ?? this.parts.at(-1)!;
    // Focus in the layout going out of sight goes to the same event in the one shown, or to
    // its tab stop (a turned phone must not leave a keyboard reader at the top of the page).
    const active = this.svg.ownerDocument.activeElement;
    const id = this.parts.some((p) => p !== part && p.svg.contains(active))
      ? (active!.closest('[data-event-id]')?.getAttribute('data-event-id') ?? '')
      : undefined;
    part.fitWidth(room);
    this.fitted = part;
    this.size();
    // An event drawn alone in one layout may stand in a cluster in the other: then its tab stop.
    if (id !== undefined)
      (
        (id && part.svg.querySelector<SVGElement>(`[data-event-id="${CSS.escape(id)}"]`)) ||
        part.svg.querySelector<SVGElement>('[tabindex="0"]')
      )?.focus();
  }

  /** The outer `<svg>` takes the fitted layout's size; inline styles outrank the server's CSS. */
  private size(): void {
    const part = this.fitted;
    if (!part) return;
    const [w, h] = [width(part.svg), Number(part.svg.getAttribute('height'))];
    this.svg.setAttribute('width', String(w));
    this.svg.setAttribute('height', String(h));
    this.svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    this.svg.style.width = `${w}px`;
    this.svg.style.aspectRatio = `${w} / ${h}`;
    for (const p of this.parts) p.svg.style.display = p === part ? 'inline' : 'none';
    // The outer viewBox is now the shown layout's own box: the narrow one is not scaled into the wide one's.
    for (const [el, a, v] of this.written) {
      if (el === this.svg) continue;
      if (el.contains(part.svg) || v === null) el.removeAttribute(a);
      else el.setAttribute(a, v);
    }
  }

  /** The layout the page shows now: the fitted one; before any fit, the one the CSS shows (the first, when none can be told apart). */
  private shown(): InteractiveTimeline {
    if (this.fitted) return this.fitted;
    const view = this.svg.ownerDocument.defaultView;
    return this.parts.find((p) => view?.getComputedStyle(p.svg).display !== 'none') ?? this.parts[0]!;
  }

  get domain(): readonly [Date, Date] {
    return this.shown().domain;
  }

  get range(): readonly [number, number] {
    return this.shown().range;
  }

  update(changes: Partial<InteractiveOptions>): this {
    const shared = withoutLayoutKeys(changes);
    for (const p of this.parts) p.update(shared);
    this.size();
    return this;
  }

  on<K extends keyof TimelineEventMap>(type: K, handler: (e: TimelineEventMap[K]) => void): this {
    for (const p of this.parts) p.on(type, handler);
    return this;
  }

  off<K extends keyof TimelineEventMap>(type: K, handler: (e: TimelineEventMap[K]) => void): this {
    for (const p of this.parts) p.off(type, handler);
    return this;
  }

  zoomTo(start: Date | number, end: Date | number): this {
    for (const p of this.parts) p.zoomTo(start, end);
    return this;
  }

  resetZoom(): this {
    for (const p of this.parts) p.resetZoom();
    return this;
  }

  /** Leaves the SVG as the server drew it: each layout at its width, sized and chosen by the CSS again. */
  destroy(): void {
    this.unwatch?.();
    this.parts.forEach((p, i) => {
      p.fitWidth(this.served[i]!);
      p.svg.style.removeProperty('display');
      p.destroy();
    });
    for (const [el, a, v] of this.written)
      if (v === null) el.removeAttribute(a);
      else el.setAttribute(a, v);
    this.svg.style.removeProperty('width');
    this.svg.style.removeProperty('aspect-ratio');
  }
}

const width = (svg: SVGSVGElement) => Number(svg.getAttribute('width'));

/**
 * The options without those each layout of a two-layout SVG takes from its own `<svg>`:
 * one width, orientation or id prefix for both would break one of them (the narrow one
 * drawn wide, or the two with the same ids). The column's width chooses and sizes the layout.
 */
export function withoutLayoutKeys<T extends Partial<InteractiveOptions>>(options: T): T {
  const { width: _w, orientation: _o, idPrefix: _i, ...shared } = options;
  return shared as T;
}
