import { formatEventDates } from '../format/openEnds.js';
import type { LocalizedText, TimelineEvent } from '../model/types.js';
import { putText } from '../story/putText.js';

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
 * inside it. Not a live region: it is read as the focused item's description.
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

  /**
   * Shows the event's date, title, description and source. Returns the ids of the parts
   * that add to what the item's name says (description and source), for the item's
   * `aria-describedby`, or `undefined` when there is none: the date and title are the
   * name already, and described by the whole tooltip they would be read twice.
   */
  show(event: TimelineEvent, anchor: Element): string | undefined {
    const locale = this.locale();
    const el = this.element;
    const doc = this.doc;
    el.lang = locale;
    el.dir = this.direction();
    const details = doc.createElement('div');
    details.id = `${el.id}-details`;
    // Each text says its language where it is not the timeline's (an English quote in an
    // Arabic timeline), and reads in its own direction.
    const put = (parent: HTMLElement, tag: string, value: LocalizedText | undefined, style: Partial<CSSStyleDeclaration>) => {
      const node = doc.createElement(tag);
      Object.assign(node.style, style);
      if (putText(node, value, locale)) parent.appendChild(node);
      return node;
    };
    el.replaceChildren();
    put(el, 'div', formatEventDates(event, locale), { fontWeight: '700', opacity: '0.85' });
    put(el, 'div', event.title, { fontWeight: '600', margin: '0.15rem 0' });
    put(details, 'p', event.description, { margin: '0.25rem 0 0' });
    const s = event.source;
    if (s) {
      const who = doc.createElement('p');
      Object.assign(who.style, { margin: '0.35rem 0 0', opacity: '0.8', fontSize: '12px' } satisfies Partial<CSSStyleDeclaration>);
      for (const name of [s.publication, s.agency]) {
        const span = doc.createElement('span');
        if (!putText(span, name, locale)) continue;
        if (who.hasChildNodes()) who.append(' · ');
        who.append(span);
      }
      if (who.hasChildNodes()) details.appendChild(who);
      const quote = put(details, 'blockquote', s.quote, { margin: '0.25rem 0 0', opacity: '0.8', fontSize: '12px' });
      // Quotation marks as the quote's language writes them would need its rules: these read in any.
      if (quote.textContent) quote.textContent = `«${quote.textContent}»`;
    }
    if (details.hasChildNodes()) el.appendChild(details);
    el.hidden = false;
    this.place(anchor);
    if (!details.hasChildNodes()) return undefined;
    // Each part by its own id: a description is the parts' texts joined by spaces, where the
    // whole block's text would run the description, the source and the quote together.
    return Array.from(details.children, (part, i) => (part.id = `${details.id}-${i}`)).join(' ');
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
