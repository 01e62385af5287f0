import { decodeEntities, htmlToText } from './htmlToText.js';

/**
 * What a TimelineJS `media.url` is to eventline:
 * - `image`: shown as the event's image;
 * - `embed`: a video, tweet, map, page or other embed eventline cannot show; its `link`
 *   (when it has an http(s) one) and the `text` of an HTML embed (a quoted tweet) are kept.
 */
export type TimelineJsMediaKind = { image: string } | { embed: true; link?: string; text?: string };

const IMAGE_FILE = /\.(?:jpe?g|png|gif|svg|webp|avif)$/i;

/**
 * Sorts a TimelineJS media `url` into image or embed. An image is a `data:` URL, a relative
 * path, or an http(s) URL whose path ends in an image extension; any other http(s) URL (a
 * YouTube or Vimeo video, a tweet, a Wikipedia or news page, a PDF) is an embed, kept as a
 * link. TimelineJS 3 also shows other unknown URLs as images, but without fetching one
 * eventline cannot tell an extensionless image from a page, and a page drawn as a broken
 * image is worse than an image kept as a link. A protocol-relative `//host/…`, which
 * TimelineJS pages load over their own scheme, is read as `https://host/…`.
 *
 * @example
 * ```ts
 * timelineJsMediaKind('https://example.org/summit.jpg')        // { image: 'https://example.org/summit.jpg' }
 * timelineJsMediaKind('//www.youtube.com/watch?v=x')           // { embed: true, link: 'https://www.youtube.com/watch?v=x' }
 * ```
 */
export function timelineJsMediaKind(url: string): TimelineJsMediaKind {
  const text = url.trim();
  if (text.startsWith('<')) return htmlEmbed(text);
  const absolute = text.startsWith('//') ? `https:${text}` : text;
  let parsed: URL | undefined;
  try {
    parsed = new URL(absolute);
  } catch {
    // A relative path, or something parseTimeline will refuse with a reason.
  }
  if (parsed === undefined || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return { image: absolute };
  return IMAGE_FILE.test(parsed.pathname) ? { image: absolute } : { embed: true, link: absolute };
}

/**
 * An embed written as HTML: its link is the `src` of its first `<iframe>`, else the `href` of
 * its last `<a>` (tweet and Instagram embeds end with the post's own link); its text is what
 * a reader would see of it (a tweet's words).
 */
function htmlEmbed(html: string): TimelineJsMediaKind {
  let frame: string | undefined;
  let anchor: string | undefined;
  // Tag by tag, each scanned once: a regex looking for `src` after `<iframe` would rescan
  // the rest of the text from every `<iframe` that lacks one.
  for (let lt = html.indexOf('<'); lt >= 0 && frame === undefined; lt = html.indexOf('<', lt + 1)) {
    const gt = html.indexOf('>', lt);
    if (gt < 0) break;
    const tag = html.slice(lt, gt);
    const name = /^<([a-z]+)/i.exec(tag)?.[1]?.toLowerCase();
    if (name === 'iframe') frame = httpLink(attribute(tag, 'src'));
    else if (name === 'a') anchor = httpLink(attribute(tag, 'href')) ?? anchor;
    lt = gt;
  }
  const link = frame ?? anchor;
  const text = htmlToText(html);
  return { embed: true, ...(link !== undefined && { link }), ...(text !== '' && { text }) };
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  const value = m?.[1] ?? m?.[2] ?? m?.[3];
  return value === undefined ? undefined : decodeEntities(value).trim();
}

function httpLink(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (/^https?:\/\//i.test(value)) return value;
  return value.startsWith('//') ? `https:${value}` : undefined;
}
