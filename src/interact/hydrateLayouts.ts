import type { InteractiveOptions, InteractiveTimeline, TimelineEventMap } from './types.js';

/**
 * The timelines of a server SVG that holds a wide and a narrow layout, hydrated as one.
 * CSS shows one layout at a time; both are live, so when the page crosses the breakpoint
 * the other is already interactive, and no script has to watch the width.
 */
export class HydratedLayouts implements InteractiveTimeline {
  constructor(
    readonly svg: SVGSVGElement,
    private readonly parts: readonly InteractiveTimeline[],
  ) {}

  /** The layout the page shows now (the first, when none can be told apart). */
  private shown(): InteractiveTimeline {
    const view = this.svg.ownerDocument.defaultView;
    return this.parts.find((p) => view?.getComputedStyle(p.svg).display !== 'none') ?? this.parts[0]!;
  }

  get domain(): readonly [Date, Date] {
    return this.shown().domain;
  }

  update(changes: Partial<InteractiveOptions>): this {
    for (const p of this.parts) p.update(changes);
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

  destroy(): void {
    for (const p of this.parts) p.destroy();
  }
}
