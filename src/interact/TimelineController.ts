import { select, zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import { timeScale, type TimeScale } from '../layout/timeScale.js';
import { formatEventSpan } from '../format/formatEventDate.js';
import { cleanText } from '../layout/cleanText.js';
import { layoutTimeline } from '../layout/layoutTimeline.js';
import type { TimelineGeometry } from '../layout/types.js';
import { parseTimeline } from '../model/parseTimeline.js';
import type { Timeline, TimelineEvent } from '../model/types.js';
import { renderTimeline } from '../render/renderTimeline.js';
import { Emitter } from './emitter.js';
import { ensureFocusStyles } from './focusStyles.js';
import { clusterKey, eventKey, focusTarget, type FocusItem } from './focusTarget.js';
import { keyAction } from './keyAction.js';
import { Tooltip } from './tooltip.js';
import type { InteractiveOptions, InteractiveTimeline, TimelineEventMap } from './types.js';

const DAY = 86_400_000;
const ITEM = '[data-event-id],[data-cluster-id]';

/** A focusable thing on the axis, as drawn: an event or a cluster of events. */
interface Item extends FocusItem {
  readonly element: SVGGElement;
  readonly event?: TimelineEvent;
  /** For a cluster: the range to zoom to so its members spread out. */
  readonly zoomDomain?: readonly [number, number];
}

function isEventsInput(v: unknown): boolean {
  return Array.isArray(v) || (typeof v === 'object' && v !== null && 'events' in v);
}

function toMs(v: Date | number, name: string): number {
  const ms = v instanceof Date ? v.getTime() : v;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) throw new RangeError(`${name}: not a valid date`);
  return ms;
}

function reducedMotion(doc: Document): boolean {
  return doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * The one implementation behind `createTimeline` and `hydrate`: it owns an `<svg>`
 * drawn by the shared renderer and adds zoom, keyboard, tooltips and events on top.
 * Every zoom step runs the pure layout again for the visible range and re-joins by id.
 */
export class TimelineController implements InteractiveTimeline {
  readonly svg: SVGSVGElement;
  private readonly doc: Document;
  private readonly emitter = new Emitter<TimelineEventMap & Record<string, unknown>>();
  private readonly disposers: (() => void)[] = [];
  private options: InteractiveOptions;
  private timeline: Timeline;
  private geometry!: TimelineGeometry;
  private fullDomain!: [number, number];
  private visible!: [number, number];
  private base!: TimeScale;
  private behavior?: ZoomBehavior<SVGSVGElement, unknown>;
  private transform: ZoomTransform = zoomIdentity;
  private items: Item[] = [];
  /** The same items by key and by element: pointer events and updates look them up per event. */
  private byKey = new Map<string, Item>();
  private byElement = new Map<Element, Item>();
  /** What has (or last had) the tab stop; kept across redraws that remove its element. */
  private current?: FocusItem;
  private tooltip?: Tooltip;
  private frame = 0;
  private destroyed = false;
  private minHeight = 0;

  constructor(
    svg: SVGSVGElement,
    options: InteractiveOptions,
    private readonly owns: boolean,
    private readonly container?: Element,
    hydrating = false,
  ) {
    this.svg = svg;
    this.doc = svg.ownerDocument;
    this.options = { ...options };
    this.timeline = parseTimeline(options.data);
    ensureFocusStyles(this.doc);
    if (hydrating) this.adopt();
    else this.relayout(true);
    this.attach();
  }

  get domain(): readonly [Date, Date] {
    return [new Date(this.visible[0]), new Date(this.visible[1])];
  }

  // ---- drawing -------------------------------------------------------------------

  private width(): number | undefined {
    if (this.options.width !== undefined) return this.options.width;
    const w = this.container?.clientWidth;
    return w && w >= 120 ? Math.floor(w) : undefined;
  }

  private layoutFor(domain?: readonly [number, number]): TimelineGeometry {
    const vertical = this.options.orientation === 'vertical';
    const width = this.width();
    return layoutTimeline(this.timeline, {
      ...this.options,
      ...(width !== undefined ? { width } : {}),
      // Zooming in needs fewer rows; keeping the height stops the page from jumping.
      ...(vertical ? {} : { height: Math.max(this.options.height ?? 0, this.minHeight) }),
      ...(domain ? { domain } : {}),
    });
  }

  /** Recomputes the full view (data, options or size changed) and resets the zoom. */
  private relayout(first = false): void {
    this.minHeight = 0;
    const full = this.layoutFor();
    this.resetTo(full);
    this.draw(full, !first);
    if (this.behavior) {
      this.configureZoom();
      select(this.svg).property('__zoom', zoomIdentity);
    }
  }

  /**
   * Takes the unzoomed layout as the frame of every zoom: its axis domain is the full
   * range (the `domain` option when given, else the data's), whoever drew it.
   */
  private resetTo(full: TimelineGeometry): void {
    this.fullDomain = [full.axis.domain[0], full.axis.domain[1]];
    this.base = this.baseScale(full);
    this.visible = [...this.fullDomain];
    this.transform = zoomIdentity;
  }

  private baseScale(g: TimelineGeometry): TimeScale {
    const a = g.axis;
    const range: [number, number] =
      g.orientation === 'vertical' ? [a.y1, a.y2] : g.direction === 'ltr' ? [a.x1, a.x2] : [a.x2, a.x1];
    return timeScale(g.axis.domain, range);
  }

  private draw(geometry: TimelineGeometry, animate: boolean): void {
    const before = animate ? this.positions() : undefined;
    // Read before the join: removing the focused node sends focus to <body>.
    const hadFocus = this.svg.contains(this.doc.activeElement);
    this.geometry = geometry;
    this.minHeight = Math.max(this.minHeight, geometry.height);
    renderTimeline(geometry, this.svg, this.options);
    this.collectItems(hadFocus);
    if (before) this.animateFrom(before);
  }

  /** Reads the ids and elements of an SVG that was rendered on the server. */
  private adopt(): void {
    const geometry = this.layoutFor();
    const drawn = Array.from(this.svg.querySelectorAll('[data-event-id]'), (g) => g.getAttribute('data-event-id'));
    const laid = geometry.events.map((e) => e.id);
    if (drawn.length !== laid.length || drawn.some((id, i) => id !== laid[i])) {
      throw new Error(
        `hydrate: the SVG does not match the data and options given (it shows ${drawn.length} events, the data lays out ${laid.length}); ` +
          'pass the same data and options that rendered it',
      );
    }
    this.geometry = geometry;
    this.minHeight = geometry.height;
    this.resetTo(geometry);
    this.collectItems(false);
  }

  /**
   * Pairs what was laid out with the elements drawn for it, and moves the tab stop (and
   * focus, when the drawing had it) to where {@link focusTarget} says.
   */
  private collectItems(hadFocus: boolean): void {
    const drawn = new Map<string, SVGGElement>();
    for (const el of Array.from(this.svg.querySelectorAll<SVGGElement>(ITEM))) {
      const cluster = el.getAttribute('data-cluster-id');
      drawn.set(cluster !== null ? clusterKey(cluster) : eventKey(el.getAttribute('data-event-id') ?? ''), el);
    }
    const items: Item[] = [];
    for (const e of this.geometry.events) {
      const key = eventKey(e.id);
      const element = drawn.get(key);
      if (element) items.push({ key, start: e.event.date.start, end: (e.event.end ?? e.event.date).end, members: [e.id], element, event: e.event });
    }
    for (const c of this.geometry.clusters) {
      const key = clusterKey(c.id);
      const element = drawn.get(key);
      if (element) items.push({ key, start: c.start, end: c.end, members: c.memberIds, element, zoomDomain: c.zoomDomain });
    }
    items.sort((a, b) => a.start - b.start || a.end - b.end);
    this.items = items;
    this.byKey = new Map(items.map((i) => [i.key, i]));
    this.byElement = new Map(items.map((i) => [i.element, i]));
    this.roveTo(focusTarget(items, this.current), hadFocus);
  }

  private positions(): Map<string, [number, number]> {
    const out = new Map<string, [number, number]>();
    for (const e of this.geometry.events) out.set(e.id, [e.stem.x1, e.stem.y1]);
    return out;
  }

  /** Moves kept events from where they were (FLIP) and fades new ones in. */
  private animateFrom(before: Map<string, [number, number]>): void {
    if (this.options.animate === false || reducedMotion(this.doc)) return;
    for (const e of this.geometry.events) {
      const element = this.byKey.get(eventKey(e.id))?.element;
      if (!element) continue;
      const old = before.get(e.id);
      const sel = select(element);
      if (old) {
        const dx = old[0] - e.stem.x1;
        const dy = old[1] - e.stem.y1;
        if (Math.abs(dx) + Math.abs(dy) < 0.5) continue;
        sel.attr('transform', `translate(${dx},${dy})`).transition().duration(350).attr('transform', null);
      } else {
        sel.style('opacity', '0').transition().duration(350).style('opacity', null);
      }
    }
  }

  // ---- behaviour -----------------------------------------------------------------

  private listen(target: EventTarget, type: string, fn: (e: Event) => void): void {
    target.addEventListener(type, fn);
    this.disposers.push(() => target.removeEventListener(type, fn));
  }

  private attach(): void {
    const svg = this.svg;
    if (this.options.tooltip !== false) {
      this.tooltip = new Tooltip(this.doc, `${svg.id}-tooltip`, () => this.geometry.locale, () => this.geometry.direction);
    }
    this.listen(svg, 'keydown', (e) => this.onKey(e as KeyboardEvent));
    this.listen(svg, 'focusin', (e) => this.onFocus(e));
    this.listen(svg, 'focusout', () => this.hideTooltip());
    this.listen(svg, 'click', (e) => {
      const item = this.itemOf(e.target);
      if (item) this.activate(item);
    });
    this.listen(svg, 'mouseover', (e) => {
      const item = this.itemOf(e.target);
      if (item?.event) this.showTooltip(item);
    });
    this.listen(svg, 'mouseleave', () => {
      if (!svg.contains(this.doc.activeElement)) this.hideTooltip();
    });
    if (this.options.zoom !== false) this.attachZoom();
    // Observed even with a width given: `update` may take the width away again.
    if (this.container && typeof ResizeObserver !== 'undefined') {
      const observer = new ResizeObserver(() => {
        const now = this.width();
        if (this.options.width === undefined && now !== undefined && now !== this.geometry.width) this.relayout();
      });
      observer.observe(this.container);
      this.disposers.push(() => observer.disconnect());
    }
  }

  private attachZoom(): void {
    const behavior = d3zoom<SVGSVGElement, unknown>();
    this.behavior = behavior;
    this.configureZoom();
    behavior.on('zoom', (e: { transform: ZoomTransform }) => {
      this.transform = e.transform;
      const vertical = this.geometry.orientation === 'vertical';
      const scale = vertical ? e.transform.rescaleY(this.base) : e.transform.rescaleX(this.base);
      const [a, b] = scale.domain().map((d) => d.getTime()) as [number, number];
      this.visible = [Math.min(a, b), Math.max(a, b)];
      this.schedule();
    });
    select(this.svg).call(behavior);
    this.disposers.push(() => {
      behavior.on('zoom', null);
      select(this.svg).on('.zoom', null);
    });
  }

  /** Zoom limits: not past the data, not closer than about a day; pans only along time. */
  private configureZoom(): void {
    const behavior = this.behavior;
    if (!behavior) return;
    const span = this.fullDomain[1] - this.fullDomain[0];
    const vertical = this.geometry.orientation === 'vertical';
    const [r0, r1] = this.base.range() as [number, number];
    const lo = Math.min(r0, r1);
    const hi = Math.max(r0, r1);
    behavior
      .scaleExtent([1, Math.max(1, span / DAY)])
      .constrain((t) => {
        const p = vertical ? t.y : t.x;
        const clamped = Math.min(lo * (1 - t.k), Math.max(hi * (1 - t.k), p));
        return vertical ? zoomIdentity.translate(0, clamped).scale(t.k) : zoomIdentity.translate(clamped, 0).scale(t.k);
      })
      // Keep d3's default gestures (wheel, drag, pinch, dblclick) but never steal keys or right clicks.
      .filter((e: Event) => (!(e as MouseEvent).ctrlKey || e.type === 'wheel') && !(e as MouseEvent).button);
  }

  /** Zoom steps come faster than frames: lay out at most once per frame. */
  private schedule(): void {
    if (this.frame) return;
    const win = this.doc.defaultView;
    const run = () => {
      this.frame = 0;
      if (this.destroyed) return;
      // Hidden first: the tooltip's place is stale, and the redraw may focus (and so show) another item.
      if (this.tooltip?.visible) this.hideTooltip();
      this.draw(this.layoutFor(this.visible), false);
      this.emitter.emit('zoom', { type: 'zoom', domain: this.domain, k: this.transform.k });
    };
    this.frame = win?.requestAnimationFrame ? win.requestAnimationFrame(run) : (setTimeout(run, 16) as unknown as number);
  }

  private itemOf(target: EventTarget | null): Item | undefined {
    const el = (target as Element | null)?.closest?.(ITEM);
    return el ? this.byElement.get(el) : undefined;
  }

  private roveTo(key: string | undefined, focus: boolean): void {
    const target = key === undefined ? undefined : this.byKey.get(key);
    if (target) this.current = target;
    for (const item of this.items) {
      const want = item === target ? '0' : '-1';
      if (item.element.getAttribute('tabindex') !== want) item.element.setAttribute('tabindex', want);
    }
    // With nothing to focus the drawing itself stays reachable for the zoom keys;
    // otherwise it must not be a tab stop of its own (Chromium makes an <svg> one).
    this.svg.setAttribute('tabindex', this.items.length === 0 ? '0' : '-1');
    if (!focus) return;
    const element: SVGElement = target?.element ?? this.svg;
    // Focus inside the item (its link) already is where it should be.
    if (!element.contains(this.doc.activeElement)) element.focus();
  }

  private onFocus(e: Event): void {
    const item = this.itemOf(e.target);
    if (!item) return;
    if (this.current?.key !== item.key) this.roveTo(item.key, false);
    if (item.event) {
      this.showTooltip(item);
      this.emitItem('focus', item);
    }
  }

  private emitItem(type: 'select' | 'focus', item: Item): void {
    const event = item.event!;
    this.emitter.emit(type, {
      type,
      event,
      date: event.date,
      // As the label and the tooltip show it.
      dateText: cleanText(formatEventSpan(event.date, event.end, this.geometry.locale)),
      element: item.element,
    });
  }

  private activate(item: Item): void {
    if (item.event) this.emitItem('select', item);
    // A cluster opens by zooming to where its members are (not its full extent: one long
    // member would make that a zoom out).
    else if (item.zoomDomain) this.zoomTo(item.zoomDomain[0], item.zoomDomain[1]);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const action = keyAction(e.key, this.geometry.orientation, this.geometry.direction);
    if (!action) return;
    const index = this.current ? this.items.findIndex((i) => i.key === this.current!.key) : -1;
    const move = (to: number) => {
      const item = this.items[Math.max(0, Math.min(this.items.length - 1, to))];
      if (item) this.roveTo(item.key, true);
    };
    switch (action) {
      case 'next':
        if (index === this.items.length - 1 && this.panPast(1)) break;
        move(index + 1);
        break;
      case 'previous':
        if (index === 0 && this.panPast(-1)) break;
        move(index - 1);
        break;
      case 'first':
        move(0);
        break;
      case 'last':
        move(this.items.length - 1);
        break;
      case 'select': {
        const item = this.items[index];
        if (item) this.activate(item);
        break;
      }
      case 'zoomIn':
      case 'zoomOut': {
        const item = this.items[index];
        const [a, b] = this.visible;
        const centre = item ? (item.start + item.end) / 2 : (a + b) / 2;
        const half = ((b - a) / 2) * (action === 'zoomIn' ? 0.5 : 2);
        this.zoomTo(centre - half, centre + half);
        break;
      }
      case 'resetZoom':
        this.resetZoom();
        break;
      case 'close':
        if (!this.tooltip?.visible) return;
        this.hideTooltip();
        break;
    }
    e.preventDefault();
  }

  /** At the edge of a zoomed view, arrows pan to the next event beyond it. */
  private panPast(step: 1 | -1): boolean {
    const [a, b] = this.visible;
    const beyond = this.timeline.events
      .filter((e) => (step > 0 ? e.date.start >= b : (e.end ?? e.date).end <= a))
      .sort((x, y) => step * (x.date.start - y.date.start))[0];
    if (!beyond) return false;
    const half = (b - a) / 2;
    // Not drawn yet: the redraw after the pan gives it the tab stop (and focus).
    this.current = { key: eventKey(beyond.id), start: beyond.date.start, end: (beyond.end ?? beyond.date).end, members: [beyond.id] };
    this.zoomTo(beyond.date.start - half, beyond.date.start + half);
    return true;
  }

  private showTooltip(item: Item): void {
    if (!this.tooltip || !item.event) return;
    this.tooltip.show(item.event, item.element);
    item.element.setAttribute('aria-describedby', this.tooltip.element.id);
  }

  private hideTooltip(): void {
    if (!this.tooltip) return;
    this.tooltip.hide();
    for (const i of this.items) i.element.removeAttribute('aria-describedby');
  }

  // ---- public API ----------------------------------------------------------------

  update(eventsOrOptions: unknown): this {
    let options: InteractiveOptions;
    let timeline = this.timeline;
    if (isEventsInput(eventsOrOptions)) {
      timeline = parseTimeline(eventsOrOptions);
      options = { ...this.options, data: eventsOrOptions };
    } else if (typeof eventsOrOptions === 'object' && eventsOrOptions !== null) {
      options = { ...this.options, ...(eventsOrOptions as Partial<InteractiveOptions>) };
      if ('data' in (eventsOrOptions as object)) timeline = parseTimeline(options.data);
    } else {
      throw new TypeError('update: expected events (an array or { events }) or an options object');
    }
    const previous = { options: this.options, timeline: this.timeline };
    this.options = options;
    this.timeline = timeline;
    try {
      this.relayout();
    } catch (e) {
      // A bad option must not leave the timeline half-changed, nor stuck on that option.
      this.options = previous.options;
      this.timeline = previous.timeline;
      this.relayout();
      throw e;
    }
    return this;
  }

  on<K extends keyof TimelineEventMap>(type: K, handler: (e: TimelineEventMap[K]) => void): this {
    this.emitter.on(type, handler);
    return this;
  }

  off<K extends keyof TimelineEventMap>(type: K, handler: (e: TimelineEventMap[K]) => void): this {
    this.emitter.off(type, handler);
    return this;
  }

  zoomTo(start: Date | number, end: Date | number): this {
    let a = toMs(start, 'zoomTo start');
    let b = toMs(end, 'zoomTo end');
    if (b < a) [a, b] = [b, a];
    const [f0, f1] = this.fullDomain;
    const span = Math.max(b - a, DAY);
    const k = (f1 - f0) / span;
    const [r0] = this.base.range() as [number, number];
    const p = r0 - k * this.base(a);
    const t = this.geometry.orientation === 'vertical' ? zoomIdentity.translate(0, p).scale(k) : zoomIdentity.translate(p, 0).scale(k);
    if (this.behavior) select(this.svg).call(this.behavior.transform, t);
    else {
      this.visible = [Math.max(f0, a), Math.min(f1, a + span)];
      this.draw(this.layoutFor(this.visible), false);
    }
    return this;
  }

  resetZoom(): this {
    if (this.behavior) select(this.svg).call(this.behavior.transform, zoomIdentity);
    else {
      this.visible = [...this.fullDomain];
      this.draw(this.layoutFor(), false);
    }
    return this;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    const win = this.doc.defaultView;
    if (this.frame) win?.cancelAnimationFrame?.(this.frame);
    for (const dispose of this.disposers.splice(0)) dispose();
    select(this.svg).selectAll('*').interrupt();
    this.emitter.clear();
    this.tooltip?.remove();
    if (this.owns) this.svg.remove();
    else {
      for (const i of this.items) {
        i.element.removeAttribute('tabindex');
        i.element.removeAttribute('aria-describedby');
      }
      this.svg.removeAttribute('tabindex');
    }
  }
}
