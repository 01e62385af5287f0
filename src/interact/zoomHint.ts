import { baseLanguage } from '../format/locales.js';
import { PANEL_STYLE } from './tooltip.js';

/** How long the hint stays when nothing else dismisses it. */
const SHOWN_MS = 3000;

/** The hint in each language it is written in, by base language; others read English. */
const HINTS = new Map<string, (key: string) => string>([
  ['en', (key) => `${key} + scroll to zoom`],
  ['ar', (key) => `مرّر مع الضغط على ${key} للتكبير`],
]);

/**
 * The key that makes the wheel zoom, as the reader's keyboard names it: ⌘ on Apple
 * systems (where Ctrl + scroll is the system's own zoom), Ctrl elsewhere.
 *
 * @example
 * ```ts
 * zoomKey('MacIntel') // '⌘'
 * zoomKey('Win32') // 'Ctrl'
 * ```
 */
export function zoomKey(platform: string): string {
  return /mac|iphone|ipad|ipod/i.test(platform) ? '⌘' : 'Ctrl';
}

/**
 * What the hint says, in the timeline's language (English for languages it has no words in).
 *
 * @example
 * ```ts
 * zoomHintText('en-GB', 'Win32') // 'Ctrl + scroll to zoom'
 * zoomHintText('ar', 'MacIntel') // 'مرّر مع الضغط على ⌘ للتكبير'
 * ```
 */
export function zoomHintText(locale: string, platform: string): string {
  const words = HINTS.get(baseLanguage(locale)) ?? HINTS.get('en')!;
  return words(zoomKey(platform));
}

function platformOf(win: Window): string {
  const nav = win.navigator as Navigator & { userAgentData?: { platform?: string } };
  return nav.userAgentData?.platform || nav.platform || '';
}

/**
 * "Ctrl + scroll to zoom", over the timeline, the first time the reader scrolls the wheel
 * over it without the key (the page scrolls then, as it should; the hint says how to zoom
 * instead). It is text in a polite live region, so a screen reader says it without
 * interrupting, and it goes after a few seconds or at the reader's next pointer, key or
 * zoom. Created empty with the timeline: a live region announces changes, so it must be
 * in the page before its text is.
 */
export class ZoomHint {
  readonly element: HTMLDivElement;
  private used = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposers: (() => void)[] = [];

  constructor(private readonly svg: SVGSVGElement) {
    const doc = svg.ownerDocument;
    const el = doc.createElement('div');
    el.className = 'eventline-zoom-hint';
    el.setAttribute('role', 'status');
    el.setAttribute('aria-live', 'polite');
    Object.assign(el.style, {
      ...PANEL_STYLE,
      transform: 'translate(-50%, -50%)',
      left: '0px',
      top: '0px',
    } satisfies Partial<CSSStyleDeclaration>);
    this.element = el;
    this.conceal();
    doc.body.appendChild(el);
  }

  get visible(): boolean {
    return this.element.textContent !== '';
  }

  /** Shows the hint, unless it was shown before. */
  show(): void {
    if (this.used) return;
    this.used = true;
    const el = this.element;
    const win = this.svg.ownerDocument.defaultView!;
    el.lang = this.svg.getAttribute('lang') ?? 'en';
    el.dir = this.svg.getAttribute('direction') === 'rtl' ? 'rtl' : 'ltr';
    el.textContent = zoomHintText(el.lang, platformOf(win));
    el.style.opacity = '';
    this.place();
    // Capturing: d3-zoom stops the propagation of the events it takes.
    const listen = (target: EventTarget, type: string, fn: () => void) => {
      target.addEventListener(type, fn, { passive: true, capture: true });
      this.disposers.push(() => target.removeEventListener(type, fn, { capture: true }));
    };
    // The wheel that showed it scrolls the page on: the hint follows the timeline.
    listen(win, 'scroll', () => this.place());
    for (const type of ['pointerdown', 'keydown', 'touchstart']) listen(this.svg, type, () => this.hide());
    this.timer = setTimeout(() => this.hide(), SHOWN_MS);
  }

  hide(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    for (const dispose of this.disposers.splice(0)) dispose();
    this.conceal();
  }

  remove(): void {
    this.hide();
    this.element.remove();
  }

  /** Empty and unseen, but still a live region: `opacity`, unlike `visibility` or `hidden`, keeps it in the accessibility tree. */
  private conceal(): void {
    this.element.textContent = '';
    this.element.style.opacity = '0';
  }

  /** Over the middle of the part of the timeline in view. */
  private place(): void {
    const win = this.svg.ownerDocument.defaultView!;
    const r = this.svg.getBoundingClientRect();
    const x = (Math.max(r.left, 0) + Math.min(r.right, win.innerWidth)) / 2;
    const y = (Math.max(r.top, 0) + Math.min(r.bottom, win.innerHeight)) / 2;
    this.element.style.left = `${Math.round(x)}px`;
    this.element.style.top = `${Math.round(y)}px`;
  }
}
