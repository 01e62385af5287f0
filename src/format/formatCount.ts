import { localDigits } from './localeTag.js';
import { getLocaleSpec, specLanguage } from './locales.js';

const rules = new Map<string, Intl.PluralRules>();
/** Tags come from data and options; a page that shows many languages must not grow this without end. */
const MAX_RULES = 64;

/**
 * Plural rules for a tag. A tag the runtime has no rules for would get, from Intl, the
 * rules of the machine's own language; English rules instead keep output the same everywhere.
 */
function pluralRules(tag: string): Intl.PluralRules {
  let found = rules.get(tag);
  if (!found) {
    let supported = false;
    try {
      supported = Intl.PluralRules.supportedLocalesOf([tag]).length > 0;
    } catch {
      // Not a tag Intl reads: English rules.
    }
    found = new Intl.PluralRules(supported ? tag : 'en');
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
