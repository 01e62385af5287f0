import { formatEventDates } from '../format/openEnds.js';
import { cleanText } from '../layout/cleanText.js';
import { pickText } from '../model/pickText.js';
import type { LocalizedText, TimelineEvent } from '../model/types.js';

const MARGIN = 8;

/**
 * The look of the small panels a timeline puts over the page (its tooltip and its zoom
 * hint). The border is transparent, so it shows only in forced colours (Windows high
 * contrast), which paint the background in the page's Canvas and drop the shadow: without
 * it the panel would have no edge there.
 */
export const PANEL_STYLE = {
  position: 'fixed',
  zIndex: '2147483000',
  maxWidth: 'min(22rem, calc(100vw - 16px))',
  padding: '0.5rem 0.75rem',
  border: '1px solid transparent',
  borderRadius: '6px',
  background: '#1b1f24',
  color: '#ffffff',
  font: '13px/1.4 system-ui, "Noto Sans", "Noto Sans Arabic", sans-serif',
  boxShadow: '0 4px 16px rgba(0,0,0,.25)',
  pointerEvents: 'none',
} satisfies Partial<CSSStyleDeclaration>;

/**
 * The tooltip: one HTML element per timeline, filled through `textContent` only, so
 * nothing from the data can become markup, and through `cleanText`, as the labels are,
 * so nothing can reorder it either. Fixed-positioned against the viewport and clamped
 * inside it.
 */
export class Tooltip {
  readonly element: HTMLDivElement;

  constructor(
    private readonly doc: Document,
    id: string,
    private readonly locale: () => string,
    private readonly direction: () => 'ltr' | 'rtl',
  ) {
    const el = doc.createElement('div');
    el.id = id;
    el.setAttribute('role', 'tooltip');
    el.className = 'eventline-tooltip';
    el.hidden = true;
    Object.assign(el.style, { ...PANEL_STYLE, left: '0px', top: '0px' } satisfies Partial<CSSStyleDeclaration>);
    doc.body.appendChild(el);
    this.element = el;
  }

  get visible(): boolean {
    return !this.element.hidden;
  }

  show(event: TimelineEvent, anchor: Element): void {
    const locale = this.locale();
    const el = this.element;
    el.lang = locale;
    el.dir = this.direction();
    el.replaceChildren();
    const line = (tag: string, raw: string, style: Partial<CSSStyleDeclaration>) => {
      const text = cleanText(raw);
      if (!text) return;
      const node = this.doc.createElement(tag);
      // Each line reads in its own direction: an Arabic quote in an English tooltip.
      node.dir = 'auto';
      node.textContent = text;
      Object.assign(node.style, style);
      el.appendChild(node);
    };
    const shown = (text: LocalizedText | undefined) => cleanText(pickText(text, locale));
    line('div', formatEventDates(event, locale), { fontWeight: '700', opacity: '0.85' });
    line('div', shown(event.title), { fontWeight: '600', margin: '0.15rem 0' });
    line('p', shown(event.description), { margin: '0.25rem 0 0' });
    const s = event.source;
    if (s) {
      const who = [shown(s.publication), shown(s.agency)].filter(Boolean).join(' · ');
      line('p', who, { margin: '0.35rem 0 0', opacity: '0.8', fontSize: '12px' });
      const quote = shown(s.quote);
      line('blockquote', quote ? `«${quote}»` : '', { margin: '0.25rem 0 0', opacity: '0.8', fontSize: '12px' });
    }
    el.hidden = false;
    this.place(anchor);
  }

  /** Above the anchor when there is room, else below; always inside the viewport. */
  private place(anchor: Element): void {
    const win = this.doc.defaultView!;
    const a = anchor.getBoundingClientRect();
    const t = this.element.getBoundingClientRect();
    const vw = win.innerWidth;
    const vh = win.innerHeight;
    let left = a.left + a.width / 2 - t.width / 2;
    left = Math.max(MARGIN, Math.min(left, vw - t.width - MARGIN));
    let top = a.top - t.height - MARGIN;
    if (top < MARGIN) top = a.bottom + MARGIN;
    top = Math.max(MARGIN, Math.min(top, vh - t.height - MARGIN));
    this.element.style.left = `${Math.round(left)}px`;
    this.element.style.top = `${Math.round(top)}px`;
  }

  hide(): void {
    this.element.hidden = true;
  }

  remove(): void {
    this.element.remove();
  }
}
