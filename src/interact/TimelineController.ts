import { withClockToday } from '../clockToday.js';
import { formatEventDates } from '../format/openEnds.js';
import { cleanText } from '../layout/cleanText.js';
import { layoutMeasured } from '../layout/layoutTimeline.js';
import type { TextMeasurer } from '../layout/measureText.js';
import { positionOf, sortedEvents, type SortedEvents } from '../layout/sortedEvents.js';
import type { TimelineGeometry } from '../layout/types.js';
import { parseTimeline } from '../model/parseTimeline.js';
import type { Timeline } from '../model/types.js';
import { renderTimeline } from '../render/renderTimeline.js';
import { Emitter } from './emitter.js';
import { flipMoves, playFlip, stemPositions } from './flip.js';
import { ensureFocusStyles } from './focusStyles.js';
import { collectItems, ITEM_SELECTOR, laneOf, setTabStop, type Item } from './focusItems.js';
import { eventKey, focusTarget, type FocusItem } from './focusTarget.js';
import { keyAction } from './keyAction.js';
import { keyCommand } from './keyCommand.js';
import { Tooltip } from './tooltip.js';
import type { InteractiveOptions, InteractiveTimeline, TimelineEventMap } from './types.js';
import { watchWidth } from './watchWidth.js';
import { reducedMotion } from './reducedMotion.js';
import { ZoomBinding } from './zoomBinding.js';
import { edgeTarget, panTarget, zoomAround, zoomFrame } from './zoomModel.js';

function toMs(v: Date | number, name: string): number {
  const ms = v instanceof Date ? v.getTime() : v;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) throw new RangeError(`${name}: not a valid date`);
  return ms;
}

/** How an entry point starts a controller. */
export interface ControllerSetup {
  /**
   * Take over an SVG the server drew, and leave it in place on destroy; else draw into an
   * empty one, which destroy removes.
   */
  readonly adopt: boolean;
  /** The element whose width the timeline follows, if any. */
  readonly container?: Element;
  /** Makes the measurer used while `measureText` is not given; called at most once. */
  readonly measurer: () => TextMeasurer;
}

/**
 * The one implementation behind `createTimeline` and `hydrate`: wiring only. It draws
 * with the shared renderer, runs the pure layout again for each visible range, and
 * connects the pure pieces to the DOM: the zoom model to d3-zoom ({@link ZoomBinding}),
 * keys to {@link keyCommand}, redraws to {@link focusTarget} and {@link flipMoves}.
 */
export class TimelineController implements InteractiveTimeline {
  readonly svg: SVGSVGElement;
  private readonly doc: Document;
  private readonly emitter = new Emitter<TimelineEventMap & Record<string, unknown>>();
  private readonly disposers: (() => void)[] = [];
  private options: InteractiveOptions;
  private timeline: Timeline;
  /** The timeline's index: sorted once per data set, asked by binary search on every step. */
  private sorted: SortedEvents;
  private geometry!: TimelineGeometry;
  private zoom!: ZoomBinding;
  /** Drawn items in time order, and the same by element for pointer events. */
  private items: Item[] = [];
  private byElement = new Map<Element, Item>();
  private byKey = new Map<string, Item>();
  /** What has (or last had) the tab stop; kept across redraws that remove its element. */
  private current?: FocusItem & { readonly firstId: string };
  private tooltip?: Tooltip;
  /** The item the tooltip describes now. */
  private described?: Element;
  private frame = 0;
  private destroyed = false;
  private minHeight = 0;
  private defaultMeasure?: TextMeasurer;

  constructor(
    svg: SVGSVGElement,
    options: InteractiveOptions,
    private readonly setup: ControllerSetup,
  ) {
    this.svg = svg;
    this.doc = svg.ownerDocument;
    // The clock is read here, once: every zoom step lays out the same today.
    this.options = withClockToday({ ...options });
    this.timeline = parseTimeline(options.data);
    this.sorted = sortedEvents(this.timeline.events);
    ensureFocusStyles(this.doc);
    const full = setup.adopt ? this.adopt() : this.layoutFor();
    this.zoom = new ZoomBinding(svg, zoomFrame(full), this.options.zoom !== false, (visible, k, now) => this.onZoom(visible, k, now));
    if (!setup.adopt) this.draw(full, false);
    this.attach();
  }

  get domain(): readonly [Date, Date] {
    const [a, b] = this.zoom.visible;
    return [new Date(a), new Date(b)];
  }

  get range(): readonly [number, number] {
    const [a, b] = this.zoom.visible;
    return [a, b];
  }

  // ---- drawing -------------------------------------------------------------------

  private width(): number | undefined {
    if (this.options.width !== undefined) return this.options.width;
    const w = this.setup.container?.clientWidth;
    return w && w >= 120 ? Math.floor(w) : undefined;
  }

  private layoutFor(domain?: readonly [number, number]): TimelineGeometry {
    const width = this.width();
    return layoutMeasured(
      this.timeline,
      {
        ...this.options,
        ...(width !== undefined ? { width } : {}),
        // Zooming in needs fewer rows; keeping the height stops the page from jumping. It is
        // at least the option's value, which the first layout of a view (0 here) checks as given.
        ...(this.minHeight > 0 && this.options.orientation !== 'vertical' ? { minHeight: this.minHeight } : {}),
        ...(domain ? { domain } : {}),
      },
      this.options.measureText ?? (this.defaultMeasure ??= this.setup.measurer()),
    );
  }

  /** Recomputes the full view (data, options or size changed) and resets the zoom. */
  private relayout(animate = true): void {
    // Its place is stale (a column turned narrow would leave it off-screen).
    if (this.tooltip?.visible) this.hideTooltip();
    this.minHeight = 0;
    const full = this.layoutFor();
    this.zoom.reframe(zoomFrame(full));
    this.draw(full, animate);
  }

  /**
   * Lays out again at `width`, keeping every other option, without animation: a column
   * that changed width is not a change of the data to follow with the eye.
   */
  fitWidth(width: number): void {
    if (this.options.width === width) return;
    this.options = { ...this.options, width };
    this.relayout(false);
  }

  private draw(geometry: TimelineGeometry, animate: boolean): void {
    const before = animate && this.geometry ? stemPositions(this.geometry) : undefined;
    // Read before the join: removing the focused node sends focus to <body>.
    const hadFocus = this.svg.contains(this.doc.activeElement);
    this.geometry = geometry;
    this.minHeight = Math.max(this.minHeight, geometry.height);
    renderTimeline(geometry, this.svg, this.options);
    this.refreshItems(hadFocus);
    if (before && this.options.animate !== false && !reducedMotion(this.doc)) {
      playFlip(flipMoves(before, geometry), (id) => this.byKey.get(eventKey(id))?.element);
    }
  }

  /** Checks that an SVG rendered on the server shows this data, and takes its layout as drawn. */
  private adopt(): TimelineGeometry {
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
    this.refreshItems(false);
    return geometry;
  }

  /** Pairs the new drawing with its items and moves the tab stop (and focus, when the drawing had it). */
  private refreshItems(hadFocus: boolean): void {
    this.items = collectItems(this.svg, this.geometry, this.sorted);
    this.byElement = new Map(this.items.map((i) => [i.element, i]));
    this.byKey = new Map(this.items.map((i) => [i.key, i]));
    const [d0, d1] = this.geometry.axis.domain;
    const shown = (p: number) => this.sorted.ends[p]! > d0 && this.sorted.starts[p]! < d1;
    const key = focusTarget(this.items, this.current, shown);
    this.roveTo(key === undefined ? undefined : this.byKey.get(key), hadFocus);
  }

  // ---- behaviour -----------------------------------------------------------------

  private listen(target: EventTarget, type: string, fn: (e: Event) => void): void {
    target.addEventListener(type, fn);
    this.disposers.push(() => target.removeEventListener(type, fn));
  }

  private attach(): void {
    const svg = this.svg;
    if (this.options.tooltip !== false) {
      this.tooltip = new Tooltip(
        this.doc,
        `${svg.id}-tooltip`,
        () => this.geometry.locale,
        () => this.geometry.direction,
      );
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
    this.disposers.push(() => this.zoom.destroy());
    // Watched even with a width given: `update` may take the width away again.
    if (this.setup.container) {
      this.disposers.push(
        watchWidth(this.setup.container, () => {
          const now = this.width();
          if (this.options.width === undefined && now !== undefined && now !== this.geometry.width) this.relayout(false);
        }),
      );
    }
  }

  /** Gestures come faster than frames: lay out at most once per frame. */
  private onZoom(visible: [number, number], k: number, now: boolean): void {
    const step = () => {
      // Hidden first: the tooltip's place is stale, and the redraw may focus (and so show) another item.
      if (this.tooltip?.visible) this.hideTooltip();
      // Back at the whole view, the drawing takes its own height again: a burst zoomed into
      // may have needed more rows, and its height would stay as empty space under the axis.
      if (k <= 1) this.minHeight = 0;
      this.draw(this.layoutFor(visible), false);
      this.emitter.emit('zoom', { type: 'zoom', domain: this.domain, range: this.range, k });
    };
    if (now) return step();
    if (this.frame) return;
    const win = this.doc.defaultView;
    const run = () => {
      this.frame = 0;
      if (this.destroyed) return;
      visible = this.zoom.visible;
      k = this.zoom.k;
      step();
    };
    this.frame = win?.requestAnimationFrame ? win.requestAnimationFrame(run) : (setTimeout(run, 16) as unknown as number);
  }

  private itemOf(target: EventTarget | null): Item | undefined {
    const el = (target as Element | null)?.closest?.(ITEM_SELECTOR);
    return el ? this.byElement.get(el) : undefined;
  }

  private roveTo(target: Item | undefined, focus: boolean): void {
    if (target) this.current = target;
    setTabStop(this.svg, this.items, target);
    if (!focus) return;
    const element: SVGElement = target?.element ?? this.svg;
    // Focus inside the item (its link) already is where it should be.
    if (!element.contains(this.doc.activeElement)) element.focus();
  }

  private onFocus(e: Event): void {
    const item = this.itemOf(e.target);
    if (!item) return;
    if (this.current?.key !== item.key) this.roveTo(item, false);
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
      dateText: cleanText(formatEventDates(event, this.geometry.locale)),
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
    const current = this.current;
    const focused = current && this.byKey.get(current.key);
    const index = focused ? this.items.indexOf(focused) : -1;
    const command = keyCommand(action, index, this.items.length);
    switch (command.kind) {
      case 'focus':
        // Home and End go to the timeline's first and last events, past a zoomed view's edge.
        if (
          (action === 'first' || action === 'last') &&
          this.panTo(edgeTarget(this.sorted, this.zoom.visible, action === 'first' ? -1 : 1))
        )
          break;
        this.focusIndex(command.index);
        break;
      case 'pan':
        if (!this.panPast(command.step)) this.focusIndex(command.otherwise);
        break;
      case 'activate': {
        const item = this.items[command.index];
        if (item) this.activate(item);
        break;
      }
      case 'zoom': {
        const visible = this.zoom.visible;
        const centre = focused ? (focused.start + focused.end) / 2 : (visible[0] + visible[1]) / 2;
        const [a, b] = zoomAround(visible, centre, command.factor);
        this.zoomTo(a, b);
        break;
      }
      case 'reset':
        this.resetZoom();
        break;
      case 'close':
        if (!this.tooltip?.visible) return;
        this.hideTooltip();
        break;
    }
    e.preventDefault();
  }

  private focusIndex(index: number): void {
    const item = this.items[index];
    if (item) this.roveTo(item, true);
  }

  /** At the edge of a zoomed view, arrows pan to the next event beyond it. */
  private panPast(step: 1 | -1): boolean {
    return this.panTo(panTarget(this.sorted, this.zoom.visible, step));
  }

  /** Pans to show the event at `target`, which then takes the tab stop and focus. */
  private panTo(target: { position: number; domain: [number, number] } | undefined): boolean {
    if (!target) return false;
    const event = this.sorted.events[target.position]!;
    // Not drawn yet: the redraw after the pan gives it the tab stop (and focus).
    const lane = laneOf(this.geometry, event);
    // Its own dates, not the index's: an open side has no instant to centre on.
    this.current = {
      key: eventKey(event.id),
      start: event.date.start,
      end: (event.end ?? event.date).end,
      first: target.position,
      firstId: event.id,
      ...(lane === undefined ? {} : { lane }),
    };
    this.zoomTo(target.domain[0], target.domain[1]);
    return true;
  }

  private showTooltip(item: Item): void {
    if (!this.tooltip || !item.event) return;
    const details = this.tooltip.show(item.event, item.element);
    this.described?.removeAttribute('aria-describedby');
    this.described = details ? item.element : undefined;
    if (details) item.element.setAttribute('aria-describedby', details);
  }

  private hideTooltip(): void {
    if (!this.tooltip) return;
    this.tooltip.hide();
    this.described?.removeAttribute('aria-describedby');
    this.described = undefined;
  }

  // ---- public API ----------------------------------------------------------------

  update(changes: Partial<InteractiveOptions>): this {
    if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
      throw new TypeError('update: expected an object of the options to change, such as { data: events } or { theme: "dark" }');
    }
    const options: InteractiveOptions = withClockToday({ ...this.options, ...changes });
    const timeline = 'data' in changes ? parseTimeline(options.data) : this.timeline;
    const previous = { options: this.options, timeline: this.timeline };
    this.setData(options, timeline);
    try {
      this.relayout();
    } catch (e) {
      // A bad option must not leave the timeline half-changed, nor stuck on that option.
      this.setData(previous.options, previous.timeline);
      this.relayout();
      throw e;
    }
    return this;
  }

  /** New data gets a new index; the item with the tab stop is found again in it by its first event's id. */
  private setData(options: InteractiveOptions, timeline: Timeline): void {
    this.options = options;
    if (timeline === this.timeline) return;
    this.timeline = timeline;
    this.sorted = sortedEvents(timeline.events);
    if (this.current) this.current = { ...this.current, first: positionOf(this.sorted, this.current.firstId) ?? -1 };
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
    this.zoom.zoomTo(toMs(start, 'zoomTo start'), toMs(end, 'zoomTo end'));
    return this;
  }

  resetZoom(): this {
    this.zoom.reset();
    return this;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    const win = this.doc.defaultView;
    if (this.frame) win?.cancelAnimationFrame?.(this.frame);
    for (const dispose of this.disposers.splice(0)) dispose();
    for (const a of this.svg.getAnimations?.({ subtree: true }) ?? []) a.cancel();
    this.emitter.clear();
    this.tooltip?.remove();
    if (!this.setup.adopt) this.svg.remove();
    else {
      for (const i of this.items) {
        i.element.removeAttribute('tabindex');
        i.element.removeAttribute('aria-describedby');
      }
      this.svg.removeAttribute('tabindex');
    }
  }
}
