import { createTimeline } from './createTimeline.js';
import type { InteractiveOptions, InteractiveTimeline } from './types.js';
import { cleanText } from '../layout/cleanText.js';

/** Attributes the element reads, and the option each one sets. */
const ATTRIBUTES = ['src', 'locale', 'dir', 'orientation', 'theme', 'width', 'height'] as const;

/**
 * A size attribute: absent is the default, anything but a plain number of 0 or more is an
 * error naming the attribute (`height` sets the option `minHeight`, which the page never wrote).
 */
function size(el: Element, name: 'width' | 'height'): number | undefined {
  const text = el.getAttribute(name);
  if (text === null || text.trim() === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name}="${cleanText(text)}": expected a number of CSS pixels`);
  return value;
}

/**
 * The options the attributes give, every one of them: an absent attribute sets its option
 * to `undefined` (the default), so removing an attribute undoes it. Values go on as
 * written, and the options' own checks reject what is wrong, naming the option.
 */
function optionsFrom(el: Element): Pick<InteractiveOptions, 'locale' | 'direction' | 'orientation' | 'theme' | 'width' | 'minHeight'> {
  const dir = el.getAttribute('dir');
  return {
    locale: el.getAttribute('locale') || undefined,
    // `dir` is also HTML's own attribute, where "auto" is valid: it means the locale's direction here.
    direction: dir === 'ltr' || dir === 'rtl' ? dir : undefined,
    orientation: (el.getAttribute('orientation') || undefined) as InteractiveOptions['orientation'],
    theme: (el.getAttribute('theme') || undefined) as InteractiveOptions['theme'],
    width: size(el, 'width'),
    // As an HTML attribute `height` is the familiar name; what it sets is the least height.
    minHeight: size(el, 'height'),
  };
}

/**
 * Registers `<event-timeline>` (or another tag name): a one-tag embed. Data comes from
 * an inline `<script type="application/json">` child or from `src="events.json"`
 * (fetched; pages opened from `file://` must use the inline form). The attributes
 * `locale`, `dir`, `orientation`, `theme`, `width` and `height` (the `minHeight`
 * option) set the options;
 * changing one re-renders, removing one restores its default. The element dispatches
 * `select`, `focus` and `zoom` as DOM `CustomEvent`s whose `detail` is what
 * `createTimeline` handlers receive, and `error` (detail: `{ message }`) when the data
 * cannot be read or an attribute is invalid; the message is also shown in the element
 * (`role="alert"`) until a change fixes it. The classic-script build calls this on load.
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
      this.loadSoon();
    }

    /**
     * One load for all the callbacks of one task: an element upgraded in the page gets one
     * for each attribute it has, then one for being connected, and each would fetch.
     */
    private loadSoon(): void {
      const ticket = ++this.loading;
      queueMicrotask(() => ticket === this.loading && this.isConnected && void this.load());
    }

    disconnectedCallback(): void {
      this.loading++;
      this.timeline?.destroy();
      this.timeline = undefined;
    }

    attributeChangedCallback(name: string, before: string | null, after: string | null): void {
      if (before === after || !this.isConnected) return;
      if (name === 'src' || !this.timeline) {
        this.loadSoon();
        return;
      }
      // A callback that throws reaches nobody but the console: say it on the element instead.
      try {
        this.timeline.update(optionsFrom(this));
      } catch (e) {
        this.fail(e);
      }
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
        this.fail(e);
      }
    }

    /**
     * Replaces the timeline with the error, shown and dispatched. The timeline is gone, so
     * the next attribute change loads again from the data: fixing the attribute recovers.
     */
    private fail(e: unknown): void {
      // A ValidationError's message lists the first problems and counts the rest, so a file
      // with a million bad rows still gives an alert a person can read.
      const lines = (e instanceof Error ? e.message : String(e)).split('\n');
      // Messages quote the data; they are shown as text, through the same cleaning as labels.
      this.showError(lines.map(cleanText).join('\n'));
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
