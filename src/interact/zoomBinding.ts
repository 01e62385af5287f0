// d3-zoom wired to the pure zoom model: gestures (wheel, drag, pinch, double click) and
// programmatic zooms become a visible time range. Without d3-zoom (`zoom: false`) the same
// calls move the range directly, clamped the way d3-zoom would clamp it.
import { pointer, select } from 'd3';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { ZoomHint } from './zoomHint.js';
import { reducedMotion } from './reducedMotion.js';
import { interrupt, runZoom } from './zoomTween.js';
import { clampedDomain, clampOffset, scaleExtent, stateFor, visibleDomain, type ZoomFrame, type ZoomState } from './zoomModel.js';

/** Called with the new visible range and zoom factor; `now` when no gesture is in flight (draw at once). */
export type ZoomListener = (visible: [number, number], k: number, now: boolean) => void;

/** How d3-zoom's types name the transition it schedules on; runZoom hands it a ZoomTween. */
type SVGSVGTransition = Parameters<ZoomBehavior<SVGSVGElement, unknown>['transform']>[0];

const transformOf = (frame: ZoomFrame, s: ZoomState): ZoomTransform =>
  frame.axis === 'y' ? zoomIdentity.translate(0, s.offset).scale(s.k) : zoomIdentity.translate(s.offset, 0).scale(s.k);

const stateOf = (frame: ZoomFrame, t: ZoomTransform): ZoomState => ({ k: t.k, offset: frame.axis === 'y' ? t.y : t.x });

/**
 * Which input starts a zoom gesture. The page keeps scrolling: the wheel zooms only with
 * Ctrl or ⌘ held (a trackpad pinch arrives as a wheel with Ctrl), and one finger on a
 * touch screen scrolls the page (the SVG has `touch-action: pan-y`) while two pinch and
 * pan the time axis; d3-zoom would otherwise take the first finger's moves and cancel the
 * scroll. Keys, Ctrl-clicks and right clicks are never taken.
 *
 * @example
 * ```ts
 * startsZoom({ type: 'wheel', ctrlKey: false } as WheelEvent) // false: the page scrolls
 * ```
 */
export function startsZoom(e: Event): boolean {
  const m = e as MouseEvent & TouchEvent;
  if (e.type === 'wheel') return m.ctrlKey || m.metaKey;
  if (e.type === 'touchstart') return m.touches.length > 1;
  return !m.ctrlKey && !m.button;
}

/**
 * How far one wheel event zooms (log2 of the factor). As d3's default, except that only
 * a pinch (small pixel steps with Ctrl) is sped up tenfold: a mouse wheel held with Ctrl
 * sends whole notches of ~50–100 px, which that would turn into a 2–4× jump per notch.
 *
 * @example
 * ```ts
 * wheelZoom({ deltaY: -100, deltaMode: 0, ctrlKey: true } as WheelEvent) // 0.2: a notch zooms in 1.15×
 * ```
 */
export function wheelZoom(e: WheelEvent): number {
  const unit = e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002;
  const pinch = e.ctrlKey && e.deltaMode === 0 && Math.abs(e.deltaY) < 50;
  return -e.deltaY * unit * (pinch ? 10 : 1);
}

/** How long a double click (or double tap) takes to zoom, as d3-zoom's default. */
const DOUBLE_CLICK_MS = 250;

export class ZoomBinding {
  private behavior?: ZoomBehavior<SVGSVGElement, unknown>;
  private readonly disposers: (() => void)[] = [];
  private frame!: ZoomFrame;
  private state: ZoomState = { k: 1, offset: 0 };
  /** The visible time range (UTC ms). */
  visible!: [number, number];

  constructor(
    private readonly svg: SVGSVGElement,
    frame: ZoomFrame,
    gestures: boolean,
    private readonly onChange: ZoomListener,
  ) {
    this.reframe(frame);
    if (!gestures) return;
    const behavior = d3zoom<SVGSVGElement, unknown>()
      .filter(startsZoom)
      .wheelDelta(wheelZoom)
      .on('zoom', (e: { transform: ZoomTransform }) => {
        this.state = stateOf(this.frame, e.transform);
        this.visible = visibleDomain(this.frame, this.state);
        this.onChange(this.visible, this.state.k, false);
      });
    this.behavior = behavior;
    this.configure();
    // d3-zoom's own double click runs a d3 transition; this one is the same zoom (×2 at the
    // pointer, ½ with Shift) run by runZoom, which d3-zoom also calls on a double tap.
    select(svg)
      .call(behavior)
      .on('dblclick.zoom', (e: MouseEvent | TouchEvent) => {
        if (!startsZoom(e)) return;
        const p = pointer('changedTouches' in e ? e.changedTouches[0] : e, svg);
        e.preventDefault();
        e.stopImmediatePropagation();
        // Reduced motion: the zoom is drawn at its end at once, as the keys' zoom is.
        runZoom(svg, reducedMotion(svg.ownerDocument) ? 0 : DOUBLE_CLICK_MS, (t) =>
          behavior.scaleBy(t as unknown as SVGSVGTransition, e.shiftKey ? 0.5 : 2, p),
        );
      });
    const touchAction = svg.style.touchAction;
    svg.style.touchAction = 'pan-y';
    const hint = new ZoomHint(svg);
    const onWheel = (e: WheelEvent) => (e.ctrlKey || e.metaKey ? hint.hide() : hint.show());
    // Capturing: d3-zoom stops the propagation of the wheels it zooms with.
    svg.addEventListener('wheel', onWheel, { passive: true, capture: true });
    this.disposers.push(() => {
      svg.removeEventListener('wheel', onWheel, { capture: true });
      svg.style.touchAction = touchAction;
      hint.remove();
    });
  }

  get k(): number {
    return this.state.k;
  }

  /** A new unzoomed view (data, options or size changed): shows all of it, without a zoom event. */
  reframe(frame: ZoomFrame): void {
    this.frame = frame;
    this.state = { k: 1, offset: 0 };
    this.visible = [frame.domain[0], frame.domain[1]];
    if (this.behavior) {
      // A double click's animation must not go on zooming the new view.
      interrupt(this.svg);
      this.configure();
      select(this.svg).property('__zoom', zoomIdentity);
    }
  }

  zoomTo(start: number, end: number): void {
    const target = stateFor(this.frame, start, end);
    if (this.behavior) {
      this.apply(transformOf(this.frame, target));
      return;
    }
    this.visible = clampedDomain(this.frame, start, end);
    this.state = { k: target.k, offset: target.offset };
    this.onChange(this.visible, this.state.k, true);
  }

  reset(): void {
    if (this.behavior) this.apply(zoomIdentity);
    else {
      this.state = { k: 1, offset: 0 };
      this.visible = [this.frame.domain[0], this.frame.domain[1]];
      this.onChange(this.visible, 1, true);
    }
  }

  destroy(): void {
    for (const dispose of this.disposers.splice(0)) dispose();
    if (!this.behavior) return;
    this.behavior.on('zoom', null);
    select(this.svg).on('.zoom', null);
    // A double click's animation would otherwise run on for its last frames.
    interrupt(this.svg);
  }

  /** Moves to `transform` at once, through d3-zoom (constrained, with its zoom event). */
  private apply(transform: ZoomTransform): void {
    const behavior = this.behavior!;
    runZoom(this.svg, 0, (t) => behavior.transform(t as unknown as SVGSVGTransition, transform));
  }

  private configure(): void {
    const frame = this.frame;
    this.behavior!.scaleExtent(scaleExtent(frame)).constrain((t) => {
      const s = stateOf(frame, t);
      return transformOf(frame, { k: s.k, offset: clampOffset(frame, s.k, s.offset) });
    });
  }
}
