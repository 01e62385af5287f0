import { codePoint, quote } from './valueKind.js';

/**
 * White space, control and format characters (zero-width, bidi overrides), lone surrogates,
 * non-characters and backslashes. Browsers drop tabs and line breaks from URLs and read `\`
 * as `/`, so `java\tscript:` becomes `javascript:` and `\\host` becomes `//host`; refusing
 * them outright leaves nothing for such tricks to hide in.
 */
const UNSAFE_URL_CHAR = /[\s\p{Cc}\p{Cf}\p{Cs}\uFFFE\uFFFF\\]/u;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
// Raster formats only: an SVG image can carry script.
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif)(?:;[A-Za-z0-9=._+-]+)*,/i;
const SRC_FORMS = 'an http(s) URL, a relative path, or a data:image/png, jpeg, gif, webp or avif URL';

/**
 * Why a text cannot be an image source, or `undefined` when it can: an `http:`/`https:`
 * URL, a relative path (`img/a.jpg`, `/img/a.jpg`), or a raster `data:image/…` URL.
 *
 * @example
 * ```ts
 * imageSrcProblem('img/summit.jpg')        // undefined
 * imageSrcProblem('javascript:alert(1)')   // '"javascript:alert(1)" has the scheme javascript:, …'
 * ```
 */
export function imageSrcProblem(text: string): string | undefined {
  const unsafe = unsafeCharProblem(text);
  if (unsafe !== undefined) return unsafe;
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    if (text.startsWith('//')) return `${quote(text)} is protocol-relative; write its scheme (https://…)`;
    return undefined;
  }
  if (scheme === 'http' || scheme === 'https') return httpProblem(text);
  if (scheme === 'data') {
    return DATA_IMAGE.test(text)
      ? undefined
      : `${quote(text)} is not a data URL of a raster image (data:image/png, jpeg, gif, webp or avif; SVG can carry script)`;
  }
  return `${quote(text)} has the scheme ${scheme}:, which is refused (expected ${SRC_FORMS})`;
}

/**
 * Why a text cannot be a link (`http:`/`https:` only), or `undefined` when it can.
 *
 * @example
 * ```ts
 * linkProblem('https://example.org/video') // undefined
 * linkProblem('//example.org/video')       // '"//example.org/video" is not an absolute http(s) URL'
 * ```
 */
export function linkProblem(text: string): string | undefined {
  const unsafe = unsafeCharProblem(text);
  if (unsafe !== undefined) return unsafe;
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return httpProblem(text);
  return scheme === undefined ? `${quote(text)} is not an absolute http(s) URL` : `${quote(text)} is not an http(s) URL`;
}

function unsafeCharProblem(text: string): string | undefined {
  const bad = UNSAFE_URL_CHAR.exec(text);
  if (bad === null) return undefined;
  const what =
    bad[0] === '\\'
      ? 'a backslash (write /)'
      : /\s/.test(bad[0])
        ? `white space (${codePoint(bad[0])}; write %20 for a space)`
        : `${codePoint(bad[0])}, an invisible or control character`;
  return `${quote(text)} contains ${what}`;
}

function httpProblem(text: string): string | undefined {
  // `http:host` and `http:/host` parse, as the same URL as `http://host`; only the plain form is taken.
  if (!/^https?:\/\/[^/?#]/i.test(text)) return `${quote(text)} is not an absolute http(s) URL (expected http://host/… or https://host/…)`;
  try {
    new URL(text);
  } catch {
    return `${quote(text)} is not a valid URL`;
  }
  return undefined;
}
