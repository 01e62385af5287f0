/**
 * The plain text a reader sees in an HTML fragment, for importing formats whose text
 * fields hold HTML (TimelineJS headlines, vis-timeline item content). Pure string work,
 * no DOM, so it runs the same in browsers and Node and never loads anything.
 *
 * - Tags are dropped (`<b>Summit</b>` → `Summit`); the content of `script`, `style`,
 *   `template`, `iframe`, `noembed` and `noframes` is dropped with them, as are comments,
 *   `<!…>` and `<?…>` declarations. A tag left open at the end is dropped too.
 * - Character references are decoded once: `&amp;` → `&`, `&#8212;` / `&#x2014;` → `—`,
 *   and the common named ones (Latin-1, typographic quotes and dashes, `&nbsp;`, `&lrm;` …).
 *   Unknown names stay as written. So `&lt;b&gt;` becomes the text `<b>`: what the author
 *   meant readers to see, never markup.
 * - White space collapses as in HTML; `<br>`, `<p>`, `<div>`, `<li>` and other blocks
 *   become line breaks. Lines are trimmed and blank lines dropped.
 * - A `<` that does not start a tag (`a < b`, `<3`) is kept. Removing a tag never leaves
 *   a new one behind: `<<b>script>` loses both.
 *
 * @example
 * ```ts
 * htmlToText('<b>Summit</b> in <i>Pyongyang</i> &amp; Moscow') // 'Summit in Pyongyang & Moscow'
 * htmlToText('<script>alert(1)</script>Summit')              // 'Summit'
 * htmlToText('one<br>two')                                   // 'one\ntwo'
 * ```
 */
export function htmlToText(html: string): string {
  let lines = [html];
  // Removing a tag can join two harmless pieces into a new one (`<<b>script>`); scan again
  // until nothing changes, so the text never holds a tag it was given. Each pass shortens
  // the text; after nine, any `<` left is dropped.
  for (let pass = 0; ; pass++) {
    let changed = false;
    const next: string[] = [];
    for (const line of lines) {
      const r = scan(line);
      if (r.changed) changed = true;
      // Not push(...lines): spreading passes every line as an argument on the stack, and
      // 125,000 `<br>` overflow it.
      for (const l of r.lines) next.push(l);
    }
    lines = next;
    if (!changed) break;
    if (pass === 8) {
      // Only text built to nest tags this deep gets here; it loses its `<` characters.
      lines = lines.map((line) => line.replace(/</g, ''));
      break;
    }
  }
  return lines
    .map((line) => decodeEntities(line).replace(HTML_SPACE, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * One pass of the tokenizer: the raw (still entity-encoded) text of each line, and whether
 * any tag, comment or declaration was removed.
 */
function scan(html: string): { lines: string[]; changed: boolean } {
  const lines: string[] = [];
  let line = '';
  let changed = false;
  const n = html.length;
  let i = 0;
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart) line += html.slice(textStart, end);
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      flushText(lt);
      changed = true;
      const close = html.indexOf('-->', lt + 4);
      i = textStart = close < 0 ? n : close + 3;
    } else if (
      next === 0x21 /* ! */ ||
      next === 0x3f /* ? */ ||
      (next === 0x2f /* / */ && lt + 2 < n && !isAsciiLetter(html.charCodeAt(lt + 2)))
    ) {
      // Declarations, processing instructions and `</` + non-letter are bogus comments up to `>`.
      flushText(lt);
      changed = true;
      const close = html.indexOf('>', lt + 2);
      i = textStart = close < 0 ? n : close + 1;
    } else if (isAsciiLetter(next) || (next === 0x2f && isAsciiLetter(html.charCodeAt(lt + 2)))) {
      flushText(lt);
      changed = true;
      const closing = next === 0x2f;
      const nameStart = lt + (closing ? 2 : 1);
      let j = nameStart;
      while (j < n && !/[\s/>]/.test(html[j]!)) j++;
      const name = html.slice(nameStart, j).toLowerCase();
      const end = tagEnd(html, j);
      if (end < 0) {
        // A tag still open at the end of the text: HTML drops it, and so do we.
        textStart = n;
        break;
      }
      i = textStart = end + 1;
      if (BLOCK.has(name)) {
        lines.push(line);
        line = '';
      } else if (CELL.has(name)) {
        line += ' ';
      }
      if (!closing && HIDDEN.has(name)) i = textStart = findEndTag(html, name, i);
    } else {
      // `a < b`, `<3`, a lone `<` at the end: text.
      i = lt + 1;
    }
  }
  flushText(n);
  lines.push(line);
  return { lines, changed };
}

/** HTML's white space (not NBSP, which is text). */
const HTML_SPACE = /[\t\n\f\r ]+/g;

/** Elements whose content is not shown as text. */
const HIDDEN = new Set(['script', 'style', 'template', 'iframe', 'noembed', 'noframes', 'xmp']);

/** Elements that start a new line of text. */
// prettier-ignore
const BLOCK = new Set([
  'br', 'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'hr',
  'table', 'tr', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'figure', 'figcaption', 'address', 'main',
]);

/** Elements that separate words without starting a line. */
const CELL = new Set(['td', 'th']);

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Index of the `>` closing a tag whose attributes start at `from`, honouring quoted values; -1 if none. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let k = from; k < html.length; k++) {
    const c = html[k]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      // Quotes only open a value right after `=` (possibly with spaces); elsewhere they are junk.
      if (/=\s*$/.test(html.slice(Math.max(from, k - 8), k))) quote = c;
    } else if (c === '>') {
      return k;
    }
  }
  return -1;
}

/** Index just after the end tag `</name …>` at or after `from`, or the end of the text. */
function findEndTag(html: string, name: string, from: number): number {
  // A regex rather than toLowerCase(): lowering can change the length of the text (İ → i̇).
  const re = new RegExp(`</${name}(?=[\\s/>])`, 'gi');
  re.lastIndex = from;
  const m = re.exec(html);
  if (!m) return html.length;
  const close = html.indexOf('>', m.index);
  return close < 0 ? html.length : close + 1;
}

const ENTITY = /&(?:#(\d{1,8})|#[xX]([0-9A-Fa-f]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

/** Decodes character references once, as an HTML parser does in text. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) {
      // Named references need their semicolon here; without one they stay text (`AT&T`).
      if (!whole.endsWith(';')) return whole;
      const ch = NAMED.get(name);
      return ch ?? whole;
    }
    const cp = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return fromCodePoint(cp);
  });
}

/** The HTML rules for numeric references: NUL, surrogates and beyond U+10FFFF → U+FFFD; 0x80–0x9F as Windows-1252. */
function fromCodePoint(cp: number): string {
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\uFFFD';
  if (cp >= 0x80 && cp <= 0x9f) {
    const mapped = WINDOWS_1252[cp - 0x80];
    if (mapped) return mapped;
  }
  return String.fromCodePoint(cp);
}

// 0x80–0x9F in Windows-1252, as HTML maps numeric references to them ('' = no mapping).
// prettier-ignore
const WINDOWS_1252 = [
  '€', '', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '', 'Ž', '',
  '', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '', 'ž', 'Ÿ',
];

const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro ' +
  'para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil ' +
  'Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave ' +
  'Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml ' +
  'igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

// prettier-ignore
const OTHER: Record<string, number> = {
  amp: 0x26, lt: 0x3c, gt: 0x3e, quot: 0x22, apos: 0x27,
  OElig: 0x152, oelig: 0x153, Scaron: 0x160, scaron: 0x161, Yuml: 0x178, fnof: 0x192, circ: 0x2c6, tilde: 0x2dc,
  ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009, zwnj: 0x200c, zwj: 0x200d, lrm: 0x200e, rlm: 0x200f,
  ndash: 0x2013, mdash: 0x2014, lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a, ldquo: 0x201c, rdquo: 0x201d,
  bdquo: 0x201e, dagger: 0x2020, Dagger: 0x2021, bull: 0x2022, hellip: 0x2026, permil: 0x2030, prime: 0x2032,
  Prime: 0x2033, lsaquo: 0x2039, rsaquo: 0x203a, euro: 0x20ac, trade: 0x2122, larr: 0x2190, uarr: 0x2191,
  rarr: 0x2192, darr: 0x2193, harr: 0x2194, minus: 0x2212,
};

const NAMED = new Map<string, string>([
  ...LATIN1.split(' ').map((name, k) => [name, String.fromCharCode(0xa0 + k)] as const),
  ...Object.entries(OTHER).map(([name, cp]) => [name, String.fromCharCode(cp)] as const),
]);
