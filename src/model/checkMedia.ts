import { imageSrcProblem, linkProblem } from './mediaUrl.js';
import { localized, optionalString, type Report } from './readFields.js';
import type { EventMedia } from './types.js';
import { isObject, kind } from './valueKind.js';

const ALT_REQUIRED = 'required when media is given (say what the image shows, for readers who cannot see it)';

/**
 * An event's `media`: `{ src, alt, caption?, credit?, link? }`, checked as described on
 * `MediaInput`. `undefined` when absent, or when a problem was reported.
 *
 * @example
 * ```ts
 * checkMedia({ src: 'img/a.jpg', alt: 'A handshake' }, report) // { src: 'img/a.jpg', alt: 'A handshake' }
 * ```
 */
export function checkMedia(value: unknown, report: Report): EventMedia | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    report('media', `expected an object with src and alt, got ${kind(value)}`);
    return undefined;
  }
  return checkMediaObject(value, report);
}

/**
 * Apart from {@link checkMedia}: the variables its `bad` closure shares are set up on entry
 * to the function that holds them, and every event without media paid for that.
 */
function checkMediaObject(value: Record<string, unknown>, report: Report): EventMedia | undefined {
  let ok = true;
  const bad: Report = (field, problem) => {
    ok = false;
    report(field, problem);
  };
  const src = optionalString(value.src, 'media.src', bad);
  const srcBad =
    src === undefined ? (ok ? 'missing (expected an http(s) URL, a relative path or a data:image URL)' : undefined) : imageSrcProblem(src);
  if (srcBad !== undefined) bad('media.src', srcBad);
  const alt = localized(value.alt, 'media.alt', ALT_REQUIRED, bad);
  const caption = localized(value.caption, 'media.caption', false, bad);
  const credit = localized(value.credit, 'media.credit', false, bad);
  const link = optionalString(value.link, 'media.link', bad);
  const linkBad = link === undefined ? undefined : linkProblem(link);
  if (linkBad !== undefined) bad('media.link', linkBad);
  if (!ok || src === undefined || alt === undefined) return undefined;
  const media: { -readonly [K in keyof EventMedia]: EventMedia[K] } = { src, alt };
  if (caption !== undefined) media.caption = caption;
  if (credit !== undefined) media.credit = credit;
  if (link !== undefined) media.link = link;
  return media;
}
