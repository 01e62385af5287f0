// What d3-zoom needs of d3-transition and d3-interpolate, without them. d3-zoom animates
// its double click and applies programmatic transforms through d3-transition, which
// brings d3-timer, d3-ease, all of d3-interpolate and with it d3-color (about 10 KB gzip)
// and patches every d3 selection as it loads; of d3-interpolate it uses interpolateZoom,
// but the module's top-level code keeps d3-color in any bundle that imports it. The builds
// (scripts/zoomWithoutTransition.mjs) bundle d3-zoom with both imports pointed here; the
// zoom math stays d3-zoom's: it schedules its tween on what `runZoom` hands it.
import { select, type Selection } from 'd3';

/** Cancels the tween running on each node, as d3-transition's `interrupt` would. */
const running = new WeakMap<Element, () => void>();

/**
 * Stops the tween running on `node`, its "interrupt" listeners told: d3-zoom calls this
 * when a wheel, drag or pinch starts, so a gesture takes over a double-click zoom.
 *
 * @example
 * ```ts
 * interrupt(svg); // the animation ends where it is; the gesture goes on from there
 * ```
 */
export function interrupt(node: Element): void {
  running.get(node)?.();
}

type Listener = (this: Element, ...args: unknown[]) => void;

const RHO = Math.SQRT2;

/**
 * d3-interpolate's `interpolateZoom` (van Wijk and Nuij's smooth zoom, ρ = √2), which
 * d3-zoom animates a double click along: from view `[x, y, width]` to another, zooming
 * out on the way when the centres are far apart.
 *
 * @example
 * ```ts
 * interpolateZoom([0, 0, 100], [0, 0, 50])(0.5) // [0, 0, 70.7…]: the width halves geometrically
 * ```
 */
export function interpolateZoom([ux0, uy0, w0]: number[], [ux1, uy1, w1]: number[]): (t: number) => number[] {
  const dx = ux1! - ux0!;
  const dy = uy1! - uy0!;
  const d2 = dx * dx + dy * dy;
  if (d2 < 1e-12) {
    const S = Math.log(w1! / w0!) / RHO;
    return (t) => [ux0! + t * dx, uy0! + t * dy, w0! * Math.exp(RHO * t * S)];
  }
  const d1 = Math.sqrt(d2);
  const r = (b: number) => Math.log(Math.sqrt(b * b + 1) - b);
  const r0 = r((w1! * w1! - w0! * w0! + 4 * d2) / (2 * w0! * 2 * d1));
  const r1 = r((w1! * w1! - w0! * w0! - 4 * d2) / (2 * w1! * 2 * d1));
  const S = (r1 - r0) / RHO;
  return (t) => {
    const u = (w0! / (2 * d1)) * (Math.cosh(r0) * Math.tanh(RHO * t * S + r0) - Math.sinh(r0));
    return [ux0! + u * dx, uy0! + u * dy, (w0! * Math.cosh(r0)) / Math.cosh(RHO * t * S + r0)];
  };
}

/** The part of a d3 transition that d3-zoom's `zoom.transform` uses. */
export interface ZoomTween {
  selection(): Selection<Element, unknown, null, undefined>;
  on(types: string, listener: Listener): ZoomTween;
  tween(name: string, factory: (this: Element, ...args: unknown[]) => (t: number) => void): ZoomTween;
}

/** d3-transition's default easing (easeCubicInOut). */
const cubicInOut = (t: number): number => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;

/**
 * Runs a zoom that d3-zoom schedules on a transition: `schedule` is handed a stand-in for
 * a d3 transition of `node` (as `behavior.transform(t, transform)` or `behavior.scaleBy(t,
 * k, p)` take one), then the zoom runs over `duration` ms, eased as d3-transition eases.
 * With `duration` 0, or where the window has no animation frames, it runs to its end at
 * once: start, zoom and end events before this returns, which is how programmatic zooms
 * apply. Starting one interrupts the zoom already running on the node.
 *
 * @example
 * ```ts
 * runZoom(svg, 250, (t) => behavior.scaleBy(t, 2, [x, y])); // a double click's animated zoom
 * runZoom(svg, 0, (t) => behavior.transform(t, zoomIdentity)); // reset, drawn on return
 * ```
 */
export function runZoom(node: Element, duration: number, schedule: (transition: ZoomTween) => void): void {
  const listeners = new Map<string, Listener[]>();
  const args = [select(node).datum(), 0, [node]];
  const emit = (type: string) => {
    for (const fn of listeners.get(type) ?? []) fn.apply(node, args);
  };
  let factory: ((this: Element, ...args: unknown[]) => (t: number) => void) | undefined;
  const transition: ZoomTween = {
    selection: () => select(node),
    on(types, listener) {
      for (const type of types.split(' ')) {
        const name = type.split('.')[0]!;
        listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      }
      return transition;
    },
    tween(_name, make) {
      factory = make;
      return transition;
    },
  };
  interrupt(node);
  schedule(transition);
  emit('start');
  const tick = factory?.apply(node, args);
  const view = node.ownerDocument.defaultView;
  if (duration <= 0 || !view?.requestAnimationFrame) {
    tick?.(1);
    emit('end');
    return;
  }
  let frame = 0;
  let t0: number | undefined;
  const step = (now: number) => {
    t0 ??= now;
    const t = Math.min(1, (now - t0) / duration);
    tick?.(t === 1 ? 1 : cubicInOut(t));
    if (t < 1) frame = view.requestAnimationFrame(step);
    else {
      running.delete(node);
      emit('end');
    }
  };
  running.set(node, () => {
    view.cancelAnimationFrame(frame);
    running.delete(node);
    emit('interrupt');
  });
  frame = view.requestAnimationFrame(step);
}
