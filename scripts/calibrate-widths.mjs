#!/usr/bin/env node
/**
 * Regenerates src/layout/charWidths.ts: the per-character width table behind the
 * default (DOM-free) text measurer.
 *
 * Run by hand, never in CI: `node scripts/calibrate-widths.mjs`. It launches the
 * system Chromium (Debian's /usr/bin/chromium, or $EVENTLINE_CHROMIUM), never touches
 * the network, and measures with canvas `measureText` at 100px, normal and bold:
 *
 * - every face of FONT_FAMILY (src/layout/font.ts) that is installed, plus
 *   Liberation Sans / Arial when present, each only for the characters that face
 *   really has (asked through the DevTools protocol which platform font drew them,
 *   and rejecting .notdef boxes); a face that is missing a glyph says nothing about
 *   it, because on a machine with that face the glyph comes from elsewhere;
 * - the whole FONT_FAMILY stack, because its fallback is what a browser here draws.
 *
 * Per character it keeps the MAX over those measurements, adds 1% (SAFETY) and rounds
 * up to 1/1000 em, so estimates err on the wide side whichever face a reader has.
 * Arabic letters are measured in every contextual form (isolated, final, initial,
 * medial — via tatweel, e.g. "ـبـ" minus "ــ"), and dual-joining letters keep two
 * widths: one for when they join the next letter (initial/medial forms, narrow) and
 * one for when they end a join (isolated/final forms, which carry the wide tails).
 * Using the widest form everywhere overestimates running Arabic text 1.4–1.7×.
 *
 * @example
 * // after installing or updating fonts / Chromium:
 * //   node scripts/calibrate-widths.mjs
 * //   npx vitest run tests/layout/measureText.test.ts tests/browser/measureText.browser.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'src/layout/charWidths.ts');
const CHROMIUM = process.env.EVENTLINE_CHROMIUM || '/usr/bin/chromium';
const SIZE = 100;
/**
 * Chromium snaps SVG text advances up to the next 1/64 px and a few pairs kern apart
 * (Noto Sans "f'"); at label sizes that costs up to 0.9% on short strings, so every
 * width gets 1% on top of the measured maximum.
 */
const SAFETY = 1.01;

/** The stack is TypeScript source; a regex is enough and keeps this script dependency-free. */
function readFontFamily() {
  const src = readFileSync(join(ROOT, 'src/layout/font.ts'), 'utf8');
  const m = /FONT_FAMILY\s*=\s*'([^']+)'/.exec(src);
  if (!m) throw new Error('could not find FONT_FAMILY in src/layout/font.ts');
  return m[1];
}

const range = (a, b) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const cps = (s) => Array.from(s, (c) => c.codePointAt(0));

// ---------------------------------------------------------------- what to measure
// prettier-ignore
const TABLE_CHARS = [
  ...range(0x20, 0x7e), // printable ASCII
  ...range(0xa0, 0xff), // Latin-1 Supplement (NBSP, accents, ×, ÷, «»)
  ...range(0x100, 0x17f), // Latin Extended-A
  // Latin Extended-B that real copy uses: Ə, ƒ, Ơ/Ư (Vietnamese), pinyin Ǎ…ǜ, Romanian ȘșȚț, ə
  0x18f, 0x192, 0x1a0, 0x1a1, 0x1af, 0x1b0, ...range(0x1cd, 0x1dc), ...range(0x218, 0x21b), 0x259,
  0x2bb, 0x2bc, 0x2c6, 0x2c7, 0x2d8, 0x2d9, 0x2da, 0x2db, 0x2dc, 0x2dd, // modifier apostrophes, accents
  ...range(0x1ea0, 0x1ef9), // Vietnamese
  // Greek and Coptic (letters, tonos)
  0x37e, 0x384, 0x385, 0x386, 0x387, ...range(0x388, 0x38a), 0x38c, ...range(0x38e, 0x3a1), ...range(0x3a3, 0x3ce),
  ...range(0x400, 0x482), ...range(0x48a, 0x4ff), // Cyrillic (0483–0489 are combining)
  // Hebrew letters and spacing punctuation (points/cantillation are zero-width marks)
  0x5be, 0x5c0, 0x5c3, 0x5c6, ...range(0x5d0, 0x5ea), ...range(0x5ef, 0x5f4),
  // Arabic punctuation, digits and the letters that are not in the joining table below
  0x60c, 0x61b, 0x61f, 0x621, 0x640, ...range(0x660, 0x66d), 0x6d4, ...range(0x6f0, 0x6f9),
  // Arabic Presentation Forms-B: already-shaped glyphs that old text still carries
  ...range(0xfe70, 0xfe74), ...range(0xfe76, 0xfefc),
  0xfdf2, 0xfdfa, 0xfdfb, 0xfdfc, 0xfdfd, // ﷲ ﷺ ﷻ ﷼ ﷽
  ...range(0x2000, 0x200a), 0x202f, 0x205f, // spaces
  ...range(0x2010, 0x2027), ...range(0x2030, 0x203a), 0x203c, 0x203d, 0x2044, ...range(0x2047, 0x2049),
  0x2070, ...range(0x2074, 0x2079), ...range(0x2080, 0x2089), // super/subscripts
  ...range(0x20a0, 0x20c0), // currency
  0x2103, 0x2109, 0x2116, 0x2122, 0x2126, 0x212e, ...range(0x2150, 0x215e),
  ...range(0x2190, 0x2199), ...range(0x21d0, 0x21d4),
  0x2212, 0x2215, 0x2219, 0x221a, 0x221e, 0x2248, 0x2260, 0x2261, 0x2264, 0x2265,
  0x25a0, 0x25a1, 0x25aa, 0x25ab, 0x25b2, 0x25b3, 0x25b6, 0x25ba, 0x25bc, 0x25c0, 0x25c4, 0x25c6, 0x25cb, 0x25cf, 0x25e6,
  0xfffd,
];

/**
 * Joining types (Unicode ArabicShaping.txt) of the Arabic letters measured in context.
 * D = dual-joining (four forms), R = right-joining (joins only the previous letter).
 */
// prettier-ignore
const ARABIC_JOINING = {
  ...Object.fromEntries(range(0x622, 0x625).map((c) => [c, 'R'])),
  0x626: 'D', 0x627: 'R', 0x628: 'D', 0x629: 'R',
  ...Object.fromEntries(range(0x62a, 0x62e).map((c) => [c, 'D'])),
  ...Object.fromEntries(range(0x62f, 0x632).map((c) => [c, 'R'])),
  ...Object.fromEntries(range(0x633, 0x63a).map((c) => [c, 'D'])),
  ...Object.fromEntries(range(0x641, 0x647).map((c) => [c, 'D'])),
  0x648: 'R', 0x649: 'D', 0x64a: 'D',
  0x671: 'R', 0x679: 'D', 0x67e: 'D', 0x686: 'D', 0x688: 'R', 0x691: 'R', 0x698: 'R',
  0x6a9: 'D', 0x6af: 'D', 0x6ba: 'D', 0x6be: 'D', 0x6c0: 'R', 0x6c1: 'D', 0x6cc: 'D', 0x6d2: 'R', 0x6d5: 'R',
};
const TATWEEL = '\u0640';
const LAM = '\u0644';
const LAM_ALEFS = ['\u0627', '\u0623', '\u0625', '\u0622'];

// Never stored unless a face measures them wider than their fallback (CJK in a real
// CJK font is 1em; emoji in Noto Color Emoji are 1.245em): a .notdef box or a
// monochrome stand-in on this machine would understate what readers see.
const CJK_SAMPLES = cps('中文日本語国人年月的是の、。「」０Ａ');
const HANGUL_SAMPLES = cps('한국어서울대통령ㄱㅏ');
const EMOJI_SAMPLES = cps('😀🎉⚽🚀❤👍🔥✅🌍⭐☀🇺');

// ---------------------------------------------------------------- fallbacks (policy)
// Noto Color Emoji advances 1.245 em, so 1.25 already leaves room for SVG's 1/64 px snapping;
// CJK fonts advance exactly 1 em, so the wide fallback gets SAFETY on top.
const EMOJI_EM = 1.25;
const WIDE_EM = SAFETY;
const UNKNOWN_EM = 0.65;

/** Zero advance whatever the font: combining marks, joiners, bidi controls, selectors. */
// prettier-ignore
const ZERO_WIDTH_RANGES = [
  [0x00, 0x08], [0x0e, 0x1f], [0x7f, 0x9f], [0xad, 0xad],
  [0x300, 0x36f], [0x483, 0x489],
  [0x591, 0x5bd], [0x5bf, 0x5bf], [0x5c1, 0x5c2], [0x5c4, 0x5c5], [0x5c7, 0x5c7],
  [0x610, 0x61a], [0x61c, 0x61c], [0x64b, 0x65f], [0x670, 0x670],
  [0x6d6, 0x6dc], [0x6df, 0x6e4], [0x6e7, 0x6e8], [0x6ea, 0x6ed],
  [0x8d3, 0x8e1], [0x8e3, 0x8ff],
  [0x1160, 0x11ff], [0x180b, 0x180f], [0x1ab0, 0x1aff], [0x1dc0, 0x1dff],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2064], [0x2066, 0x206f],
  [0x20d0, 0x20ff], [0xfe00, 0xfe0f], [0xfe20, 0xfe2f], [0xfeff, 0xfeff],
  [0x1f3fb, 0x1f3ff], [0xe0000, 0xe007f], [0xe0100, 0xe01ef],
];
/** Pictographs that browsers draw with a colour emoji font. */
// prettier-ignore
const EMOJI_RANGES = [
  [0x231a, 0x231b], [0x23e9, 0x23f3], [0x23f8, 0x23fa], [0x2600, 0x27bf],
  [0x2b05, 0x2b07], [0x2b1b, 0x2b1c], [0x2b50, 0x2b55], [0x3030, 0x3030], [0x303d, 0x303d],
  [0x3297, 0x3297], [0x3299, 0x3299], [0x1f000, 0x1faff],
];
/** East Asian wide / fullwidth: one em in every CJK font. */
// prettier-ignore
const WIDE_RANGES = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f],
  [0xff00, 0xff60], [0xffe0, 0xffe6], [0x20000, 0x3fffd],
];
/**
 * Blocks whose unlisted characters get the widest width measured in that block:
 * they are rare, so erring wide costs little and never overlaps.
 */
// prettier-ignore
const SCRIPT_BLOCKS = [
  ['Latin', [[0x0180, 0x02ff], [0x1e00, 0x1eff], [0x2c60, 0x2c7f], [0xa720, 0xa7ff]], [[0x20, 0x17f], [0x1e00, 0x1eff]]],
  ['Greek', [[0x0370, 0x03ff], [0x1f00, 0x1fff]], [[0x370, 0x3ff]]],
  ['Cyrillic', [[0x0400, 0x052f], [0x1c80, 0x1c8f], [0x2de0, 0x2dff], [0xa640, 0xa69f]], [[0x400, 0x4ff]]],
  ['Hebrew', [[0x0590, 0x05ff], [0xfb1d, 0xfb4f]], [[0x590, 0x5ff]]],
  ['Arabic', [[0x0600, 0x06ff], [0x0750, 0x077f], [0x08a0, 0x08ff], [0xfb50, 0xfdff], [0xfe70, 0xfeff]], [[0x621, 0x6ff]]],
  ['Punctuation', [[0x2000, 0x206f]], [[0x2010, 0x205f]]],
];

// ---------------------------------------------------------------- browser side
const LAUNCH = {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--no-first-run'],
};

/** Which platform fonts drew each string, one span per string (DevTools CSS domain). */
async function platformFonts(page, cdp, family, strings) {
  await page.evaluate(
    ({ family, strings }) => {
      const host = document.getElementById('probe');
      host.replaceChildren();
      host.style.fontFamily = family;
      for (const s of strings) {
        const span = document.createElement('span');
        span.textContent = s;
        host.append(span, document.createElement('br'));
      }
      // DevTools answers from the last layout; without forcing one, fresh spans report no fonts.
      return host.offsetHeight;
    },
    { family, strings },
  );
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '#probe > span' });
  const answers = await Promise.all(nodeIds.map((nodeId) => cdp.send('CSS.getPlatformFontsForNode', { nodeId })));
  return answers.map((a) => a.fonts.map((f) => f.familyName));
}

/**
 * Canvas metrics of each string at 100px, plus whether it drew the .notdef box
 * (same advance and ink box as an unassigned code point in the same font).
 */
async function measure(page, font, strings) {
  return page.evaluate(
    ({ font, strings }) => {
      const ctx = document.createElement('canvas').getContext('2d');
      ctx.font = font;
      const sig = (m) =>
        [m.width, m.actualBoundingBoxLeft, m.actualBoundingBoxRight, m.actualBoundingBoxAscent, m.actualBoundingBoxDescent]
          .map((v) => v.toFixed(2))
          .join();
      const notdef = sig(ctx.measureText('\u0378'));
      return strings.map((s) => {
        const m = ctx.measureText(s);
        return { width: m.width, tofu: sig(m) === notdef };
      });
    },
    { font, strings },
  );
}

const fontShorthand = (weight, family) => `${weight === 'bold' ? 'bold ' : ''}${SIZE}px ${family}`;
const quote = (face) => `"${face}"`;

/** Installed faces, with Arial resolved to whatever fontconfig really substitutes. */
async function installedFaces(page, cdp, stack) {
  const named = stack.split(',').map((f) => f.trim().replace(/^["']|["']$/g, ''));
  const candidates = [
    ...new Set([...named.filter((f) => !/^(sans-serif|serif|monospace|system-ui)$/.test(f)), 'Liberation Sans', 'Arial']),
  ];
  const found = [];
  for (const face of candidates) {
    const arabic = /arabic/i.test(face);
    const [fonts] = await platformFonts(page, cdp, quote(face), [arabic ? 'بسم الله' : 'Hamburgefonstiv']);
    const used = fonts?.[0];
    // fontconfig quietly substitutes unknown names; only an exact family match is "installed".
    if (fonts?.length === 1 && used.toLowerCase() === face.toLowerCase()) found.push(face);
    else console.log(`  ${face}: not installed (Chromium substituted ${fonts?.join(', ') || 'nothing'})`);
  }
  return found;
}

// ---------------------------------------------------------------- main
async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (set EVENTLINE_CHROMIUM)`);
  const stack = readFontFamily();
  const browser = await chromium.launch(LAUNCH);
  const version = browser.version();
  try {
    const context = await browser.newContext({ offline: true });
    const page = await context.newPage();
    await page.route('**/*', (route) => (/^(about|data|file|blob):/.test(route.request().url()) ? route.continue() : route.abort()));
    await page.setContent(
      '<!doctype html><meta charset="utf-8"><body><div id="probe" style="white-space:pre;font-size:20px"></div></body>',
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');

    console.log(`Chromium ${version}; FONT_FAMILY = ${stack}`);
    const faces = await installedFaces(page, cdp, stack);
    console.log(`  measuring faces: ${faces.join(', ')} + the whole stack`);

    const arabicLetters = Object.keys(ARABIC_JOINING).map(Number);
    const samples = [...CJK_SAMPLES, ...HANGUL_SAMPLES, ...EMOJI_SAMPLES];
    const singles = [...new Set([...TABLE_CHARS, ...arabicLetters, ...samples])];
    const chars = singles.map((c) => String.fromCodePoint(c));
    // Contextual forms of Arabic letters, measured next to tatweel and minus the tatweel.
    const formStrings = arabicLetters.flatMap((c) => {
      const x = String.fromCodePoint(c);
      return [TATWEEL + x, x + TATWEEL, TATWEEL + x + TATWEEL];
    });

    /** @type {Record<'normal'|'bold', Map<number, number>>} max width per code point, in 1/100 em */
    const best = { normal: new Map(), bold: new Map() };
    /** joined (initial/medial) widths of dual-joining letters */
    const joined = { normal: new Map(), bold: new Map() };
    const keepMax = (map, cp, w) => map.set(cp, Math.max(map.get(cp) ?? 0, w));
    const picked = {}; // which platform font the stack used, per script sample (for the report)
    const lamAlef = { normal: new Map(), bold: new Map() }; // ligature width, keyed by the alef

    for (const source of [...faces, 'STACK']) {
      const family = source === 'STACK' ? stack : quote(source);
      const fonts = await platformFonts(page, cdp, family, chars);
      const covered = chars.map((_, i) => source === 'STACK' || (fonts[i].length === 1 && fonts[i][0] === source));
      if (source === 'STACK') {
        for (const [label, s] of [
          ['Latin', 'Hello'],
          ['Arabic', 'مرحبا بالعالم'],
          ['Arabic digits', '٢٠٢٤'],
          ['Persian', 'پچگک'],
          ['Hebrew', 'שלום'],
          ['Cyrillic', 'Привет'],
          ['Greek', 'Γειά'],
          ['CJK', '中文'],
          ['Hangul', '한국'],
          ['Emoji', '😀🎉'],
        ]) {
          const tofu = (await measure(page, fontShorthand('normal', family), [...s])).some((m) => m.tofu);
          picked[label] = (await platformFonts(page, cdp, family, [s]))[0].join(' + ') + (tofu ? ' (.notdef: no font has them)' : '');
        }
      }
      for (const weight of ['normal', 'bold']) {
        const font = fontShorthand(weight, family);
        const single = await measure(page, font, chars);
        const hasTatweel = covered[chars.indexOf(TATWEEL)] && !single[chars.indexOf(TATWEEL)].tofu;
        singles.forEach((cp, i) => {
          if (covered[i] && !single[i].tofu) keepMax(best[weight], cp, single[i].width);
        });
        if (!hasTatweel) continue;
        const [t1, t2] = (await measure(page, font, [TATWEEL, TATWEEL + TATWEEL])).map((m) => m.width);
        const forms = await measure(page, font, formStrings);
        arabicLetters.forEach((cp, k) => {
          const i = chars.indexOf(String.fromCodePoint(cp));
          if (!covered[i] || single[i].tofu) return;
          const [fin, ini, med] = [forms[3 * k].width - t1, forms[3 * k + 1].width - t1, forms[3 * k + 2].width - t2];
          keepMax(best[weight], cp, Math.max(single[i].width, fin)); // isolated / final: ends a join
          if (ARABIC_JOINING[cp] === 'D') keepMax(joined[weight], cp, Math.max(ini, med, 0));
        });
        // Lam + alef is a mandatory ligature, and can be wider than lam and alef apart.
        const ligatures = await measure(
          page,
          font,
          LAM_ALEFS.flatMap((a) => [LAM + a, TATWEEL + LAM + a]),
        );
        LAM_ALEFS.forEach((a, k) => {
          keepMax(lamAlef[weight], a.codePointAt(0), Math.max(ligatures[2 * k].width, ligatures[2 * k + 1].width - t1));
        });
      }
    }

    const toMilli = (w) => Math.ceil(Math.round((w / SIZE) * SAFETY * 1e6) / 1e3); // round up to 1/1000 em
    const milli = { normal: new Map(), bold: new Map() };
    const joinedMilli = { normal: new Map(), bold: new Map() };
    const fallbackMilli = (cp) => (inRanges(cp, EMOJI_RANGES) ? EMOJI_EM : inRanges(cp, WIDE_RANGES) ? WIDE_EM : null);
    for (const cp of singles) {
      const n = best.normal.get(cp);
      const b = best.bold.get(cp);
      if (n === undefined && b === undefined) continue;
      if (inRanges(cp, ZERO_WIDTH_RANGES)) continue;
      const nm = toMilli(n ?? b);
      // A missing bold face is synthesised from the regular one, so bold is never narrower.
      const bm = Math.max(nm, toMilli(b ?? n));
      const fb = fallbackMilli(cp);
      if (fb !== null && bm <= fb * 1000) continue;
      milli.normal.set(cp, nm);
      milli.bold.set(cp, bm);
    }
    for (const cp of arabicLetters) {
      if (!joined.normal.has(cp) && !joined.bold.has(cp)) continue;
      const nm = toMilli(joined.normal.get(cp) ?? joined.bold.get(cp));
      joinedMilli.normal.set(cp, nm);
      joinedMilli.bold.set(cp, Math.max(nm, toMilli(joined.bold.get(cp) ?? joined.normal.get(cp))));
    }

    // Give lam enough joined width that lam + alef covers the ligature.
    const lam = LAM.codePointAt(0);
    for (const weight of ['normal', 'bold']) {
      for (const [alef, width] of lamAlef[weight]) {
        const need = toMilli(width) - milli[weight].get(alef);
        if (need > joinedMilli[weight].get(lam)) joinedMilli[weight].set(lam, need);
      }
    }
    if (joinedMilli.bold.get(lam) < joinedMilli.normal.get(lam)) joinedMilli.bold.set(lam, joinedMilli.normal.get(lam));

    const missing = TABLE_CHARS.filter((cp) => !milli.normal.has(cp) && !inRanges(cp, ZERO_WIDTH_RANGES));
    if (missing.length) console.log(`  no face drew ${missing.length} table chars: ${missing.map((c) => c.toString(16)).join(' ')}`);
    const tofuSamples = samples.filter((cp) => !best.normal.has(cp));
    if (tofuSamples.length) console.log(`  no font here for ${String.fromCodePoint(...tofuSamples)} (fallbacks apply)`);
    console.log('  fonts the stack picked:');
    for (const [k, v] of Object.entries(picked)) console.log(`    ${k.padEnd(14)} ${v}`);

    const scriptFallbacks = SCRIPT_BLOCKS.map(([name, blocks, measuredIn]) => {
      const widths = [...milli.bold].filter(([cp]) => inRanges(cp, measuredIn)).map(([, w]) => w);
      return [name, blocks, widths.length ? Math.max(...widths) / 1000 : UNKNOWN_EM];
    });

    const source = render({ version, faces, picked, milli, joinedMilli, scriptFallbacks });
    writeFileSync(OUT, source);
    console.log(
      `wrote ${OUT} (${Buffer.byteLength(source)} bytes, ${milli.normal.size} chars, ${joinedMilli.normal.size} joined Arabic forms)`,
    );
  } finally {
    await browser.close();
  }
}

function inRanges(cp, ranges) {
  return ranges.some(([a, b]) => cp >= a && cp <= b);
}

// ---------------------------------------------------------------- output
const hex = (n) => `0x${n.toString(16)}`;

/** `v,v,v,w` → `v*3,w`: accented letters often share their base letter's width. */
function rle(tokens) {
  const out = [];
  for (let i = 0; i < tokens.length;) {
    let j = i;
    while (j < tokens.length && tokens[j] === tokens[i]) j++;
    out.push(j - i > 1 ? `${tokens[i]}*${j - i}` : tokens[i]);
    i = j;
  }
  return out.join(',');
}

/**
 * Runs of nearly consecutive code points; small holes become empty items. Bold is
 * stored as its excess over normal, which keeps the file under 15 KB.
 */
function runs(normal, bold) {
  const keys = [...normal.keys()].sort((a, b) => a - b);
  const out = [];
  let cur = null;
  for (const cp of keys) {
    if (cur && cp - cur.last <= 4) {
      for (let gap = cur.last + 1; gap < cp; gap++) {
        cur.n.push('');
        cur.b.push('');
      }
    } else {
      cur = { start: cp, last: cp, n: [], b: [] };
      out.push(cur);
    }
    cur.n.push(String(normal.get(cp)));
    cur.b.push(String(bold.get(cp) - normal.get(cp)));
    cur.last = cp;
  }
  return out.map((r) => `  [${hex(r.start)}, '${rle(r.n)}', '${rle(r.b)}'],`).join('\n');
}

/** Greedy word wrap for the generated header comment. */
function wrap(text, width) {
  const lines = [''];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (lines[last] && lines[last].length + word.length + 1 > width) lines.push(word);
    else lines[last] = lines[last] ? `${lines[last]} ${word}` : word;
  }
  return lines;
}

const rangeList = (ranges) => ranges.map(([a, b]) => `[${hex(a)}, ${hex(b)}]`).join(', ');

function render({ version, faces, picked, milli, joinedMilli, scriptFallbacks }) {
  const date = new Date().toISOString().slice(0, 10);
  const rightJoining = Object.entries(ARABIC_JOINING)
    .filter(([, t]) => t === 'R')
    .map(([c]) => Number(c));
  return `/**
 * Advance widths of characters in the label font stack, in thousandths of an em.
 *
 * GENERATED by \`node scripts/calibrate-widths.mjs\` on ${date} with Chromium ${version}
 * (canvas measureText at ${SIZE}px). Do not edit by hand: change the script and re-run it.
 *
 * Each width is the MAX (+${Math.round((SAFETY - 1) * 100)}%, rounded up) over the installed faces
 * (${faces.join(', ')}) and the whole FONT_FAMILY stack.
 * What the stack resolved to on the calibrating machine:
${wrap(
  Object.entries(picked)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; '),
  88,
)
  .map((l) => ` *   ${l}`)
  .join('\n')}
 */

/**
 * A run of consecutive code points: \`[first code point, normal widths, bold minus normal]\`,
 * each a comma-separated list of thousandths of an em, where \`v*n\` repeats v n times and
 * an empty item means "not measured".
 *
 * @example
 * const [first, normal, boldExtra] = WIDTH_RUNS[0]!; // first === 0x20 (space)
 * const spaceEm = Number(normal.split(',')[0]) / 1000;
 * const boldSpaceEm = spaceEm + Number(boldExtra.split(',')[0]) / 1000;
 */
export const WIDTH_RUNS: readonly (readonly [number, string, string])[] = [
${runs(milli.normal, milli.bold)}
];

/**
 * Arabic dual-joining letters when joined to the FOLLOWING letter (max of the initial and
 * medial forms), same layout as {@link WIDTH_RUNS}. Their entry in WIDTH_RUNS is the max of
 * the isolated and final forms, which have the wide tails.
 *
 * @example
 * // "بب": the first beh joins the second, so it takes its width from here.
 * const behRun = ARABIC_JOINED_RUNS.find(([first]) => first <= 0x628);
 */
export const ARABIC_JOINED_RUNS: readonly (readonly [number, string, string])[] = [
${runs(joinedMilli.normal, joinedMilli.bold)}
];

/**
 * Arabic letters that join the previous letter but never the next (alef, dal, reh, waw…),
 * plus tatweel, which joins both ways. With ARABIC_JOINED_RUNS this tells whether a letter
 * is followed by a letter it connects to.
 *
 * @example
 * ARABIC_RIGHT_JOINING.includes('ا'); // true
 */
export const ARABIC_RIGHT_JOINING = '${rightJoining.map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}\\u0640';

/**
 * Code points with no advance in any font: combining marks (incl. Arabic harakat, Hebrew
 * points), zero-width spaces and joiners, bidi controls, variation selectors, tags,
 * emoji skin-tone modifiers (they merge into the preceding emoji) and control characters.
 *
 * @example
 * ZERO_WIDTH_RANGES.some(([a, b]) => 0x200d >= a && 0x200d <= b); // true (ZWJ)
 */
export const ZERO_WIDTH_RANGES: readonly (readonly [number, number])[] = [
  ${rangeList(ZERO_WIDTH_RANGES)},
];

/**
 * Pictographs drawn by colour emoji fonts, each ${EMOJI_EM} em (Noto Color Emoji is 1.245 em).
 *
 * @example
 * EMOJI_RANGES.some(([a, b]) => 0x1f600 >= a && 0x1f600 <= b); // true (😀)
 */
export const EMOJI_RANGES: readonly (readonly [number, number])[] = [
  ${rangeList(EMOJI_RANGES)},
];

/** Width of one emoji (or emoji sequence), in em. @example EMOJI_EM * 12 // px at 12px */
export const EMOJI_EM = ${EMOJI_EM};

/**
 * East Asian wide and fullwidth characters (CJK, kana, Hangul), each ${WIDE_EM} em (CJK fonts: 1 em).
 *
 * @example
 * WIDE_RANGES.some(([a, b]) => 0x4e2d >= a && 0x4e2d <= b); // true (中)
 */
export const WIDE_RANGES: readonly (readonly [number, number])[] = [
  ${rangeList(WIDE_RANGES)},
];

/** Width of a CJK / Hangul / fullwidth character (1 em + 1% safety), in em. @example WIDE_EM * 14 // px at 14px */
export const WIDE_EM = ${WIDE_EM};

/**
 * Unlisted characters of a known script: \`[script, blocks, em]\`, where em is the widest
 * (bold) width measured in that script, since rare characters are better overestimated.
 *
 * @example
 * const [, , cyrillicEm] = SCRIPT_FALLBACKS.find(([name]) => name === 'Cyrillic')!;
 */
export const SCRIPT_FALLBACKS: readonly (readonly [string, readonly (readonly [number, number])[], number])[] = [
${scriptFallbacks.map(([name, blocks, em]) => `  ['${name}', [${rangeList(blocks)}], ${em}],`).join('\n')}
];

/** Width of any other character, in em. @example UNKNOWN_EM * 12 // px at 12px */
export const UNKNOWN_EM = ${UNKNOWN_EM};
`;
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
