const MARK = 'data-eventline-focus-styles';

/**
 * Focus ring and pointer styles, added once per document. They live outside the SVG
 * so that server-rendered SVGs (which have no focus) stay exactly as rendered.
 */
export function ensureFocusStyles(doc: Document): void {
  if (doc.head.querySelector(`style[${MARK}]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(MARK, '');
  style.textContent = [
    '.eventline [data-event-id],.eventline [data-cluster-id]{cursor:pointer}',
    '.eventline [data-event-id]:focus,.eventline [data-cluster-id]:focus{outline:none}',
    '.eventline [data-event-id]:focus-visible,.eventline [data-cluster-id]:focus-visible{outline:3px solid #0969da;outline-offset:3px;border-radius:3px}',
    '.eventline [data-event-id]:focus-visible .el-mark,.eventline [data-cluster-id]:focus-visible .el-mark{stroke:#0969da;stroke-width:3}',
    '@media (prefers-color-scheme:dark){.eventline[data-theme=auto] [data-event-id]:focus-visible,.eventline[data-theme=auto] [data-cluster-id]:focus-visible{outline-color:#58a6ff}}',
    '.eventline[data-theme=dark] [data-event-id]:focus-visible,.eventline[data-theme=dark] [data-cluster-id]:focus-visible{outline-color:#58a6ff}',
  ].join('\n');
  doc.head.appendChild(style);
}
