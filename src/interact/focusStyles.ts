const MARK = 'data-eventline-focus-styles';

/**
 * Focus ring and pointer styles, added once per document. They live outside the SVG
 * so that server-rendered SVGs (which have no focus) stay exactly as rendered.
 */
export function ensureFocusStyles(doc: Document): void {
  if (doc.head.querySelector(`style[${MARK}]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(MARK, '');
  // The ring goes round the label and round the mark, not round the whole group: a group's
  // box spans its stem and takes in its neighbours' labels.
  const each = (scope: string, suffix: string) => `${scope} [data-event-id]${suffix},${scope} [data-cluster-id]${suffix}`;
  // The SVG's own stylesheet paints marks from an id selector: the ring's stroke must be important to win.
  const ring = (scope: string, colour: string) =>
    `${each(scope, ':focus-visible .el-label')}{outline-color:${colour}}${each(scope, ':focus-visible .el-mark')}{stroke:${colour}!important}`;
  style.textContent = [
    `${each('.eventline', '')}{cursor:pointer}`,
    `${each('.eventline', ':focus')}{outline:none}`,
    `${each('.eventline', ':focus-visible .el-label')}{outline:3px solid;outline-offset:2px;border-radius:3px}`,
    `${each('.eventline', ':focus-visible .el-mark')}{stroke-width:3!important;stroke-dasharray:none!important}`,
    ring('.eventline', '#0969da'),
    `@media (prefers-color-scheme:dark){${ring('.eventline[data-theme=auto]', '#58a6ff')}}`,
    ring('.eventline[data-theme=dark]', '#58a6ff'),
    // Last, so that the system's highlight wins over every theme's ring.
    `@media (forced-colors:active){${ring('.eventline[data-theme]', 'Highlight')}}`,
  ].join('\n');
  doc.head.appendChild(style);
}
