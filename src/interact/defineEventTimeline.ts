import { isValidationError } from '../model/ValidationError.js';
import { createTimeline } from './createTimeline.js';
import type { InteractiveOptions, InteractiveTimeline } from './types.js';
import { THEME_NAMES, type ThemeName } from '../options.js';

/** Attributes the element reads, and the option each one sets. */
const ATTRIBUTES = ['src', 'locale', 'dir', 'orientation', 'theme', 'width', 'height'] as const;

function optionsFrom(el: Element): Partial<InteractiveOptions> {
  const out: Partial<InteractiveOptions> = {};
  const locale = el.getAttribute('locale');
  if (locale) out.locale = locale;
  const dir = el.getAttribute('dir');
  if (dir === 'ltr' || dir === 'rtl') out.direction = dir;
  const orientation = el.getAttribute('orientation');
  if (orientation === 'horizontal' || orientation === 'vertical') out.orientation = orientation;
  const theme = el.getAttribute('theme');
  if (THEME_NAMES.includes(theme as ThemeName)) out.theme = theme as ThemeName;
  const width = Number(el.getAttribute('width'));
  if (width > 0) out.width = width;
  const height = Number(el.getAttribute('height'));
  if (height > 0) out.height = height;
  return out;
}

/**
 * Registers `<event-timeline>` (or another tag name): a one-tag embed. Data comes from
 * an inline `<script type="application/json">` child or from `src="events.json"`
 * (fetched; pages opened from `file://` must use the inline form). The attributes
 * `locale`, `dir`, `orientation`, `theme`, `width` and `height` set the options, and
 * changing them re-renders. The element dispatches `select`, `focus` and `zoom` as DOM
 * `CustomEvent`s whose `detail` is what `createTimeline` handlers receive, and
 * `error` (detail: `{ message }`) when the data cannot be read. The classic-script
 * build calls this on load.
 *
 * @example
 * ```html
 * <event-timeline locale="ar" theme="dark">
 *   <script type="application/json">[{ "date": "1948", "title": "تأسيس كوريا الشمالية" }]</script>
 * </event-timeline>
 * ```
 */
export function defineEventTimeline(tagName = 'event-timeline'): void {
  const registry = globalThis.customElements;
  if (!registry || registry.get(tagName)) return;

  class EventTimelineElement extends HTMLElement {
    static readonly observedAttributes = [...ATTRIBUTES];
    private timeline?: InteractiveTimeline;
    private loading = 0;

    connectedCallback(): void {
      // Custom elements are inline by default, which would give the timeline no width to follow.
      if (!this.style.display) this.style.display = 'block';
      void this.load();
    }

    disconnectedCallback(): void {
      this.loading++;
      this.timeline?.destroy();
      this.timeline = undefined;
    }

    attributeChangedCallback(name: string, before: string | null, after: string | null): void {
      if (before === after || !this.isConnected) return;
      if (name === 'src' || !this.timeline) void this.load();
      else this.timeline.update(optionsFrom(this));
    }

    /** The live timeline, once the data has loaded. */
    get controller(): InteractiveTimeline | undefined {
      return this.timeline;
    }

    private async readData(): Promise<unknown> {
      const src = this.getAttribute('src');
      if (src) {
        const response = await fetch(src);
        if (!response.ok) throw new Error(`cannot load ${src}: HTTP ${response.status}`);
        return response.json();
      }
      const inline = this.querySelector(':scope > script[type="application/json"]');
      if (!inline) throw new Error('no data: add src="events.json" or a <script type="application/json"> child');
      return JSON.parse(inline.textContent ?? '');
    }

    private async load(): Promise<void> {
      const ticket = ++this.loading;
      try {
        const data = await this.readData();
        if (ticket !== this.loading || !this.isConnected) return;
        this.timeline?.destroy();
        this.querySelector(':scope > .eventline-error')?.remove();
        const timeline = createTimeline(this, { data, ...optionsFrom(this) });
        for (const type of ['select', 'focus', 'zoom'] as const) {
          timeline.on(type, (detail) => this.dispatchEvent(new CustomEvent(type, { detail, bubbles: type !== 'focus' })));
        }
        this.timeline = timeline;
      } catch (e) {
        if (ticket !== this.loading) return;
        this.showError(isValidationError(e) ? e.issues.map((i) => i.message).join('\n') : (e as Error).message);
      }
    }

    private showError(message: string): void {
      this.timeline?.destroy();
      this.timeline = undefined;
      let box = this.querySelector<HTMLElement>(':scope > .eventline-error');
      if (!box) {
        box = this.ownerDocument.createElement('p');
        box.className = 'eventline-error';
        box.setAttribute('role', 'alert');
        box.style.whiteSpace = 'pre-line';
        this.appendChild(box);
      }
      box.textContent = `eventline: ${message}`;
      this.dispatchEvent(new CustomEvent('error', { detail: { message } }));
    }
  }

  registry.define(tagName, EventTimelineElement);
}
