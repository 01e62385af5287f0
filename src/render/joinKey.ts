/** Never a key of a datum: every datum key is built from numbers or begins with a kind letter. */
const UNBOUND = '\u0000unbound';

/**
 * A D3 join key that also works on nodes carrying no datum. An SVG written by
 * `renderToString` and parsed by a browser (hydration) has the renderer's nodes but not
 * its data, and D3 asks the key of every existing node with that node's datum. Nodes
 * without one are keyed by what they show (`fromNode`), so the next render keeps them
 * (and the keyboard focus on them); where the markup does not say, they never match
 * and the join replaces them.
 *
 * @example
 * ```ts
 * selection.data(ticks, joinKey((t) => String(t.value)));
 * ```
 */
export function joinKey<D>(fromDatum: (d: D) => string, fromNode?: (node: Element) => string | undefined): (this: unknown, d: D) => string {
  // Typed as D for D3's sake; at run time a node's datum may be missing.
  return function (this: unknown, d: D | undefined): string {
    if (d !== undefined) return fromDatum(d);
    return (fromNode && typeof (this as Element)?.getAttribute === 'function' ? fromNode(this as Element) : undefined) ?? UNBOUND;
  };
}
