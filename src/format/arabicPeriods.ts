/** Masculine ordinals 1–9 («القرن» is masculine). */
const UNITS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
/** Tens 20–90 in the nominative; the genitive ends in «ين» instead of «ون». */
const TENS = ['العشرون', 'الثلاثون', 'الأربعون', 'الخمسون', 'الستون', 'السبعون', 'الثمانون', 'التسعون'];

/**
 * An Arabic masculine ordinal from 1 to 100 in words: 20 → «العشرون» (standing alone) or
 * «العشرين» (after a noun it belongs to, as in «ستينيات القرن العشرين»); 21 → «الحادي
 * والعشرون». Undefined past 100, where the digits are clearer than words.
 */
function ordinal(n: number, genitive: boolean): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 100) return undefined;
  if (n === 100) return 'المئة';
  const unit = n % 10;
  const ten = Math.floor(n / 10);
  // In compounds "first" is «الحادي», as in «الحادي عشر», «الحادي والعشرون».
  const compound = unit === 1 ? 'الحادي' : UNITS[unit - 1];
  if (ten === 0) return UNITS[unit - 1];
  if (ten === 1) return unit === 0 ? 'العاشر' : `${compound} عشر`;
  const tens = genitive ? TENS[ten - 2]!.replace(/ون$/, 'ين') : TENS[ten - 2]!;
  return unit === 0 ? tens : `${compound} و${tens}`;
}

/**
 * A century as a newsroom writes it, from its first year: 1900 → «القرن العشرون»,
 * 2000 → «القرن الحادي والعشرون». (EDTF `19XX` is 1900–1999: what readers call the 20th century.)
 *
 * @example
 * ```ts
 * arabicCentury(1800) // 'القرن التاسع عشر'
 * ```
 */
export function arabicCentury(year: number): string {
  const century = Math.floor(year / 100) + 1;
  return `القرن ${ordinal(century, false) ?? century}`;
}

/**
 * A decade from its first year. The decades of the 20th century have their own names
 * («الستينيات»); those of other centuries are named within their century («ستينيات القرن
 * التاسع عشر»), and the first two, which have no such name, by their place in it
 * («العقد الأول من القرن الحادي والعشرين»).
 *
 * @example
 * ```ts
 * arabicDecade(1960) // 'الستينيات'
 * arabicDecade(1860) // 'ستينيات القرن التاسع عشر'
 * ```
 */
export function arabicDecade(year: number): string {
  const century = Math.floor(year / 100) + 1;
  const decade = Math.floor(year / 10) % 10;
  const of = ordinal(century, true);
  if (of === undefined) return `عقد ${year}`;
  if (decade < 2) return `العقد ${decade === 0 ? 'الأول' : 'الثاني'} من القرن ${of}`;
  // «العشرون» → «العشرينيات»: the decade is named for its tens.
  const name = TENS[decade - 2]!.replace(/ون$/, 'ينيات');
  return century === 20 ? name : `${name.slice(2)} القرن ${of}`;
}
