import { localDigits } from './localeTag.js';
import { getLocaleSpec, specLanguage } from './locales.js';
import { supportedTag } from './monthNames.js';

const rules = new Map<string, Intl.PluralRules>();
/** Tags come from data and options; a page that shows many languages must not grow this without end. */
const MAX_RULES = 64;

/** Plural rules for a tag, English where the runtime has none for it (see {@link supportedTag}). */
function pluralRules(tag: string): Intl.PluralRules {
  let found = rules.get(tag);
  if (!found) {
    // Asked of PluralRules itself: asking DateTimeFormat cost a fresh page ~10 ms of its locale data.
    found = new Intl.PluralRules(supportedTag(tag, Intl.PluralRules));
    if (rules.size >= MAX_RULES) rules.clear();
    rules.set(tag, found);
  }
  return found;
}

/**
 * "N events" in the plural form the language gives the number, with the timeline's
 * digits: English "1 event", "2 events"; Arabic «حدثان», «3 أحداث», «11 حدثًا», «100 حدث»;
 * Russian «21 событие», «22 события», «25 событий».
 *
 * @example
 * ```ts
 * formatCount(103, 'ar')             // '103 أحداث'
 * formatCount(100, 'ar-u-nu-arab')   // '١٠٠ حدث'
 * ```
 */
export function formatCount(n: number, locale: string): string {
  const forms = getLocaleSpec(locale).events;
  const category = pluralRules(specLanguage(locale)).select(n);
  // The forms may be a registered language's object: only its own entries count.
  const form = Object.prototype.hasOwnProperty.call(forms, category) ? forms[category]! : forms.other;
  return localDigits(form.replace('{n}', String(n)), locale);
}
