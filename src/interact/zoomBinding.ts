// d3-zoom wired to the pure zoom model: gestures (wheel, drag, pinch, double click) and
// programmatic zooms become a visible time range. Without d3-zoom (`zoom: false`) the same
// calls move the range directly, clamped the way d3-zoom would clamp it.
import { select, zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import { clampedDomain, clampOffset, scaleExtent, stateFor, visibleDomain, type ZoomFrame, type ZoomState } from './zoomModel.js';

/** Called with the new visible range and zoom factor; `now` when no gesture is in flight (draw at once). */
export type ZoomListener = (visible: [number, number], k: number, now: boolean) => void;

const transformOf = (frame: ZoomFrame, s: ZoomState): ZoomTransform =>
  frame.axis === 'y' ? zoomIdentity.translate(0, s.offset).scale(s.k) : zoomIdentity.translate(s.offset, 0).scale(s.k);

const stateOf = (frame: ZoomFrame, t: ZoomTransform): ZoomState => ({ k: t.k, offset: frame.axis === 'y' ? t.y : t.x });

export class ZoomBinding {
  private behavior?: ZoomBehavior<SVGSVGElement, unknown>;
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
      // Keep d3's default gestures but never steal keys, ctrl-clicks or right clicks.
      .filter((e: Event) => (!(e as MouseEvent).ctrlKey || e.type === 'wheel') && !(e as MouseEvent).button)
      .on('zoom', (e: { transform: ZoomTransform }) => {
        this.state = stateOf(this.frame, e.transform);
        this.visible = visibleDomain(this.frame, this.state);
        this.onChange(this.visible, this.state.k, false);
      });
    this.behavior = behavior;
    this.configure();
    select(svg).call(behavior);
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
      this.configure();
      select(this.svg).property('__zoom', zoomIdentity);
    }
  }

  zoomTo(start: number, end: number): void {
    const target = stateFor(this.frame, start, end);
    if (this.behavior) {
      select(this.svg).call(this.behavior.transform, transformOf(this.frame, target));
      return;
    }
    this.visible = clampedDomain(this.frame, start, end);
    this.state = { k: target.k, offset: target.offset };
    this.onChange(this.visible, this.state.k, true);
  }

  reset(): void {
    if (this.behavior) select(this.svg).call(this.behavior.transform, zoomIdentity);
    else {
      this.state = { k: 1, offset: 0 };
      this.visible = [this.frame.domain[0], this.frame.domain[1]];
      this.onChange(this.visible, 1, true);
    }
  }

  destroy(): void {
    if (!this.behavior) return;
    this.behavior.on('zoom', null);
    select(this.svg).on('.zoom', null);
  }

  private configure(): void {
    const frame = this.frame;
    this.behavior!.scaleExtent(scaleExtent(frame)).constrain((t) => {
      const s = stateOf(frame, t);
      return transformOf(frame, { k: s.k, offset: clampOffset(frame, s.k, s.offset) });
    });
  }
}
