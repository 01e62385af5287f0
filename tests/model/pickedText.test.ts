import { describe, expect, it } from 'vitest';
import { pickedText, pickText } from '../../src/model/pickText.js';

describe('pickedText', () => {
  it('picks what pickText picks and names its language', () => {
    const cases: [Record<string, string>, string][] = [
      [{ en: 'Summit', ar: 'قمة' }, 'ar'],
      [{ en: 'Summit', ar: 'قمة' }, 'ar-EG'],
      [{ en: 'Summit', 'ar-EG': 'قمة' }, 'ar'],
      [{ en: 'Summit', ar: 'قمة' }, 'fr'],
      [{ ru: 'Саммит', ko: '정상회담' }, 'fr'],
      [{ en: 'Same', fr: 'Same' }, 'fr'],
    ];
    for (const [text, locale] of cases) {
      const picked = pickedText(text, locale);
      expect(picked.text).toBe(pickText(text, locale));
      expect(text[picked.lang!]).toBe(picked.text);
    }
    expect(pickedText({ en: 'Summit', ar: 'قمة' }, 'fr').lang).toBe('en');
    expect(pickedText({ en: 'Same', fr: 'Same' }, 'fr').lang).toBe('fr');
  });

  it('knows no language for a plain string, and never reads Object.prototype', () => {
    expect(pickedText('Summit', 'ar')).toEqual({ text: 'Summit', lang: undefined });
    expect(pickedText({ en: 'Summit' }, 'constructor')).toEqual({ text: 'Summit', lang: 'en' });
  });
});
