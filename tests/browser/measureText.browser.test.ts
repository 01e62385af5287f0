/**
 * The width table against the real thing: Chromium drawing SVG <text> with FONT_FAMILY.
 * Estimates must never be narrower than what Chromium draws (labels would collide) and
 * not more than 1.35× wider (labels would be truncated for nothing).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { WIDTH_RUNS } from '../../src/layout/charWidths.js';
import { FONT_FAMILY } from '../../src/layout/font.js';
import { measureTextWidth } from '../../src/layout/measureText.js';
import {
  describeBrowser,
  getBlockedRequests,
  getConsoleErrors,
  measureSvgInChromium,
  screenshotSvg,
  withPage,
} from '../helpers/chromium.js';

const MAX_RATIO = 1.35;
const SIZES = [12, 14] as const;
const WEIGHTS = ['normal', 'bold'] as const;

/** Realistic labels, tagged by script for the report. */
const CORPUS: readonly (readonly [script: string, text: string])[] = [
  ['English', 'Putin and Kim Jong Un sign mutual defence pact in Pyongyang'],
  ['English', 'Federal Reserve holds interest rates steady at 5.25%'],
  ['English', 'WWII: Allied forces land in Normandy (D-Day)'],
  ['English', 'Apollo 11 lands on the Moon — “One small step”'],
  ['English', 'iPhone 15 launch, Q3 earnings & 2024 outlook'],
  ['English', 'Wimbledon final: Alcaraz beats Djokovic 6–2, 6–2, 7–6'],
  ['English', 'illicit tariff fit: lift ill will'],
  ['Arabic', 'وقع الرئيس الروسي فلاديمير بوتين اتفاقية مع الزعيم الكوري الشمالي'],
  ['Arabic', 'كيم جونغ أون خلال زيارة إلى بيونغ يانغ'],
  ['Arabic', 'اتفاقية شراكة استراتيجية شاملة بين البلدين'],
  ['Arabic', 'قالت وكالة الأنباء الرسمية إن المحادثات استمرت ساعتين'],
  ['Arabic', 'الأمم المتحدة تدعو إلى وقف فوري لإطلاق النار في غزة'],
  ['Arabic', 'انتخابات رئاسية مبكرة في إيران بعد وفاة الرئيس'],
  ['Arabic', 'بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ'],
  ['Arabic', 'هل سيستمر التضخم؟ نعم، لكن ببطء'],
  ['Persian', 'رئیس‌جمهور ایران در سفر به پکن گفت'],
  ['Arabic+digits', 'قمة مجموعة العشرين ٢٠٢٤ في ريو دي جانيرو'],
  ['Arabic+digits', 'ارتفاع الأسعار بنسبة 3.5% في يونيو 2024'],
  ['Arabic+digits', 'الساعة ١٠:٣٠ صباحاً بتوقيت مكة'],
  ['Russian', 'Путин и Ким Чен Ын подписали договор о всеобъемлющем стратегическом партнёрстве'],
  ['Russian', 'Центральный банк повысил ключевую ставку до 16%'],
  ['Russian', 'Щёлковское шоссе: движение ограничено'],
  ['Russian', 'ЖЮЩЫ: широкие буквы'],
  ['French', 'Élection présidentielle : le second tour aura lieu dimanche'],
  ['French', 'Crise énergétique : l’État prévoit des aides d’urgence'],
  ['French', 'Œuvres d’art à Notre-Dame : où en est la restauration ?'],
  ['French', 'Ça ne s’arrête pas : grève à la SNCF, trafic très perturbé'],
  ['Greek', 'Εκλογές στην Ελλάδα: νίκη της Νέας Δημοκρατίας'],
  ['Hebrew', 'ראש הממשלה נפגש עם נשיא ארצות הברית'],
  ['Korean', '윤석열 대통령, 비상계엄 선포'],
  ['Korean', '서울에서 열린 정상회담'],
  ['Korean', '한국은행 기준금리 동결'],
  ['Chinese', '中国国家主席习近平会见俄罗斯总统'],
  ['Chinese', '上海合作组织峰会在阿斯塔纳举行'],
  ['Chinese', '日本首相访问北京（2024年）'],
  ['Emoji', '🎉 Launch day'],
  ['Emoji', '⚽ World Cup final tonight'],
  ['Emoji', '😀 Happy New Year 2025!'],
  ['Emoji', '🇺🇦 Independence Day'],
  ['Emoji', 'Family trip 👨‍👩‍👧 to Rome'],
  ['Mixed', 'Kim Jong Un — كيم جونغ أون'],
  ['Mixed', 'Moscow / Москва / موسكو'],
];

interface Sample {
  script: string;
  text: string;
  size: number;
  weight: 'normal' | 'bold';
  real: number;
  estimate: number;
}

interface Rendering {
  samples: Sample[];
  /** Strings with a character no installed font has (drawn as a .notdef box here). */
  missingGlyphs: Set<string>;
  /** Strings whose emoji ZWJ sequences Chromium drew as separate glyphs (no emoji font). */
  unjoinedEmoji: Set<string>;
}

/** Draws every string as SVG text in Chromium and reads back its advance. */
async function renderCorpus(): Promise<Rendering> {
  const texts = CORPUS.flatMap(([script, text]) => SIZES.flatMap((size) => WEIGHTS.map((weight) => ({ script, text, size, weight }))));
  return withPage(async (page) => {
    await page.setContent('<!doctype html><meta charset="utf-8"><body style="margin:0"></body>');
    const measured = await page.evaluate(
      async ({ texts, family, strings }) => {
        const ns = 'http://www.w3.org/2000/svg';
        const svg = document.createElementNS(ns, 'svg');
        svg.setAttribute('width', '3000');
        svg.setAttribute('height', String(texts.length * 20 + 40));
        document.body.append(svg);
        const nodes = texts.map(({ text, size, weight }, i) => {
          const el = document.createElementNS(ns, 'text');
          el.setAttribute('x', '10');
          el.setAttribute('y', String(20 + i * 20));
          el.setAttribute('font-family', family);
          el.setAttribute('font-size', String(size));
          el.setAttribute('font-weight', weight);
          el.textContent = text;
          svg.append(el);
          return el;
        });
        await document.fonts.ready;
        const widths = nodes.map((el) => Math.max(el.getComputedTextLength(), el.getBoundingClientRect().width));

        // Font coverage of this machine, so a missing font is not mistaken for a bad table.
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `100px ${family}`;
        const sig = (t: string): string => {
          const m = ctx.measureText(t);
          return [m.width, m.actualBoundingBoxLeft, m.actualBoundingBoxRight, m.actualBoundingBoxAscent].map((v) => v.toFixed(2)).join();
        };
        const notdef = sig('\u0378');
        const missing = strings.filter((s) => [...s].some((ch) => ch.trim() !== '' && sig(ch) === notdef));
        const unjoined = strings.filter((s) =>
          (s.match(/\p{Extended_Pictographic}(\u200d\p{Extended_Pictographic})+/gu) ?? []).some((seq) => {
            const parts = seq.split('\u200d');
            const sum = parts.reduce((acc, p) => acc + ctx.measureText(p).width, 0);
            return ctx.measureText(seq).width > 0.9 * sum;
          }),
        );
        return { widths, missing, unjoined };
      },
      { texts, family: FONT_FAMILY, strings: CORPUS.map(([, text]) => text) },
    );
    expect(getConsoleErrors()).toEqual([]);
    return {
      samples: texts.map((t, i) => ({ ...t, real: measured.widths[i]!, estimate: measureTextWidth(t.text, t.size, t.weight) })),
      missingGlyphs: new Set(measured.missing),
      unjoinedEmoji: new Set(measured.unjoined),
    };
  });
}

/** Every code point the width table lists. */
function tableCharacters(): string[] {
  return WIDTH_RUNS.flatMap(([first, normals]) => {
    const tokens = normals.split(',').flatMap((t) => {
      const [value = '', times] = t.split('*');
      return Array<string>(Number(times ?? 1)).fill(value);
    });
    return tokens.flatMap((value, i) => (value === '' ? [] : [String.fromCodePoint(first + i)]));
  });
}

/** SVG <text> advance of each string, all at one size and weight. */
async function chromiumWidths(strings: string[], size: number, weight: string): Promise<number[]> {
  return withPage(async (page) => {
    await page.setContent('<!doctype html><meta charset="utf-8"><body></body>');
    return page.evaluate(
      ({ strings, family, size, weight }) => {
        const ns = 'http://www.w3.org/2000/svg';
        const svg = document.createElementNS(ns, 'svg');
        document.body.append(svg);
        const nodes = strings.map((s) => {
          const el = document.createElementNS(ns, 'text');
          el.setAttribute('font-family', family);
          el.setAttribute('font-size', String(size));
          el.setAttribute('font-weight', weight);
          el.textContent = s;
          svg.append(el);
          return el;
        });
        return nodes.map((el) => el.getComputedTextLength());
      },
      { strings, family: FONT_FAMILY, size, weight },
    );
  });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

describeBrowser('measureTextWidth against Chromium', () => {
  let rendering: Rendering;

  beforeAll(async () => {
    rendering = await renderCorpus();
    const byScript = new Map<string, number[]>();
    for (const s of rendering.samples) {
      if (rendering.missingGlyphs.has(s.text) || rendering.unjoinedEmoji.has(s.text)) continue;
      byScript.set(s.script, [...(byScript.get(s.script) ?? []), s.estimate / s.real]);
    }
    const all = [...byScript.values()].flat();
    const rows = [...byScript, ['ALL', all] as const].map(
      ([script, ratios]) =>
        `  ${script.padEnd(14)} n=${String(ratios.length).padStart(3)}  min ${Math.min(...ratios).toFixed(3)}  ` +
        `median ${median([...ratios]).toFixed(3)}  max ${Math.max(...ratios).toFixed(3)}`,
    );
    console.log(`estimate / Chromium width (12 & 14px, normal & bold):\n${rows.join('\n')}`);
    if (rendering.missingGlyphs.size) {
      console.log(`  no installed font for (upper bound not checked): ${[...rendering.missingGlyphs].join(' | ')}`);
    }
    if (rendering.unjoinedEmoji.size) {
      console.warn(`  no colour emoji font: ZWJ sequences drawn as separate glyphs: ${[...rendering.unjoinedEmoji].join(' | ')}`);
    }
  });

  it('drew every string', () => {
    expect(rendering.samples).toHaveLength(CORPUS.length * SIZES.length * WEIGHTS.length);
    for (const s of rendering.samples) expect(s.real, s.text).toBeGreaterThan(0);
  });

  it.each(CORPUS.map(([script, text]) => ({ script, text })))('$script: $text', ({ text }) => {
    const failures: string[] = [];
    for (const s of rendering.samples.filter((x) => x.text === text)) {
      const where = `${s.size}px ${s.weight}: estimate ${s.estimate.toFixed(2)} vs Chromium ${s.real.toFixed(2)}`;
      if (s.estimate < s.real) failures.push(`too narrow at ${where}`);
      // Emoji sequences are counted part by part (safe without a colour-emoji font), so
      // with such a font they are knowingly too wide.
      const joinable = /\u200d|\p{Emoji_Modifier}/u.test(text) && !rendering.unjoinedEmoji.has(text);
      if (!rendering.missingGlyphs.has(text) && !joinable && s.estimate > MAX_RATIO * s.real) {
        failures.push(`more than ${MAX_RATIO}× too wide at ${where} (×${(s.estimate / s.real).toFixed(3)})`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('is never narrower than Chromium for any listed character or pair of Arabic letters', async () => {
    const arabic = [...'ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىيپچژکگیۀہھںےٹڈڑ'];
    const strings = [...tableCharacters(), ...arabic.flatMap((a) => arabic.map((b) => a + b)), 'لا لأ لإ لآ ـلا'];
    const failures: string[] = [];
    for (const size of SIZES) {
      for (const weight of WEIGHTS) {
        const real = await chromiumWidths(strings, size, weight);
        strings.forEach((s, i) => {
          const estimate = measureTextWidth(s, size, weight);
          if (estimate < real[i]!) failures.push(`${s} (${size}px ${weight}): ${estimate.toFixed(3)} < ${real[i]!.toFixed(3)}`);
        });
      }
    }
    expect(strings.length).toBeGreaterThan(2500);
    expect(failures.slice(0, 30)).toEqual([]);
  });
});

/** Event labels in a row, each placed right after the previous one's estimated width. */
function labelRow(texts: readonly string[], size: number, weight: 'normal' | 'bold', extra = ''): string {
  let x = 0;
  const groups = texts.map((text, i) => {
    const g =
      `<g data-event-id="e${i}"><text class="el-label" x="${x}" y="${size * 1.5}" font-family='${FONT_FAMILY}' ` +
      `font-size="${size}" font-weight="${weight}">${text}</text></g>`;
    x += measureTextWidth(text, size, weight);
    return g;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(x)}" height="${size * 2}">${groups.join('')}${extra}</svg>`;
}

describeBrowser('labels laid out with measureTextWidth in Chromium', () => {
  const LATIN_RTL_MIX = [
    'Putin and Kim sign pact',
    'وقع الرئيس الروسي',
    'Путин и Ким',
    'Élection présidentielle',
    'ראש הממשלה',
    'الساعة ١٠:٣٠',
  ];

  it.each(WEIGHTS)('do not overlap or leave the SVG side by side (%s)', async (weight) => {
    const result = await measureSvgInChromium(labelRow(LATIN_RTL_MIX, 14, weight));
    expect(result.labels.map((l) => l.id)).toEqual(LATIN_RTL_MIX.map((_, i) => `e${i}`));
    expect(result.labels.map((l) => l.text)).toEqual([...LATIN_RTL_MIX]);
    expect(result.overlaps).toEqual([]);
    expect(result.outside).toEqual([]);
    expect(getConsoleErrors()).toEqual([]);
  });

  it('reports overlapping and overflowing labels (the harness can fail)', async () => {
    // Shifting every label 10% left of its estimated slot makes neighbours collide.
    const svg = labelRow(LATIN_RTL_MIX, 14, 'normal').replace(/x="([\d.]+)"/g, (_, x: string) => `x="${Number(x) * 0.9}"`);
    const squeezed = await measureSvgInChromium(svg);
    expect(squeezed.overlaps.length).toBeGreaterThan(0);
    const firstWidth = Math.ceil(measureTextWidth(LATIN_RTL_MIX[0]!, 14));
    const narrow = await measureSvgInChromium(svg.replace(/width="\d+"/, `width="${firstWidth}"`));
    expect(narrow.width).toBe(firstWidth);
    expect(narrow.outside).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
  });

  it('keeps pages off the network', async () => {
    const extra = '<image href="http://example.invalid/pixel.png" width="1" height="1"/>';
    const result = await measureSvgInChromium(labelRow(['offline'], 12, 'normal', extra));
    expect(result.labels).toHaveLength(1);
    expect(getBlockedRequests()).toEqual(['http://example.invalid/pixel.png']);
  });

  it('screenshots the SVG alone at its own size', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eventline-'));
    try {
      const png = join(dir, 'nested', 'row.png');
      const svg = labelRow(LATIN_RTL_MIX, 14, 'bold');
      await screenshotSvg(svg, png);
      const bytes = await readFile(png);
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
      expect(width).toBe(Number(/width="(\d+)"/.exec(svg)?.[1]));
      expect(height).toBe(28);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
